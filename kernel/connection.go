package kernel

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strconv"
	"time"

	"github.com/go-zeromq/zmq4"
)

// ConnectionInfo is the content of the connection file Jupyter writes for a
// kernel it starts: where to listen and the key that signs messages.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	SignatureScheme string `json:"signature_scheme"`
	Key             string `json:"key"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile reads and checks a Jupyter connection file.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	var info ConnectionInfo
	b, err := os.ReadFile(path)
	if err != nil {
		return info, fmt.Errorf("kernel: reading connection file: %w", err)
	}
	if err := json.Unmarshal(b, &info); err != nil {
		return info, fmt.Errorf("kernel: connection file %s is not valid JSON: %w", path, err)
	}
	if err := info.check(); err != nil {
		return info, fmt.Errorf("kernel: connection file %s: %w", path, err)
	}
	return info, nil
}

// check fills defaults and rejects what the kernel cannot serve. Port 0
// means "any free port" (see Kernel.Connection), which tests use to avoid
// port races.
func (c *ConnectionInfo) check() error {
	if c.Transport == "" {
		c.Transport = "tcp"
	}
	if c.Transport != "tcp" {
		return fmt.Errorf("transport %q is not supported (only tcp)", c.Transport)
	}
	if c.IP == "" {
		c.IP = "127.0.0.1"
	}
	if c.SignatureScheme == "" {
		c.SignatureScheme = "hmac-sha256"
	}
	if c.SignatureScheme != "hmac-sha256" {
		return fmt.Errorf("signature scheme %q is not supported (only hmac-sha256)", c.SignatureScheme)
	}
	for name, p := range map[string]int{"shell_port": c.ShellPort, "iopub_port": c.IOPubPort, "stdin_port": c.StdinPort, "control_port": c.ControlPort, "hb_port": c.HBPort} {
		if p < 0 || p > 65535 {
			return fmt.Errorf("%s %d is not a TCP port", name, p)
		}
	}
	return nil
}

// endpoint returns the ZeroMQ endpoint for port.
func (c *ConnectionInfo) endpoint(port int) string {
	return fmt.Sprintf("%s://%s:%d", c.Transport, c.IP, port)
}

// DefaultMaxMessageSize is the largest message (all its frames) the kernel
// accepts from a client unless Options.MaxMessageSize or the environment
// variable named by MaxMessageSizeEnv says otherwise. Requests are code and
// small JSON; the limit is far above them and keeps a peer that declares a
// huge frame (before any signature can be checked) from exhausting memory.
const DefaultMaxMessageSize = 256 << 20

// MaxMessageSizeEnv names the environment variable that sets the largest
// message the kernel accepts, in bytes, when Options.MaxMessageSize is 0. A
// kernelspec sets it in its "env".
const MaxMessageSizeEnv = "LINAE_KERNEL_MAX_MESSAGE_SIZE"

// handshakeTimeout is how long a new connection may take to complete the
// ZeroMQ handshake. Clients complete it at once; a connection that stays
// silent is dropped after it (and delays no other meanwhile).
const handshakeTimeout = 10 * time.Second

// maxMessageSize returns the message size limit: size if positive, else the
// one the environment sets, else DefaultMaxMessageSize.
func maxMessageSize(size int64) (int64, error) {
	if size > 0 {
		return size, nil
	}
	env := os.Getenv(MaxMessageSizeEnv)
	if env == "" {
		return DefaultMaxMessageSize, nil
	}
	n, err := strconv.ParseInt(env, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%s=%q is not a positive number of bytes", MaxMessageSizeEnv, env)
	}
	return n, nil
}

// socketOptions are the options of every kernel socket: the limits that
// hold before a message can be authenticated.
// ZeroMQ's own diagnostics (a failed handshake) go to the kernel's log.
func socketOptions(maxSize int64, logger *log.Logger) []zmq4.Option {
	return []zmq4.Option{zmq4.WithMaxMsgSize(maxSize), zmq4.WithHandshakeTimeout(handshakeTimeout), zmq4.WithLogger(logger)}
}
