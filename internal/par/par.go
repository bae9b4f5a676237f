// Package par runs independent work items on all processors. Callers keep
// results in input order by writing to out[i], so output never depends on
// scheduling.
package par

import (
	"runtime"
	"sync"
)

// Do calls f(i) for every i in [0, n) on GOMAXPROCS goroutines and returns
// when all calls have. f must be safe to call concurrently for different i.
func Do(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
