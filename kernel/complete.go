package kernel

import (
	"fmt"
	"go/scanner"
	"go/token"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/linae/linae/kernel/bindings"
)

// byteOffset converts a cursor position in Unicode code points (what the
// protocol sends since 5.2) to a byte offset in code.
func byteOffset(code string, cursor int) int {
	if cursor < 0 {
		return 0
	}
	i := 0
	for n := 0; n < cursor && i < len(code); n++ {
		_, size := utf8.DecodeRuneInString(code[i:])
		i += size
	}
	return i
}

// runeCount is the inverse of byteOffset.
func runeCount(code string, offset int) int {
	if offset > len(code) {
		offset = len(code)
	}
	return utf8.RuneCountInString(code[:offset])
}

// isComplete answers is_complete_request: "incomplete" while brackets,
// a raw string or a block comment are open (or the parser wants more
// input), "invalid" for code that cannot become valid by appending,
// "complete" otherwise.
//
// A cell magic (%%time, %%writefile, %%compile, ...) is not Go: as in
// IPython, it is incomplete until its last line is blank, so that a
// console lets the user type its body. A line magic or shell line is
// complete as it stands.
func (p *interp) isComplete(code string) map[string]any {
	if first := strings.TrimSpace(strings.SplitN(strings.TrimLeft(code, " \t\n"), "\n", 2)[0]); strings.HasPrefix(first, "%%") {
		if last := code[strings.LastIndex(code, "\n")+1:]; strings.Contains(code, "\n") && strings.TrimSpace(last) == "" {
			return map[string]any{"status": "complete"}
		}
		return map[string]any{"status": "incomplete", "indent": ""}
	} else if strings.HasPrefix(first, "%") || strings.HasPrefix(first, "!") {
		return map[string]any{"status": "complete"}
	}
	status := bracketStatus(code)
	if status == "complete" && strings.TrimSpace(code) != "" {
		var perr any
		p.do(func() {
			defer func() { perr = recover() }()
			p.ir.Comp.Globals.Filepath = "is_complete"
			p.ir.Comp.Globals.Line = 0
			p.ir.Comp.ParseBytes([]byte(code))
		})
		if perr != nil {
			// gomacro's parser (a fork of go/parser) says "found 'EOF'"
			// when the input stops in the middle of a construct.
			if strings.Contains(fmt.Sprint(perr), "'EOF'") {
				status = "incomplete"
			} else {
				status = "invalid"
			}
		}
	}
	r := map[string]any{"status": status}
	if status == "incomplete" {
		r["indent"] = nextIndent(code)
	}
	return r
}

// nextIndent is the indentation of the line after code, in spaces (a
// console shows a tab as ^I): that of the last line, tabs counted as four
// spaces, and four more after an opening bracket.
func nextIndent(code string) string {
	last := code[strings.LastIndex(code, "\n")+1:]
	n := 0
	for _, c := range last {
		if c == ' ' {
			n++
		} else if c == '\t' {
			n += 4
		} else {
			break
		}
	}
	if t := strings.TrimSpace(last); t != "" && strings.ContainsAny(t[len(t)-1:], "{([") {
		n += 4
	}
	return strings.Repeat(" ", n)
}

// bracketStatus scans code with Go's scanner and balances brackets.
func bracketStatus(code string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(code))
	unterminated := false
	s.Init(file, []byte(code), func(pos token.Position, msg string) {
		if strings.Contains(msg, "not terminated") {
			unterminated = true
		}
	}, scanner.ScanComments)
	var stack []token.Token
	for {
		_, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			stack = append(stack, tok)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			want := map[token.Token]token.Token{token.RPAREN: token.LPAREN, token.RBRACK: token.LBRACK, token.RBRACE: token.LBRACE}[tok]
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return "invalid"
			}
			stack = stack[:len(stack)-1]
		}
	}
	if unterminated || len(stack) > 0 {
		return "incomplete"
	}
	return "complete"
}

// complete answers complete_request: identifiers in scope, and members
// after "pkg." or "value.", from gomacro's completer, with the package
// names compiled into the kernel (importable instantly) for a bare word.
func (p *interp) complete(code string, cursor int) map[string]any {
	pos := byteOffset(code, cursor)
	var head string
	var words []string
	p.do(func() {
		defer func() {
			if r := recover(); r != nil {
				head, words = code[:pos], nil
			}
		}()
		head, words, _ = p.ir.CompleteWords(code, pos)
	})
	start := len(head)
	prefix := code[start:pos]
	if len(words) == 0 {
		// gomacro found nothing: offer compiled-in package names and
		// keywords for the identifier being typed.
		start = pos
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(code[:start])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
				break
			}
			start -= size
		}
		prefix = code[start:pos]
		if start > 0 && code[start-1] == '.' {
			words = nil
		} else if prefix != "" {
			words = wordCandidates(prefix)
		}
	}
	matches := make([]string, 0, len(words))
	seen := map[string]bool{}
	for _, w := range words {
		if strings.HasPrefix(w, prefix) && !seen[w] {
			seen[w] = true
			matches = append(matches, w)
		}
	}
	return map[string]any{
		"status":       "ok",
		"matches":      matches,
		"cursor_start": runeCount(code, start),
		"cursor_end":   cursor,
		"metadata":     map[string]any{},
	}
}

// goKeywords complete at the start of a word.
var goKeywords = []string{"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
	"range", "return", "select", "struct", "switch", "type", "var"}

// wordCandidates returns keywords and the last path element of compiled-in
// packages that start with prefix.
func wordCandidates(prefix string) []string {
	var out []string
	for _, k := range goKeywords {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	for _, path := range bindings.Compiled() {
		name := path[strings.LastIndex(path, "/")+1:]
		if strings.HasPrefix(name, prefix) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
