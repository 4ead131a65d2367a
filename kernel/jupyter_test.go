package kernel

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// jupyterCommand is Debian's Jupyter. It runs on /usr/bin/python3, which
// may not be the python3 first on PATH.
const jupyterCommand = "/usr/bin/jupyter"

// TestNotebookThroughJupyter installs the kernelspec into a temporary
// Jupyter data directory and executes a notebook with `jupyter nbconvert
// --execute` against the installed kernel, as a user would.
func TestNotebookThroughJupyter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Jupyter")
	}
	if _, err := os.Stat(jupyterCommand); err != nil {
		t.Skipf("Jupyter is not installed (%s missing; scripts/setup.sh installs Debian's jupyter-nbconvert and python3-nbclient)", jupyterCommand)
	}
	if out, err := exec.Command(jupyterCommand, "nbconvert", "--version").CombinedOutput(); err != nil {
		t.Skipf("jupyter nbconvert does not run: %v\n%s", err, out)
	}
	bin := kernelBinary(t)
	dir := t.TempDir()
	env := append(os.Environ(),
		"JUPYTER_DATA_DIR="+filepath.Join(dir, "data"),
		"JUPYTER_PATH="+filepath.Join(dir, "data"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(dir, "runtime"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(dir, "config"),
		"IPYTHONDIR="+filepath.Join(dir, "ipython"),
	)
	install := exec.Command(bin, "install", "-name", "linae-go-test")
	install.Env = env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("install: %v\n%s", err, out)
	}
	spec, err := os.ReadFile(filepath.Join(dir, "data", "kernels", "linae-go-test", "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(spec), bin) {
		t.Errorf("kernel.json does not run the installed binary %s:\n%s", bin, spec)
	}

	cells := []string{
		"import \"github.com/linae/linae/plotting\"\nfig, err := plotting.Spectrum([]float64{4, 2, 1, 0.5}, 2, \"spectrum\")\nfig",
		"import \"fmt\"\nfmt.Println(\"hello from Go\")",
		"x := 21\nx * 2",
	}
	nb := map[string]any{
		"nbformat": 4, "nbformat_minor": 5,
		"metadata": map[string]any{"kernelspec": map[string]any{"name": "linae-go-test", "display_name": "Go (linae)", "language": "go"}},
	}
	var cs []map[string]any
	for i, src := range cells {
		cs = append(cs, map[string]any{"cell_type": "code", "id": "c" + string(rune('0'+i)), "metadata": map[string]any{},
			"source": src, "outputs": []any{}, "execution_count": nil})
	}
	nb["cells"] = cs
	b, _ := json.Marshal(nb)
	in := filepath.Join(dir, "in.ipynb")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(jupyterCommand, "nbconvert", "--to", "notebook", "--execute",
		"--ExecutePreprocessor.timeout=120", "--output", "out.ipynb", "--output-dir", dir, in)
	cmd.Env = env
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nbconvert --execute: %v\n%s", err, out)
	}
	b, err = os.ReadFile(filepath.Join(dir, "out.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Cells []struct {
			ExecutionCount *int `json:"execution_count"`
			Outputs        []struct {
				OutputType string         `json:"output_type"`
				Name       string         `json:"name"`
				Text       any            `json:"text"`
				Data       map[string]any `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Cells) != 3 {
		t.Fatalf("%d cells", len(got.Cells))
	}
	// Cell 1: an inline PNG of the figure.
	var png []byte
	for _, o := range got.Cells[0].Outputs {
		if s, ok := o.Data["image/png"].(string); ok && o.OutputType == "execute_result" {
			png, _ = base64.StdEncoding.DecodeString(strings.ReplaceAll(s, "\n", ""))
		}
	}
	if len(png) < 1000 || string(png[1:4]) != "PNG" {
		t.Errorf("cell 1 has no inline PNG (%d bytes): %+v", len(png), got.Cells[0].Outputs)
	}
	// Cell 2: the printed line.
	if o := got.Cells[1].Outputs; len(o) != 1 || o[0].OutputType != "stream" || o[0].Name != "stdout" || joinText(o[0].Text) != "hello from Go\n" {
		t.Errorf("cell 2 outputs %+v", o)
	}
	// Cell 3: the result, with execution counts 1, 2, 3.
	if o := got.Cells[2].Outputs; len(o) != 1 || o[0].OutputType != "execute_result" || joinText(o[0].Data["text/plain"]) != "42" {
		t.Errorf("cell 3 outputs %+v", o)
	}
	for i, c := range got.Cells {
		if c.ExecutionCount == nil || *c.ExecutionCount != i+1 {
			t.Errorf("cell %d execution_count %v", i+1, c.ExecutionCount)
		}
	}
}

// joinText joins nbformat's multi-line strings (a string or a list).
func joinText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var sb strings.Builder
		for _, s := range x {
			sb.WriteString(s.(string))
		}
		return sb.String()
	}
	return ""
}
