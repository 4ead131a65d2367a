//go:build !linux

package kernel

import "context"

// startStdinFeed has no feed on this platform: standard input is not
// redirected, and allow_stdin is ignored.
func startStdinFeed(ctx context.Context, ask askFunc) (*stdinFeed, error) {
	return nil, nil
}

// readingStdin is never called without a feed.
func readingStdin() bool {
	return false
}
