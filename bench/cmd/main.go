// Command cmd runs the Go side of the side-by-side benchmarks and
// writes the result table.
//
//	go run ./bench/cmd run -out out/bench/go.json -export out/bench/data
//	go run ./bench/cmd report -in out/bench/go.json,out/bench/py.json -md bench/RESULTS.md -png bench/results.png
//
// "run" times the library on MNIST and on UFLDL patches and writes a JSON list
// of results; it also exports the exact inputs (patches, initial parameters)
// so that bench/py_bench.py starts from the same numbers and the iteration
// counts of the two sides are comparable. "report" merges the JSON files of
// both sides into a markdown table with ratios and draws the plot.
// bench/run.sh does both.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "run":
		err = runCmd(os.Args[2:])
	case "report":
		err = reportCmd(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: bench run [flags] | bench report [flags]  (-h for the flags)")
	os.Exit(2)
}
