package plotting

import (
	"math"
	"strings"
	"testing"
)

// TestDots renders a dot plot with a missing value and checks its rows,
// its legend and that the outermost glyphs are inside the x axis.
func TestDots(t *testing.T) {
	f, err := Dots("t", "ratio", []string{"first", "second", "third"}, []DotSeries{
		{Name: "a", Values: []float64{0.2, 0.5, 2}},
		{Name: "b", Values: []float64{math.NaN(), 1.5, 0.9}},
	}, true, 1)
	if err != nil {
		t.Fatal(err)
	}
	p := f.Plot()
	if p.X.Min >= 0.2 || p.X.Max <= 2 {
		t.Errorf("x axis [%g, %g] does not hold the values [0.2, 2] with room", p.X.Min, p.X.Max)
	}
	ticks := p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max)
	if len(ticks) != 3 || strings.TrimSpace(ticks[0].Label) != "first" || ticks[0].Value != 2 || strings.TrimSpace(ticks[2].Label) != "third" || ticks[2].Value != 0 {
		t.Errorf("y ticks %+v, want first on top (2) to third (0)", ticks)
	}
	if got := strings.Join(f.legendText, ","); got != "a,b" {
		t.Errorf("legend %q, want a,b", got)
	}
	// Two series a row, side by side: the missing value leaves five marks.
	if n := len(f.legendData[0].x) + len(f.legendData[1].x); n != 5 {
		t.Errorf("%d marks, want 5", n)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
}

// TestDotsErrors checks every documented error.
func TestDotsErrors(t *testing.T) {
	cats := []string{"x", "y"}
	cases := []struct {
		name   string
		cats   []string
		series []DotSeries
		marks  []float64
		want   string
	}{
		{"no categories", nil, []DotSeries{{Name: "s"}}, nil, "no categories"},
		{"no series", cats, nil, nil, "no series"},
		{"length", cats, []DotSeries{{Name: "s", Values: []float64{1}}}, nil, "1 values for 2 categories"},
		{"infinite", cats, []DotSeries{{Name: "s", Values: []float64{1, math.Inf(1)}}}, nil, "Values[1] is +Inf"},
		{"log axis", cats, []DotSeries{{Name: "s", Values: []float64{0, 1}}}, nil, "not positive"},
		{"mark", cats, []DotSeries{{Name: "s", Values: []float64{1, 1}}}, []float64{-1}, "marks[0] = -1"},
		{"NaN mark", cats, []DotSeries{{Name: "s", Values: []float64{1, 1}}}, []float64{math.NaN()}, "marks[0] is NaN"},
		{"infinite mark", cats, []DotSeries{{Name: "s", Values: []float64{1, 1}}}, []float64{math.Inf(1)}, "marks[0] is +Inf"},
		{"nothing to draw", cats, []DotSeries{{Name: "s", Values: []float64{math.NaN(), math.NaN()}}}, nil, "every value is NaN"},
	}
	for _, c := range cases {
		_, err := Dots("t", "x", c.cats, c.series, true, c.marks...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestDotsLinear checks the linear axis's room beyond the glyphs and that
// an unnamed series is drawn without a legend entry.
func TestDotsLinear(t *testing.T) {
	f, err := Dots("t", "x", []string{"a", "b"}, []DotSeries{{Values: []float64{-1, 3}}}, false)
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Plot(); p.X.Min >= -1 || p.X.Max <= 3 {
		t.Errorf("x axis [%g, %g] does not hold the values [-1, 3] with room", p.X.Min, p.X.Max)
	}
	if len(f.legendText) != 0 {
		t.Errorf("legend %q for an unnamed series", f.legendText)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
	// Only NaN values but a mark: the mark is drawn.
	g, err := Dots("t", "x", []string{"a"}, []DotSeries{{Name: "s", Values: []float64{math.NaN()}}}, true, 1)
	if err != nil {
		t.Fatalf("a mark and no values: %v", err)
	}
	if _, err := g.PNG(); err != nil {
		t.Fatal(err)
	}
}
