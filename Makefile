.PHONY: test reproduce bench figures

# Everything the tests need is installed by scripts/setup.sh.
test:
	scripts/test.sh

reproduce:
	scripts/reproduce.sh

bench:
	go test -run '^$$' -bench . -benchtime 3x ./sae/

figures:
	go run ./cmd/figures -out out/figures
