package main

import (
	"strings"
	"testing"
)

// TestWriteShares checks the shares' table: each row's share of the DGEMM
// around it in every file in order, the whole runs (those with PCA rows)
// marked, the median, lowest and highest; rows without a GFLOP count, of
// another build, or absent from the first table left out.
func TestWriteShares(t *testing.T) {
	row := func(group string, gflop, median, around float64) Result {
		return Result{Group: group, Variant: "v", Impl: "go", GFlop: gflop, Median: median, DGEMMAround: around}
	}
	whole := []Result{{Group: "pca_full", Impl: "go", Median: 1}, row("sparse_ufldl_grad", 0.16, 0.001, 200)} // 80 %
	share1 := []Result{row("sparse_ufldl_grad", 0.16, 0.001, 250), row("not_in_table", 1, 1, 1)}              // 64 %
	share2 := []Result{row("sparse_ufldl_grad", 0.16, 0.002, 100)}                                            // 80 %
	openblas := row("sparse_ufldl_grad", 0.16, 0.001, 100)
	openblas.Impl = "go+OpenBLAS"
	share3 := []Result{row("sparse_ufldl_grad", 0.16, 0.001, 160), openblas, row("lae_tied_grad", 0, 0.001, 100)} // 100 %
	ordered := []resultKey{{"sparse_ufldl_grad", "v"}, {"lae_tied_grad", "v"}}
	var sb strings.Builder
	writeShares(&sb, ordered, []string{"UFLDL", "tied"}, [][]Result{whole, share1, share2, share3})
	out := sb.String()
	if !strings.Contains(out, "1 whole run\n(") || !strings.Contains(out, "and 3 share runs") {
		t.Errorf("run counts wrong in:\n%s", out)
	}
	want := "| UFLDL | v | 4 | 80 | 64 | 100 | 80\\*, 64, 80, 100 |\n"
	if !strings.Contains(out, want) {
		t.Errorf("want the row %q in:\n%s", want, out)
	}
	if strings.Contains(out, "| tied |") || strings.Contains(out, "not_in_table") {
		t.Errorf("a row without a GFLOP count or outside the first table is in:\n%s", out)
	}

	sb.Reset()
	writeShares(&sb, ordered, []string{"UFLDL", "tied"}, nil)
	if sb.Len() != 0 {
		t.Errorf("no files: want no table, got:\n%s", sb.String())
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		s    []float64
		want float64
	}{{[]float64{3}, 3}, {[]float64{1, 2}, 1.5}, {[]float64{1, 2, 10}, 2}, {[]float64{1, 2, 4, 10}, 3}} {
		if got := median(c.s); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.s, got, c.want)
		}
	}
}
