package kernel

import (
	"strings"
	"testing"
)

func TestCheckSupported(t *testing.T) {
	none := func(string) bool { return false }
	for _, code := range []string{
		"x := w[r*cols+c]",
		"y := m[k[0]]",
		"s := a[i:j]",
		"var g [N]int",
		"type arr [4]float64",
		"f := fs[i](x)",
		"v := m[pkg.Key]",
		"import (\n\t\"fmt\"\n\t\"sort\"\n)\nfmt.Println(sort.IsSorted)",
		"func min(a, b int) int { return a }\nmin(1, 2)",
		"math.Max(1, 2)",
		"x := []any{a, b}",
		"s := `func f[T any]`",
	} {
		if u := checkSupported(code, none); u != nil {
			t.Errorf("checkSupported(%q) = %q, want no error", code, u.msg)
		}
	}
	for code, want := range map[string]string{
		"func f[T any](x T) T { return x }":       "generic functions",
		"type pair[K comparable, V any] struct{}": "generic types",
		"func (p *pair[K, V]) get() {}":           "methods of generic types",
		"import (\n\t\"fmt\"\n\t\"slices\"\n)":    "package slices",
		"import s \"maps\"":                       "package maps",
		"x := 1\ny := max(x, 2)":                  "builtin max",
		"type num[T ~int | ~float64] struct{}":    "generic types",
	} {
		u := checkSupported(code, none)
		if u == nil || !strings.Contains(u.msg, want) {
			t.Errorf("checkSupported(%q) = %v, want an error about %s", code, u, want)
		}
	}
	if u := checkSupported("min(1, 2)", func(name string) bool { return name == "min" }); u != nil {
		t.Errorf("a session's own min was refused: %s", u.msg)
	}
}
