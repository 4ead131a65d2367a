package nb

import (
	"bytes"
	"encoding/json"
	"errors"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/linae/linae/kernel/display"
	"github.com/linae/linae/plotting"
)

// reset forgets the running notebook, so that each test starts before Start.
func reset(t *testing.T) {
	t.Helper()
	mu.Lock()
	current, path, root = nil, "", ""
	mu.Unlock()
	t.Cleanup(func() {
		mu.Lock()
		current, path, root = nil, "", ""
		mu.Unlock()
	})
}

func read(t *testing.T, file string) *Results {
	t.Helper()
	r, err := ReadResults(file)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustPanic(t *testing.T, what, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil || !strings.Contains(fmt1(r), want) {
			t.Errorf("%s: panic %v, want one mentioning %q", what, r, want)
		}
	}()
	f()
}

func fmt1(v any) string {
	if err, ok := v.(error); ok {
		return err.Error()
	}
	s, _ := v.(string)
	return s
}

func TestRecordsAndStart(t *testing.T) {
	reset(t)
	dir := t.TempDir()
	t.Setenv("LINAE_RESULTS_DIR", dir)
	t.Setenv("LINAE_FULL", "1")
	file := filepath.Join(dir, "01-test.json")

	mustPanic(t, "Check before Start", "before Start", func() { Check("x", 1, "<", 2) })
	mustPanic(t, "Start with a path", "file name", func() { Start("../x") })

	Start("01-test")
	if r := read(t, file); r.Notebook != "01-test" || !r.Full || len(r.Claims)+len(r.Values)+len(r.Figures) != 0 {
		t.Fatalf("after Start: %+v", r)
	}
	if !Check("a", 1, "<", 2) || Check("b", 3, "<=", 2) || !Check("c", 2, ">=", 2) || Check("nan", math.NaN(), ">", 0) {
		t.Error("a comparison came out wrong")
	}
	Check("a", 5, "<", 2) // a cell run again replaces its claim in place
	Value("floor", math.Inf(1), "unbounded")
	Value("gap", 0.25, "relative")
	mustPanic(t, "unknown comparison", "comparison", func() { Check("d", 1, "==", 1) })

	r := read(t, file)
	want := []Claim{
		{"a", 5, "<", 2, false},
		{"b", 3, "<=", 2, false},
		{"c", 2, ">=", 2, true},
		{"nan", Number(math.NaN()), ">", 0, false},
	}
	if len(r.Claims) != len(want) {
		t.Fatalf("claims %+v", r.Claims)
	}
	for i, c := range r.Claims {
		w := want[i]
		if c.Name != w.Name || c.Comparison != w.Comparison || c.Bound != w.Bound || c.Pass != w.Pass ||
			!(c.Value == w.Value || math.IsNaN(float64(c.Value)) && math.IsNaN(float64(w.Value))) {
			t.Errorf("claim %d = %+v, want %+v", i, c, w)
		}
	}
	if q := r.Values["floor"]; !math.IsInf(float64(q.Value), 1) || q.Description != "unbounded" || r.Values["gap"].Value != 0.25 {
		t.Errorf("values %+v", r.Values)
	}
	raw, _ := os.ReadFile(file)
	if !bytes.Contains(raw, []byte(`"value": "NaN"`)) || !bytes.Contains(raw, []byte(`"value": "+Inf"`)) {
		t.Errorf("non-finite numbers not written as strings:\n%s", raw)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the results directory holds %d files, want 1 (no temporary file left)", len(entries))
	}

	// Start again: the previous run's record is gone.
	Start("01-test")
	if r := read(t, file); len(r.Claims)+len(r.Values) != 0 {
		t.Errorf("Start did not clear the file: %+v", r)
	}
}

// TestStable: the same record gives the same bytes, with the documented key
// order, so that the write-up and diffs can rely on the file.
func TestStable(t *testing.T) {
	reset(t)
	dir := t.TempDir()
	t.Setenv("LINAE_RESULTS_DIR", dir)
	t.Setenv("LINAE_FULL", "")
	var runs [2][]byte
	for i := range runs {
		Start("02-stable")
		Value("z", 1, "")
		Value("a", 2, "")
		Check("second", 1, ">", 0)
		Check("first", 1, ">", 0)
		runs[i], _ = os.ReadFile(filepath.Join(dir, "02-stable.json"))
	}
	if !bytes.Equal(runs[0], runs[1]) {
		t.Fatalf("two identical runs wrote different files:\n%s\n%s", runs[0], runs[1])
	}
	var keys []string
	dec := json.NewDecoder(bytes.NewReader(runs[0]))
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		default:
			if s, ok := tok.(string); ok && depth == 1 && dec.More() {
				keys = append(keys, s)
				_ = dec.Decode(new(any))
			}
		}
	}
	if want := []string{"schema", "version", "notebook", "full", "claims", "values", "figures"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("top-level keys %v, want %v", keys, want)
	}
	s := string(runs[0])
	if strings.Index(s, `"second"`) > strings.Index(s, `"first"`) || strings.Index(s, `"a"`) > strings.Index(s, `"z"`) {
		t.Errorf("claims must keep their order and values be sorted:\n%s", s)
	}
}

// TestSave: the figure is written where the notebooks have always written
// it, byte for byte what Figure.Save writes, shown inline, and listed in the
// results file relative to the project root.
func TestSave(t *testing.T) {
	reset(t)
	proj := t.TempDir()
	Must(os.WriteFile(filepath.Join(proj, "go.mod"), []byte("module x\n"), 0o644))
	Must(os.MkdirAll(filepath.Join(proj, "notebooks"), 0o755))
	t.Setenv("LINAE_RESULTS_DIR", "")
	fig, err := plotting.Curves("t", "x", "y", []plotting.Series{{Name: "a", X: []float64{1, 2, 3}, Y: []float64{1, 4, 9}}}, false, false)
	Must(err)

	var shown []display.Data
	defer func(p func(display.Data, bool) error) { display.Publisher = p }(display.Publisher)
	display.Publisher = func(d display.Data, update bool) error {
		shown = append(shown, d)
		return nil
	}

	for _, wd := range []string{proj, filepath.Join(proj, "notebooks")} {
		t.Chdir(wd)
		Start("03-save")
		Save(fig, "03-curve")
		r := read(t, filepath.Join(proj, "out", "results", "03-save.json"))
		if len(r.Figures) != 1 || r.Figures[0] != (Figure{"03-curve", "notebooks/figures/03-curve.png"}) {
			t.Errorf("from %s: figures %+v", wd, r.Figures)
		}
	}
	got, err := os.ReadFile(filepath.Join(proj, "notebooks", "figures", "03-curve.png"))
	Must(err)
	ref := filepath.Join(t.TempDir(), "ref.png")
	Must(fig.Save(ref))
	want, _ := os.ReadFile(ref)
	if !bytes.Equal(got, want) {
		t.Error("Save wrote other bytes than Figure.Save")
	}
	if _, err := png.Decode(bytes.NewReader(got)); err != nil {
		t.Error(err)
	}
	vector, err := os.ReadFile(filepath.Join(proj, "out", "figures-svg", "03-curve.svg"))
	if want, _ := fig.SVG(); err != nil || !bytes.Equal(vector, want) {
		t.Errorf("no SVG copy for the write-up, or other bytes than Figure.SVG (%v)", err)
	}
	if len(shown) != 2 || shown[0].Data[display.MIMETypePNG] == nil {
		t.Errorf("shown %d bundles, want 2 PNGs", len(shown))
	}

	display.Publisher = func(display.Data, bool) error { return errors.New("closed") }
	mustPanic(t, "Save when the figure cannot be shown", "closed", func() { Save(fig, "03-curve") })
	mustPanic(t, "Save with a path", "file name", func() { Save(fig, "sub/x") })
}

func TestFloats(t *testing.T) {
	if got := Floats([]int{0, 5, 10}); !reflect.DeepEqual(got, []float64{0, 5, 10}) {
		t.Errorf("Floats = %v", got)
	}
	if got := FloatsPlusOne([]int{0, 5}); !reflect.DeepEqual(got, []float64{1, 6}) {
		t.Errorf("FloatsPlusOne = %v", got)
	}
	if got := Floats(nil); got == nil || len(got) != 0 {
		t.Errorf("Floats(nil) = %#v, want an empty slice", got)
	}
}

func TestMust(t *testing.T) {
	Must(nil)
	mustPanic(t, "Must(err)", "boom", func() { Must(errors.New("boom")) })
}
