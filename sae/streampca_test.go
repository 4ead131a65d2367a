package sae

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// TestFitPCAStream checks the streamed randomized PCA against the exact
// in-memory one on data with a decaying spectrum and a large mean, its
// passes' progress reports, cancellation in a later pass and a NaN's
// error.
func TestFitPCAStream(t *testing.T) {
	const m, n, k = 4000, 60, 5
	X := streamData(m, n, 8)
	want, err := FitPCA(X, k, PCASettings{Method: PCAEigen})
	if err != nil {
		t.Fatal(err)
	}
	var done []StreamProgress
	got, err := FitPCAStream(context.Background(), data.NewDenseRows(X), k, PCASettings{Seed: 3}, StreamSettings{BlockRows: 512, Progress: func(p StreamProgress) {
		if p.Done {
			done = append(done, p)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range want.Variances {
		if math.Abs(got.Variances[i]-v) > 1e-9*want.Variances[0] {
			t.Errorf("variance %d: %v, want %v", i, got.Variances[i], v)
		}
	}
	if !mat.EqualApprox(got.Components, want.Components, 1e-6) {
		t.Errorf("components differ:\n%.6f\n%.6f", mat.Formatted(got.Components), mat.Formatted(want.Components))
	}
	if d := math.Abs(got.TotalVariance - want.TotalVariance); d > 1e-12*want.TotalVariance {
		t.Errorf("total variance %v, want %v", got.TotalVariance, want.TotalVariance)
	}
	for j, v := range want.Mean {
		if math.Abs(got.Mean[j]-v) > 1e-12*math.Abs(v) {
			t.Fatalf("mean[%d] = %v, want %v", j, got.Mean[j], v)
		}
	}
	if got.Spectrum != nil || got.NumSamples != m {
		t.Errorf("Spectrum %v, NumSamples %d", got.Spectrum, got.NumSamples)
	}
	// k = 5 < 0.1·60: 7 power iterations, 9 passes.
	if len(done) != 9 {
		t.Fatalf("%d passes reported, want 9", len(done))
	}
	for i, p := range done {
		if p.Pass != i+1 || p.Passes != 9 || p.Rows != m || p.TotalRows != m {
			t.Errorf("pass %d: %+v", i+1, p)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	_, err = FitPCAStream(ctx, data.NewDenseRows(X), k, PCASettings{}, StreamSettings{BlockRows: 512, Progress: func(p StreamProgress) {
		if p.Pass == 3 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v", err)
	}
	Y := mat.DenseCopyOf(X)
	Y.Set(1500, 7, math.NaN())
	_, err = FitPCAStream(context.Background(), data.NewDenseRows(Y), k, PCASettings{}, StreamSettings{BlockRows: 512})
	if err == nil || !strings.Contains(err.Error(), "pass 1, block 2, row 476 (row 1500 of the data), column 7: value NaN") {
		t.Errorf("NaN: error %v", err)
	}
	if _, err := FitPCAStream(context.Background(), data.NewDenseRows(X), n+1, PCASettings{}, StreamSettings{}); err == nil {
		t.Error("k > n: no error")
	}
}
