// gomacro's type converter predates types.Alias and panics on it; the
// kernel's main package sets the same GODEBUG. It applies to the whole test
// binary and may appear in only one file.
//go:debug gotypesalias=0

package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// client is a Jupyter client speaking the wire protocol over real ZeroMQ
// sockets, as jupyter_client does: DEALER sockets for shell and control, a
// SUB socket for iopub, REQ for the heartbeat.
type client struct {
	t       testing.TB
	key     []byte
	session string
	ctx     context.Context
	cancel  context.CancelFunc

	shell, control, stdin, iopub, hb zmq4.Socket

	mu     sync.Mutex
	cond   *sync.Cond
	pubs   []*message // every iopub message received
	inputs []*message // every input_request received on stdin
	closed bool
}

// dial connects a client to a kernel and waits until iopub delivers (the
// subscription of a SUB socket takes effect asynchronously). Its stdin
// socket has the identity of its shell socket, as the protocol requires, so
// that the kernel's input_request reaches it; the test answers them (see
// waitInput and answer).
func dial(t testing.TB, info ConnectionInfo) *client {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	c := &client{t: t, key: []byte(info.Key), session: newID(), ctx: ctx, cancel: cancel}
	c.cond = sync.NewCond(&c.mu)
	id := zmq4.SocketIdentity(c.session)
	c.shell = zmq4.NewDealer(ctx, zmq4.WithID(id))
	c.control = zmq4.NewDealer(ctx, zmq4.WithID(id))
	c.stdin = zmq4.NewDealer(ctx, zmq4.WithID(id))
	c.iopub = zmq4.NewSub(ctx)
	c.hb = zmq4.NewReq(ctx)
	for _, s := range []struct {
		sock zmq4.Socket
		port int
	}{{c.shell, info.ShellPort}, {c.control, info.ControlPort}, {c.stdin, info.StdinPort}, {c.iopub, info.IOPubPort}, {c.hb, info.HBPort}} {
		if err := s.sock.Dial(info.endpoint(s.port)); err != nil {
			t.Fatalf("dial %s: %v", info.endpoint(s.port), err)
		}
	}
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	go c.collect(c.iopub, "iopub", &c.pubs)
	go c.collect(c.stdin, "stdin", &c.inputs)
	t.Cleanup(c.close)

	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		id := c.send(c.shell, "kernel_info_request", map[string]any{})
		c.reply(c.shell, id, 20*time.Second)
		if c.waitPub(id, "status", 300*time.Millisecond) != nil {
			return c
		}
	}
	t.Fatal("iopub never delivered a status message")
	return nil
}

func (c *client) close() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	c.cond.Broadcast()
	c.mu.Unlock()
	c.cancel()
	for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin, c.iopub, c.hb} {
		s.Close()
	}
}

// collect decodes the messages that arrive on sock and appends them to
// *into (c.pubs or c.inputs), waking the waiters.
func (c *client) collect(sock zmq4.Socket, name string, into *[]*message) {
	for {
		raw, err := sock.Recv()
		if err != nil {
			if c.ctx.Err() != nil {
				return
			}
			continue
		}
		m, err := decodeMessage(raw.Frames, c.key)
		if err != nil {
			c.t.Errorf("%s: %v", name, err)
			continue
		}
		c.mu.Lock()
		*into = append(*into, m)
		c.cond.Broadcast()
		c.mu.Unlock()
	}
}

// waitInput waits for the n-th input_request (counting from 1) whose parent
// is msgID; nil on timeout.
func (c *client) waitInput(msgID string, n int, timeout time.Duration) *message {
	var found *message
	c.await(timeout, func() bool {
		if ms := childrenOf(c.inputs, msgID); len(ms) >= n {
			found = ms[n-1]
			return true
		}
		return false
	})
	return found
}

// inputsOf returns the input_requests received so far whose parent is
// msgID.
func (c *client) inputsOf(msgID string) []*message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return childrenOf(c.inputs, msgID)
}

// answer sends the input_reply to the input_request req, with req as
// parent header. jupyter_client's KernelClient.input sends an empty parent
// header instead: answer with inReplyTo false does that.
func (c *client) answer(req *message, value string, inReplyTo bool) {
	m := c.request("input_reply", map[string]any{"value": value})
	if inReplyTo {
		m.ParentHeader = req.headerJSON()
	}
	c.sendMsg(c.stdin, m, c.key)
}

// request builds a signed request.
func (c *client) request(msgType string, content any) *message {
	b, err := json.Marshal(content)
	if err != nil {
		c.t.Fatal(err)
	}
	h := newHeader(msgType, c.session)
	h.Username = "test"
	return &message{Header: h, Content: b}
}

// send sends a request and returns its msg_id.
func (c *client) send(sock zmq4.Socket, msgType string, content any) string {
	m := c.request(msgType, content)
	c.sendMsg(sock, m, c.key)
	return m.Header.MsgID
}

func (c *client) sendMsg(sock zmq4.Socket, m *message, key []byte) {
	frames, err := m.encode(key)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sendFrames(sock, frames)
}

func (c *client) sendFrames(sock zmq4.Socket, frames [][]byte) {
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatalf("send: %v", err)
	}
}

// reply waits for the reply to msgID on sock (shell or control).
func (c *client) reply(sock zmq4.Socket, msgID string, timeout time.Duration) *message {
	c.t.Helper()
	type result struct {
		m   *message
		err error
	}
	ch := make(chan result, 1)
	go func() {
		for {
			raw, err := sock.Recv()
			if err != nil {
				ch <- result{nil, err}
				return
			}
			m, err := decodeMessage(raw.Frames, c.key)
			if err != nil {
				ch <- result{nil, err}
				return
			}
			var ph msgHeader
			json.Unmarshal(m.ParentHeader, &ph)
			if ph.MsgID == msgID {
				ch <- result{m, nil}
				return
			}
		}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			c.t.Fatalf("waiting for the reply to %s: %v", msgID, r.err)
		}
		return r.m
	case <-time.After(timeout):
		c.t.Fatalf("no reply to %s within %v", msgID, timeout)
		return nil
	}
}

// parentID returns the msg_id of m's parent header.
func parentID(m *message) string {
	var ph msgHeader
	json.Unmarshal(m.ParentHeader, &ph)
	return ph.MsgID
}

// await calls done with c.mu held whenever iopub messages arrive, until it
// returns true (await then reports true) or timeout passes or the client
// closes (false).
func (c *client) await(timeout time.Duration, done func() bool) bool {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		if done() {
			return true
		}
		if c.closed || !time.Now().Before(deadline) {
			return false
		}
		c.cond.Wait()
	}
}

// waitPub waits for an iopub message of msgType (any type when "") whose
// parent is msgID; nil on timeout.
func (c *client) waitPub(msgID, msgType string, timeout time.Duration) *message {
	var found *message
	c.await(timeout, func() bool {
		for _, m := range c.pubs {
			if parentID(m) == msgID && (msgType == "" || m.Header.MsgType == msgType) {
				found = m
				return true
			}
		}
		return false
	})
	return found
}

// pubsOf returns the iopub messages received so far whose parent is msgID.
func (c *client) pubsOf(msgID string) []*message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return childrenOf(c.pubs, msgID)
}

// childrenOf returns the messages of ms whose parent is msgID.
func childrenOf(ms []*message, msgID string) []*message {
	var out []*message
	for _, m := range ms {
		if parentID(m) == msgID {
			out = append(out, m)
		}
	}
	return out
}

// waitIdle waits for the idle status of msgID and returns the iopub
// messages of that request.
func (c *client) waitIdle(msgID string, timeout time.Duration) []*message {
	c.t.Helper()
	var mine []*message
	idle := c.await(timeout, func() bool {
		mine = mine[:0]
		idle := false
		for _, m := range c.pubs {
			if parentID(m) == msgID {
				mine = append(mine, m)
				if m.Header.MsgType == "status" && strings.Contains(string(m.Content), `"idle"`) {
					idle = true
				}
			}
		}
		return idle
	})
	if !idle {
		c.t.Fatalf("no idle status for %s within %v; got %s", msgID, timeout, describe(mine))
	}
	return mine
}

// execResult is what a cell produced.
type execResult struct {
	reply map[string]any
	pubs  []*message
}

// exec runs code and returns the reply and the cell's iopub messages.
func (c *client) exec(code string) execResult {
	c.t.Helper()
	return c.execWith(map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}, 60*time.Second)
}

func (c *client) execWith(req map[string]any, timeout time.Duration) execResult {
	c.t.Helper()
	id := c.send(c.shell, "execute_request", req)
	r := c.reply(c.shell, id, timeout)
	pubs := c.waitIdle(id, timeout)
	return execResult{reply: content(c.t, r), pubs: pubs}
}

// ok fails the test unless the cell succeeded.
func (r execResult) ok(t testing.TB) execResult {
	t.Helper()
	if r.reply["status"] != "ok" {
		t.Fatalf("cell failed: %v\n%s", r.reply, describe(r.pubs))
	}
	return r
}

// stdout returns the concatenated stdout stream text.
func (r execResult) stream(t testing.TB, name string) string {
	var sb strings.Builder
	for _, m := range r.pubs {
		if m.Header.MsgType == "stream" {
			c := content(t, m)
			if c["name"] == name {
				sb.WriteString(c["text"].(string))
			}
		}
	}
	return sb.String()
}

// result returns the execute_result data, or nil.
func (r execResult) result(t testing.TB) map[string]any {
	for _, m := range r.pubs {
		if m.Header.MsgType == "execute_result" {
			return content(t, m)["data"].(map[string]any)
		}
	}
	return nil
}

// text is the text/plain of the execute_result.
func (r execResult) text(t testing.TB) string {
	d := r.result(t)
	if d == nil {
		return ""
	}
	s, _ := d["text/plain"].(string)
	return s
}

func content(t testing.TB, m *message) map[string]any {
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil {
		t.Fatalf("content of %s: %v", m.Header.MsgType, err)
	}
	return c
}

func describe(ms []*message) string {
	var sb strings.Builder
	for _, m := range ms {
		s := string(m.Content)
		if len(s) > 300 {
			s = s[:300] + "..."
		}
		fmt.Fprintf(&sb, "  %s %s\n", m.Header.MsgType, s)
	}
	return sb.String()
}
