package kernel

import (
	"fmt"
	"go/scanner"
	"go/token"
	"strconv"

	"github.com/cosmos72/gomacro/imports"
)

// unsupportedError is a construct of Go that the interpreter cannot run,
// found before the cell runs, with what to do instead.
type unsupportedError struct {
	line, col int
	msg       string
}

func (e *unsupportedError) Error() string { return e.msg }

// genericPackages are the standard library's packages made of generic
// functions and types only: the interpreter can use none of them, and
// importing them would build a plugin for nothing.
var genericPackages = map[string]string{
	"slices": "sort.Float64s, sort.Ints, sort.Strings or sort.Slice for sorting, a loop for the rest",
	"maps":   "a range loop over the map",
	"cmp":    "the < operator, or a comparison function written for the type",
	"iter":   "a slice, or a callback func(T) bool",
	"unique": "a map[T]T that keeps one copy of each value",
	"weak":   "an ordinary pointer",
}

// genericAdvice says what a cell can do instead of generic code.
const genericAdvice = "write it for the concrete type you need (e.g. func sumFloat64(xs []float64) float64), " +
	"or compile it in a cell of its own with %%compile NAME (see %help) and call its non-generic functions as NAME.F"

// checkSupported scans a cell for constructs of Go that the interpreter
// does not support, so that the cell fails at once with an error naming
// the construct instead of a parser error about a '[' or a plugin build
// that fails after half a minute: generic functions and types, the
// generic-only packages of the standard library, and the builtins min and
// max. defined reports whether a name is defined in the session (a user's
// own min function is fine).
func checkSupported(code string, defined func(name string) bool) *unsupportedError {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(code))
	var s scanner.Scanner
	s.Init(file, []byte(code), nil, 0) // a syntax error is the parser's to report
	var toks []scannedToken
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue
		}
		toks = append(toks, scannedToken{pos, t, lit})
	}
	at := func(i int, msg string) *unsupportedError {
		p := fset.Position(toks[i].pos)
		return &unsupportedError{line: p.Line, col: p.Column, msg: msg}
	}
	declaredFuncs := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].tok == token.FUNC && toks[i+1].tok == token.IDENT {
			declaredFuncs[toks[i+1].lit] = true
		}
	}
	// importing: 0 outside an import declaration, 1 in a single import
	// spec (until its path), 2 in a parenthesised group (until ")").
	importing := 0
	for i, t := range toks {
		if importing > 0 {
			switch t.tok {
			case token.STRING:
				if path, err := strconv.Unquote(t.lit); err == nil {
					if instead, ok := genericPackages[path]; ok {
						if _, bound := imports.Packages[path]; !bound {
							return at(i, fmt.Sprintf("package %s is not supported by the interpreter: it holds only generic functions and types, "+
								"which the interpreter cannot use; use %s instead", path, instead))
						}
					}
				}
				if importing == 1 {
					importing = 0
				}
			case token.LPAREN:
				importing = 2
			case token.RPAREN:
				importing = 0
			}
			continue
		}
		if t.tok == token.IMPORT {
			importing = 1
			continue
		}
		if t.tok == token.LBRACK && i > 0 && toks[i-1].tok == token.IDENT && i+2 < len(toks) && toks[i+1].tok == token.IDENT {
			// Type parameters ([T any], [K comparable, V any], [T ~int])
			// and instantiations with several type arguments: no index
			// or slice expression has an identifier followed by one of
			// these.
			switch toks[i+2].tok {
			case token.IDENT, token.COMMA, token.TILDE, token.INTERFACE:
				name := toks[i-1].lit
				kind := "generic functions and types are not supported by the interpreter"
				if i >= 2 && toks[i-2].tok == token.FUNC {
					kind = fmt.Sprintf("generic functions are not supported by the interpreter (func %s[...])", name)
				} else if i >= 2 && toks[i-2].tok == token.TYPE {
					kind = fmt.Sprintf("generic types are not supported by the interpreter (type %s[...])", name)
				} else if isReceiver(toks, i-1) {
					kind = fmt.Sprintf("methods of generic types are not supported by the interpreter (%s[...])", name)
				}
				return at(i, kind+"; "+genericAdvice)
			}
		}
		if t.tok == token.IDENT && (t.lit == "min" || t.lit == "max") && i+1 < len(toks) && toks[i+1].tok == token.LPAREN &&
			(i == 0 || (toks[i-1].tok != token.PERIOD && toks[i-1].tok != token.FUNC)) &&
			!declaredFuncs[t.lit] && !defined(t.lit) {
			return at(i, fmt.Sprintf("the builtin %s (Go 1.21) is not supported by the interpreter; use math.%s for float64 values, or an if",
				t.lit, map[string]string{"min": "Min", "max": "Max"}[t.lit]))
		}
	}
	return nil
}

// scannedToken is a token of a cell as go/scanner returns it.
type scannedToken struct {
	pos token.Pos
	tok token.Token
	lit string
}

// isReceiver reports whether the type name at token i is in a method's
// receiver: func (p *T or func (T.
func isReceiver(toks []scannedToken, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].tok == token.MUL || toks[j].tok == token.IDENT) {
		j--
	}
	return j >= 1 && toks[j].tok == token.LPAREN && toks[j-1].tok == token.FUNC
}
