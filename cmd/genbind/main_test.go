package main

import "testing"

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		module + "/sae":            "gen_sae.go",
		module + "/kernel/display": "gen_kernel_display.go",
		"gonum.org/v1/gonum/mat":   "gen_gonum_org_v1_gonum_mat.go",
		"math/rand/v2":             "gen_std_math_rand_v2.go",
	} {
		if got := fileName(in); got != want {
			t.Errorf("fileName(%s) = %s, want %s", in, got, want)
		}
	}
}
