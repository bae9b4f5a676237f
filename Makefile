.PHONY: build test bench eval generate
build:
	go build -o aligner ./cmd/aligner
test:
	go test ./...
bench:
	go test -run '^$$' -bench . -benchmem ./...
