package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInstallWritesKernelspec(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", filepath.Join(dir, "data"))
	var out, errb bytes.Buffer
	if code := run([]string{"install"}, &out, &errb); code != 0 {
		t.Fatalf("install exit %d: %s", code, errb.String())
	}
	spec := filepath.Join(dir, "data", "kernels", "linae-go")
	b, err := os.ReadFile(filepath.Join(spec, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ks kernelSpec
	if err := json.Unmarshal(b, &ks); err != nil {
		t.Fatal(err)
	}
	exe, _ := os.Executable()
	exe, _ = filepath.EvalSymlinks(exe)
	if len(ks.Argv) != 4 || ks.Argv[0] != exe || !filepath.IsAbs(ks.Argv[0]) || ks.Argv[1] != "run" || ks.Argv[3] != "{connection_file}" {
		t.Errorf("argv %q, want [%s run -connection-file {connection_file}]", ks.Argv, exe)
	}
	if ks.Language != "go" || ks.InterruptMode != "message" || ks.DisplayName == "" {
		t.Errorf("kernel.json %+v", ks)
	}
	for _, size := range []int{32, 64} {
		f, err := os.Open(filepath.Join(spec, fmt.Sprintf("logo-%dx%d.png", size, size)))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("logo %d is %v", size, b)
		}
		// Opaque centre, transparent corner.
		if _, _, _, a := img.At(size/2, size/2).RGBA(); a == 0 {
			t.Errorf("logo %d: transparent centre", size)
		}
		if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
			t.Errorf("logo %d: opaque corner", size)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(spec, ".tmp-*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestInstallPrefixAndName(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"install", "-prefix", dir, "-name", "other"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "share", "jupyter", "kernels", "other", "kernel.json")); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{
		{"install", "-user", "-prefix", dir},
		{"install", "-name", "../evil"},
		{"install", "extra"},
		{"run"},
		{"run", "-connection-file", filepath.Join(dir, "missing.json")},
		{"frobnicate"},
		{},
	} {
		errb.Reset()
		if code := run(args, &out, &errb); code == 0 || errb.Len() == 0 {
			t.Errorf("%q: exit %d, stderr %q; want a failure with a message", args, code, errb.String())
		}
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"transport": "ipc", "key": "k"}`), 0o600)
	errb.Reset()
	if code := run([]string{"run", "-f", bad}, &out, &errb); code == 0 || !strings.Contains(errb.String(), "transport") {
		t.Errorf("unsupported transport: exit %d, %q", code, errb.String())
	}
}
