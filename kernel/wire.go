package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"
)

// protocolVersion is the version of the Jupyter messaging protocol the
// kernel speaks.
const protocolVersion = "5.3"

// delimiter separates the routing identities of a message from its body.
var delimiter = []byte("<IDS|MSG>")

// msgHeader is the header of a Jupyter message.
type msgHeader struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// message is one Jupyter message as it travels on a socket: the routing
// identities, the four signed JSON parts and any binary buffers.
//
// The parent header and metadata are kept as raw JSON so that a reply can
// carry the request's header byte for byte, whatever fields the client put
// in it.
type message struct {
	Identities   [][]byte
	Header       msgHeader
	ParentHeader json.RawMessage
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte

	// rawHeader is the header exactly as received, used as the parent
	// header of replies.
	rawHeader json.RawMessage
	// signature is the signature as received.
	signature []byte
}

// Errors of decodeMessage. A kernel logs them and drops the message.
var (
	errBadSignature = errors.New("kernel: message signature does not match (wrong key or tampered message)")
	errMalformed    = errors.New("kernel: malformed message")
	errReplayed     = errors.New("kernel: message signature already seen (a replayed message)")
)

// signer computes and checks HMAC-SHA256 signatures. A nil key disables
// signing, as the protocol allows for an empty key.
type signer struct {
	key []byte
}

// sign returns the hex HMAC-SHA256 of the four message parts, or "" when
// signing is disabled.
func (s signer) sign(parts ...[]byte) string {
	if len(s.key) == 0 {
		return ""
	}
	mac := hmac.New(sha256.New, s.key)
	for _, p := range parts {
		mac.Write(p)
	}
	return hex.EncodeToString(mac.Sum(nil))
}

// verify reports whether sig is the signature of parts. The comparison is
// constant-time so that a client cannot forge a signature byte by byte
// from response timings.
func (s signer) verify(sig []byte, parts ...[]byte) bool {
	if len(s.key) == 0 {
		return true
	}
	want := s.sign(parts...)
	return hmac.Equal([]byte(want), bytes.ToLower(sig))
}

// decodeMessage parses the frames of a message received on a ROUTER or SUB
// socket and checks its signature with key (no check when key is empty).
// It returns errBadSignature for a message whose signature does not match
// and an error wrapping errMalformed for one that is not a Jupyter message.
func decodeMessage(frames [][]byte, key []byte) (*message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, fmt.Errorf("%w: no %q delimiter among %d frames", errMalformed, delimiter, len(frames))
	}
	if len(frames) < i+6 {
		return nil, fmt.Errorf("%w: %d frames after the delimiter, want at least 5", errMalformed, len(frames)-i-1)
	}
	sig, header, parent, meta, content := frames[i+1], frames[i+2], frames[i+3], frames[i+4], frames[i+5]
	if !(signer{key}).verify(sig, header, parent, meta, content) {
		return nil, errBadSignature
	}
	m := &message{
		Identities:   frames[:i],
		ParentHeader: json.RawMessage(parent),
		Metadata:     json.RawMessage(meta),
		Content:      json.RawMessage(content),
		Buffers:      frames[i+6:],
		rawHeader:    json.RawMessage(header),
		signature:    sig,
	}
	if err := json.Unmarshal(header, &m.Header); err != nil {
		return nil, fmt.Errorf("%w: header: %v", errMalformed, err)
	}
	if m.Header.MsgType == "" {
		return nil, fmt.Errorf("%w: header has no msg_type", errMalformed)
	}
	for name, part := range map[string][]byte{"parent_header": parent, "metadata": meta, "content": content} {
		if !json.Valid(part) {
			return nil, fmt.Errorf("%w: %s is not valid JSON", errMalformed, name)
		}
	}
	return m, nil
}

// digestHistorySize is how many signatures a digestHistory remembers, as in
// jupyter_client's Session (digest_history_size).
const digestHistorySize = 1 << 16

// digestHistory remembers the signatures of the messages a kernel accepted,
// so that a message sent again (a replay by anyone who saw it) is refused,
// as jupyter_client's Session refuses a digest it has seen. A signature
// covers the header, whose msg_id and date are new in every genuine
// message. It holds the latest digestHistorySize signatures; the zero value
// is empty and ready to use.
type digestHistory struct {
	mu    sync.Mutex
	seen  map[string]struct{}
	order []string // ring of remembered signatures, oldest at next
	next  int
}

// add records sig and reports whether it is new. An empty signature (an
// unsigned kernel) is always new: without a key there is nothing to check.
func (h *digestHistory) add(sig []byte) bool {
	if len(sig) == 0 {
		return true
	}
	key := string(bytes.ToLower(sig))
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.seen[key]; ok {
		return false
	}
	if h.seen == nil {
		h.seen = make(map[string]struct{})
	}
	if len(h.order) < digestHistorySize {
		h.order = append(h.order, key)
	} else {
		delete(h.seen, h.order[h.next])
		h.order[h.next] = key
		h.next = (h.next + 1) % digestHistorySize
	}
	h.seen[key] = struct{}{}
	return true
}

// encode returns the frames of m signed with key: identities, delimiter,
// signature, header, parent header, metadata, content and buffers.
func (m *message) encode(key []byte) ([][]byte, error) {
	header, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("kernel: encoding header: %w", err)
	}
	parent := []byte(m.ParentHeader)
	if len(parent) == 0 {
		parent = []byte("{}")
	}
	meta := []byte(m.Metadata)
	if len(meta) == 0 {
		meta = []byte("{}")
	}
	content := []byte(m.Content)
	if len(content) == 0 {
		content = []byte("{}")
	}
	sig := signer{key}.sign(header, parent, meta, content)
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, []byte(sig), header, parent, meta, content)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// headerJSON returns the header as received (or as last encoded), for use as
// the parent header of a reply.
func (m *message) headerJSON() json.RawMessage {
	if m.rawHeader != nil {
		return m.rawHeader
	}
	b, err := json.Marshal(m.Header)
	if err != nil {
		return json.RawMessage("{}")
	}
	return b
}

// newID returns a random UUID (version 4) string for message and session
// ids.
func newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		// crypto/rand does not fail on supported platforms; a time-based
		// id keeps messages distinct if it ever does.
		return fmt.Sprintf("%032x", time.Now().UnixNano())
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// newHeader returns a header for a new message of type msgType in session.
func newHeader(msgType, session string) msgHeader {
	return msgHeader{
		MsgID:    newID(),
		Session:  session,
		Username: "kernel",
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		MsgType:  msgType,
		Version:  protocolVersion,
	}
}
