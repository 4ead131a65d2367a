package nb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/linae/linae/internal/atomicfile"
)

// The identity of a results file: its "schema" and "version" fields.
const (
	Schema        = "linae-notebook-results"
	SchemaVersion = 1
)

// Results is the content of a notebook's results file; the package
// documentation describes each field. Its JSON field order is the file's.
type Results struct {
	Schema   string            `json:"schema"`
	Version  int               `json:"version"`
	Notebook string            `json:"notebook"`
	Full     bool              `json:"full"`
	Claims   []Claim           `json:"claims"`
	Values   map[string]Quoted `json:"values"`
	Figures  []Figure          `json:"figures"`
}

// Claim is one checked claim: Value Comparison Bound held or not (Pass).
type Claim struct {
	Name       string `json:"name"`
	Value      Number `json:"value"`
	Comparison string `json:"comparison"`
	Bound      Number `json:"bound"`
	Pass       bool   `json:"pass"`
}

// Quoted is a number the notebook's text quotes, with a description that
// gives its unit.
type Quoted struct {
	Value       Number `json:"value"`
	Description string `json:"description"`
}

// Figure is a saved figure: its name and its PNG file's path, relative to
// the project root with forward slashes.
type Figure struct {
	Name string `json:"name"`
	Path string `json:"path"`
}

// Number is a float64 that survives JSON: a finite value is a JSON number
// in full precision, NaN and the infinities are the strings "NaN", "+Inf"
// and "-Inf", which JSON numbers cannot express.
type Number float64

// MarshalJSON writes n as a JSON number, or as a string when it is NaN or
// infinite.
func (n Number) MarshalJSON() ([]byte, error) {
	x := float64(n)
	switch {
	case math.IsNaN(x):
		return []byte(`"NaN"`), nil
	case math.IsInf(x, 1):
		return []byte(`"+Inf"`), nil
	case math.IsInf(x, -1):
		return []byte(`"-Inf"`), nil
	}
	return json.Marshal(x)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (n *Number) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		switch s {
		case "NaN", "+Inf", "-Inf":
			x, _ := strconv.ParseFloat(s, 64)
			*n = Number(x)
			return nil
		}
		return fmt.Errorf("nb: %q is not a number", s)
	}
	var x float64
	if err := json.Unmarshal(b, &x); err != nil {
		return fmt.Errorf("nb: %s is not a number", b)
	}
	*n = Number(x)
	return nil
}

// ReadResults reads a results file and checks that it is one of this
// schema and version.
func ReadResults(path string) (*Results, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("nb: %w", err)
	}
	var r Results
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("nb: %s: %w", path, err)
	}
	if r.Schema != Schema || r.Version != SchemaVersion {
		return nil, fmt.Errorf("nb: %s is schema %q version %d, want %q version %d", path, r.Schema, r.Version, Schema, SchemaVersion)
	}
	return &r, nil
}

// write replaces the file at path with r, atomically: it writes a temporary
// file in the same directory, flushes it to disk and renames it over path,
// so that a reader (or a crash) never sees half a file.
func write(path string, r *Results) error {
	// Names hold "<" and ">" (and "&"): written as such, not as \u003c.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("nb: encoding the results: %w", err)
	}
	b := buf.Bytes()
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("nb: %w", err)
	}
	if err := atomicfile.Write(path, b); err != nil {
		return fmt.Errorf("nb: %w", err)
	}
	return nil
}
