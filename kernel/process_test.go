package kernel

import (
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	buildDir  string
	buildBin  string
	buildErr  error
)

// kernelBinary builds cmd/linae-kernel once per test binary (the Go build
// cache makes it a link step when the tests' packages are already built).
func kernelBinary(tb testing.TB) string {
	tb.Helper()
	buildOnce.Do(func() {
		goCmd, err := exec.LookPath("go")
		if err != nil {
			buildErr = err
			return
		}
		buildDir, buildErr = os.MkdirTemp("", "linae-kernel-test-")
		if buildErr != nil {
			return
		}
		buildBin = filepath.Join(buildDir, "linae-kernel")
		cmd := exec.Command(goCmd, "build", "-o", buildBin, "github.com/linae/linae/cmd/linae-kernel")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = &buildError{err, string(out)}
		}
	})
	if buildErr != nil {
		tb.Fatalf("building cmd/linae-kernel: %v", buildErr)
	}
	return buildBin
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// TestMain removes the kernel binary built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// freePorts returns n TCP ports that were free a moment ago.
func freePorts(tb testing.TB, n int) []int {
	tb.Helper()
	var ports []int
	var ls []net.Listener
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// writeConnectionFile writes a connection file with free ports.
func writeConnectionFile(tb testing.TB, dir string) (string, ConnectionInfo) {
	tb.Helper()
	p := freePorts(tb, 5)
	info := ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], IOPubPort: p[1], StdinPort: p[2],
		ControlPort: p[3], HBPort: p[4], SignatureScheme: "hmac-sha256", Key: newID()}
	b, err := json.Marshal(info)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "connection.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path, info
}

// kernelProcess is a kernel started as Jupyter starts it.
type kernelProcess struct {
	connFile string
	cmd      *exec.Cmd
	stderr   syncBuffer    // the process writes it while tests read it
	exited   chan struct{} // closed when the process has exited
	waitErr  error
}

func startKernelProcess(tb testing.TB, bin, connFile string, setup ...func(*exec.Cmd)) *kernelProcess {
	tb.Helper()
	p := &kernelProcess{connFile: connFile, cmd: exec.Command(bin, "run", "-connection-file", connFile), exited: make(chan struct{})}
	p.cmd.Stderr = &p.stderr
	for _, f := range setup {
		f(p.cmd)
	}
	if err := p.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() {
		p.waitErr = p.cmd.Wait()
		close(p.exited)
	}()
	tb.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			p.cmd.Process.Kill()
			<-p.exited
		}
	})
	return p
}

func TestShutdownAndRestartProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the kernel command")
	}
	bin := kernelBinary(t)
	dir := t.TempDir()
	conn, info := writeConnectionFile(t, dir)

	p := startKernelProcess(t, bin, conn)
	c := dial(t, info)
	c.exec("restartVar := 7").ok(t)
	// Jupyter restarts a kernel with shutdown_request(restart=true) and,
	// once the process has exited, starts a new one on the same ports.
	id := c.send(c.control, "shutdown_request", map[string]any{"restart": true})
	r := content(t, c.reply(c.control, id, 10*time.Second))
	if r["restart"] != true || r["status"] != "ok" {
		t.Errorf("shutdown_reply %v", r)
	}
	select {
	case <-p.exited:
		if p.waitErr != nil {
			t.Fatalf("kernel exited with %v\n%s", p.waitErr, p.stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kernel did not exit after shutdown_request")
	}
	c.close()
	if _, err := os.Stat(conn + ".stderr"); !os.IsNotExist(err) {
		t.Errorf("the stderr spool next to the connection file outlived a shutdown: %v", err)
	}

	p2 := startKernelProcess(t, bin, conn)
	c2 := dial(t, info)
	r2 := c2.exec("restartVar")
	if r2.reply["status"] != "error" {
		t.Errorf("state survived the restart: %v", r2.reply)
	}
	if got := c2.exec("1 + 1").ok(t).text(t); got != "2" {
		t.Errorf("restarted kernel: %q", got)
	}
	// A final shutdown on shell works too.
	id = c2.send(c2.shell, "shutdown_request", map[string]any{"restart": false})
	c2.reply(c2.shell, id, 10*time.Second)
	select {
	case <-p2.exited:
		if p2.waitErr != nil {
			t.Fatalf("kernel exited with %v\n%s", p2.waitErr, p2.stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kernel did not exit after shutdown_request on shell")
	}
}
