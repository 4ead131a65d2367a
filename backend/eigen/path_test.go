package eigen

import "testing"

// forEachPath runs test once for each path of rotationPaths, as a subtest
// named after it, with applyRotations switched to that path.
func forEachPath(t *testing.T, test func(t *testing.T)) {
	for _, path := range rotationPaths() {
		t.Run(path, func(t *testing.T) {
			defer usePath(path)()
			test(t)
		})
	}
}
