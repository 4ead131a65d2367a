package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Write writes data to a new temporary file in path's directory, syncs it,
// makes it readable by all (0644, as os.WriteFile would for a new file
// under the usual umask) and renames it to path. On failure it removes the
// temporary file and leaves path as it was. Writers running at the same time
// each use their own temporary file; the last rename wins.
func Write(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("writing %s: %w", path, err)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file private; these are ordinary output files.
	if err = os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
