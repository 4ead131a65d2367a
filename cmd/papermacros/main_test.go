package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/linae/linae/notebooks/nb"
)

func TestKey(t *testing.T) {
	for name, want := range map[string]string{
		"β → ∞: ‖λ‖ per image":                                   "beta-to-inf-lambda-per-image",
		"p = 20: largest angle a 1e-3 gap allows":                "p-20-largest-angle-a-1e-3-gap-allows",
		"ℓ2: switched-off units per run, mean over seeds":        "l2-switched-off-units-per-run-mean-over-seeds",
		"uncentred: largest 1 − cos(W x̄, ρ)":                    "uncentred-largest-1-cos-w-xbar-rho",
		"KL, β = 3, ρ = 0.01: mean encoder angle":                "kl-beta-3-rho-0p01-mean-encoder-angle",
		"sum penalty: ‖W1 − W2ᵀ‖²/p at the end, mean over seeds": "sum-penalty-w1-w2t-2-p-at-the-end-mean-over-seeds",
		"a.b 1.": "a-b-1",
	} {
		if got := Key(name); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		v      float64
		digits int
		want   string
	}{
		{664, 3, `\ensuremath{664}`},
		{0, 3, `\ensuremath{0}`},
		{17.037582416, 3, `\ensuremath{17.0}`},
		{17.037582416, 6, `\ensuremath{17.0376}`},
		{9.9996, 3, `\ensuremath{10.0}`},
		{0.0018854, 2, `\ensuremath{0.0019}`},
		{6.87e-14, 3, `\ensuremath{6.87\times10^{-14}}`},
		{-8.7e-16, 2, `\ensuremath{-8.7\times10^{-16}}`},
		{1.5e7, 2, `\ensuremath{1.5\times10^{7}}`},
		{151998.02, 3, `\ensuremath{151998}`},
	} {
		if got := Format(c.v, c.digits); got != c.want {
			t.Errorf("Format(%v, %d) = %s, want %s", c.v, c.digits, got, c.want)
		}
	}
}

func results(claims ...nb.Claim) *nb.Results {
	return &nb.Results{
		Schema: nb.Schema, Version: nb.SchemaVersion, Notebook: "02-equivalence-with-pca",
		Claims: claims,
		Values: map[string]nb.Quoted{"constant pixels": {Value: 111, Description: "pixels"}},
	}
}

func TestWrite(t *testing.T) {
	var b strings.Builder
	ok := nb.Claim{Name: "gap < τ", Value: 1e-14, Comparison: "<", Bound: 1e-6, Pass: true}
	if err := Write(&b, []*nb.Results{results(ok)}, &Run{Command: "scripts/reproduce.sh --full", Seconds: 180, Cores: 2}, "abc", "1234567", "none"); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		`\linaeresultsdigest{abc}{abc}`,
		`\linaenotebook{02}{false}`,
		`\linaeresult{02:constant-pixels}{\ensuremath{111}}`,
		`\linaeresult{02:gap-lt-tau}{\ensuremath{1\times10^{-14}}}`,
		`\linaeresult{02:gap-lt-tau:bound}{\ensuremath{1\times10^{-6}}}`,
		`\linaerun{scripts/reproduce.sh -{}-full}{180 s (3 min 0 s)}`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %s:\n%s", want, s)
		}
	}

	failed := ok
	failed.Pass = false
	if err := Write(&b, []*nb.Results{results(failed)}, nil, "", "", "none"); err == nil || !strings.Contains(err.Error(), "failed checks") {
		t.Errorf("a failed claim: error %v", err)
	}
	twin := ok
	twin.Name = "gap < τ!"
	if err := Write(&b, []*nb.Results{results(ok, twin)}, nil, "", "", "none"); err == nil || !strings.Contains(err.Error(), "same key") {
		t.Errorf("two names with one key: error %v", err)
	}
	bad := results()
	bad.Notebook = "equivalence"
	if err := Write(&b, []*nb.Results{bad}, nil, "", "", "none"); err == nil {
		t.Error("a notebook name without a number: no error")
	}
}

func TestFigurePath(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "02-x.png")
	pdf := filepath.Join(dir, "pdf", "02-x.pdf")
	if err := os.WriteFile(png, []byte("png"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := nb.Figure{Name: "02-x", Path: png}
	if got := figurePath(f, filepath.Join(dir, "pdf")); got != png {
		t.Errorf("no PDF: %s, want the PNG", got)
	}
	os.MkdirAll(filepath.Dir(pdf), 0o755)
	if err := os.WriteFile(pdf, []byte("%PDF-"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	os.Chtimes(png, now, now)
	os.Chtimes(pdf, now.Add(-time.Hour), now.Add(-time.Hour))
	if got := figurePath(f, filepath.Join(dir, "pdf")); got != png {
		t.Errorf("stale PDF: %s, want the PNG", got)
	}
	os.Chtimes(pdf, now, now)
	if got := figurePath(f, filepath.Join(dir, "pdf")); got != filepath.ToSlash(pdf) {
		t.Errorf("fresh PDF: %s, want it", got)
	}
}

func TestRound(t *testing.T) {
	for _, c := range []struct {
		v, down, up float64
	}{
		{21.739, 21.7, 21.8},
		{15.7556, 15.7, 15.8},
		{0.3, 0.3, 0.3},
		{-1.2345, -1.24, -1.23},
		{1.1504e-14, 1.15e-14, 1.16e-14},
		{0, 0, 0},
	} {
		if got := Round(c.v, 3, math.Floor); math.Abs(got-c.down) > 1e-12*math.Abs(c.down) {
			t.Errorf("Round(%v, 3, Floor) = %v, want %v", c.v, got, c.down)
		}
		if got := Round(c.v, 3, math.Ceil); math.Abs(got-c.up) > 1e-12*math.Abs(c.up) {
			t.Errorf("Round(%v, 3, Ceil) = %v, want %v", c.v, got, c.up)
		}
	}
}
