package kernel

import (
	"fmt"
	"go/scanner"
	"go/token"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cosmos72/gomacro/fast"
	"github.com/cosmos72/gomacro/imports"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/kernel/bindings"
	"github.com/linae/linae/kernel/display"
)

// dottedAt returns the dotted identifier (such as "sae.FitPCA" or "x") that
// the byte offset pos is in or just after.
func dottedAt(code string, pos int) string {
	isIdent := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' }
	start, end := pos, pos
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:start])
		if !isIdent(r) {
			break
		}
		start -= size
	}
	for end < len(code) {
		r, size := utf8.DecodeRuneInString(code[end:])
		if !isIdent(r) || r == '.' {
			break
		}
		end += size
	}
	return strings.Trim(code[start:end], ".")
}

// inspect answers inspect_request: for a symbol of a compiled-in package
// its declaration and doc comment (from the bindings' documentation, or its
// type when there is none), for a variable of the session its type and
// value.
//
// With the cursor inside a call's parentheses and not on a name with
// documentation of its own (an argument being typed), it documents the
// called function, as Shift-Tab does in IPython.
func (p *interp) inspect(code string, cursor, detail int) map[string]any {
	pos := byteOffset(code, cursor)
	names := []string{dottedAt(code, pos)}
	if open := innermostOpenParen(code[:pos]); open >= 0 {
		names = append(names, dottedAt(code, open))
	}
	var text string
	p.do(func() {
		for _, name := range names {
			if name == "" {
				continue
			}
			text = p.describeSafe(name)
			if text != "" {
				return
			}
		}
	})
	r := map[string]any{"status": "ok", "found": text != "", "data": map[string]any{}, "metadata": map[string]any{}}
	if text != "" {
		r["data"] = map[string]any{"text/plain": text}
	}
	return r
}

// describeSafe is describe, with "" for a name gomacro panics on.
func (p *interp) describeSafe(name string) (text string) {
	defer func() {
		if r := recover(); r != nil {
			text = ""
		}
	}()
	return p.describe(name)
}

// innermostOpenParen returns the byte offset of the innermost '(' that code
// leaves open (the call the end of code is inside), or -1.
func innermostOpenParen(code string) int {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(code))
	var s scanner.Scanner
	s.Init(file, []byte(code), nil, 0)
	var open []int // offsets of unclosed '(', and of '[' and '{' as -1
	for {
		pos, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			if len(open) == 0 {
				return -1
			}
			return open[len(open)-1] // -1 inside a composite literal or index
		case token.LPAREN:
			open = append(open, file.Offset(pos))
		case token.LBRACK, token.LBRACE:
			open = append(open, -1)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
}

// describe documents a dotted name on the interpreter goroutine.
func (p *interp) describe(name string) string {
	parts := strings.Split(name, ".")
	c := p.ir.Comp
	sym := c.TryResolve(parts[0])
	if sym == nil {
		// Not in scope: perhaps a type, or a package not yet imported
		// named by its last path element.
		if t := c.TryResolveType(parts[0]); t != nil {
			return "type " + parts[0] + " " + t.String()
		}
		if paths := bindings.Named(parts[0]); len(parts) == 2 && len(paths) > 0 {
			return packageSymbol(paths[0], parts[1])
		}
		return ""
	}
	if imp, ok := sym.Bind.Lit.Value.(*fast.Import); ok {
		if len(parts) == 1 {
			if doc, ok := symbolDoc(imp.Path, ""); ok {
				return fmt.Sprintf("package %s // import %q\n\n%s", imp.Name, imp.Path, doc)
			}
			return fmt.Sprintf("package %s // import %q", imp.Name, imp.Path)
		}
		return packageSymbol(imp.Path, strings.Join(parts[1:], "."))
	}
	// A variable, constant or function of the session.
	t := sym.Type
	if len(parts) == 1 {
		v := p.ir.ValueOf(parts[0])
		s := fmt.Sprintf("%s %s", parts[0], t)
		if _, ok := compiledNamed(t.ReflectType()); ok {
			s = fmt.Sprintf("%s %s", parts[0], t.ReflectType()) // *mat.Dense, not the whole import path
		}
		if v.IsValid() && v.ReflectValue().CanInterface() {
			val := formatValue(v.ReflectValue())
			if m, ok := v.ReflectValue().Interface().(mat.Matrix); ok {
				// as the cell's result shows it, not the struct's fields
				if d, ok, err := display.Rich(m); ok && err == nil {
					val, _ = d.Data["text/plain"].(string)
				}
			}
			if len(val) > 2000 {
				val = val[:2000] + "…"
			}
			s += " = " + val
		}
		if doc := typeDoc(t.ReflectType()); doc != "" {
			s += "\n\n" + doc
		}
		return s
	}
	// value.Member: a method or field of a compiled type has docs.
	rt, named := compiledNamed(t.ReflectType())
	member := parts[len(parts)-1]
	if named {
		if doc, ok := symbolDoc(rt.PkgPath(), rt.Name()+"."+member); ok {
			return doc
		}
	}
	if m, ok := t.ReflectType().MethodByName(member); ok {
		return fmt.Sprintf("func (%s) %s%s", t, member, strings.TrimPrefix(m.Type.String(), "func"))
	}
	if rt.Kind() == reflect.Struct {
		if f, ok := rt.FieldByName(member); ok {
			return fmt.Sprintf("%s.%s %s", rt, member, f.Type)
		}
	}
	return ""
}

// compiledNamed returns t without its pointers, and whether that is a named
// type of a compiled package: one with documentation, whose reflect name
// (mat.Dense) is the one Go prints. An interpreted type has neither.
func compiledNamed(t reflect.Type) (reflect.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t, t.PkgPath() != "" && t.Name() != ""
}

// typeDoc is the doc of a compiled named type, if there is one.
func typeDoc(t reflect.Type) string {
	t, ok := compiledNamed(t)
	if !ok {
		return ""
	}
	doc, _ := symbolDoc(t.PkgPath(), t.Name())
	return doc
}

// packageSymbol documents path.name: the bindings' doc, or the reflect
// signature of the bound value or type.
func packageSymbol(path, name string) string {
	if doc, ok := symbolDoc(path, name); ok {
		return doc
	}
	pkg, ok := imports.Packages[path]
	if !ok {
		return ""
	}
	short := path[strings.LastIndex(path, "/")+1:]
	if v, ok := pkg.Binds[name]; ok {
		if v.Kind() == reflect.Func {
			return fmt.Sprintf("func %s.%s%s", short, name, strings.TrimPrefix(v.Type().String(), "func"))
		}
		return fmt.Sprintf("var %s.%s %s", short, name, v.Type())
	}
	if t, ok := pkg.Types[name]; ok {
		return fmt.Sprintf("type %s.%s %s", short, name, t.Kind())
	}
	return ""
}
