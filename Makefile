.PHONY: test reproduce paper bench figures

# Everything the tests need is installed by scripts/setup.sh.
test:
	scripts/test.sh

reproduce:
	scripts/reproduce.sh

# The write-up: paper/paper.pdf from paper/paper.tex and the notebooks'
# results (the notebooks run first when their results are missing or stale).
paper:
	paper/build.sh

bench:
	go test -run '^$$' -bench . -benchtime 3x ./sae/

figures:
	go run ./cmd/figures -out out/figures
