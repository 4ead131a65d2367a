/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 * Copyright (C) 2017-2019 Massimiliano Ghilardi
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * loopvar.go
 *
 * Go 1.22 loop semantics: each iteration of a for or range loop has its own
 * copy of the variables the loop declares, and range over an integer.
 */

package fast

import (
	"go/ast"
	"go/token"

	xr "github.com/cosmos72/gomacro/xreflect"
)

// loopVarPrefix starts the names of the hidden variables the rewrites
// below declare; no Go identifier can contain it.
const loopVarPrefix = "\x00loop."

// capturesVars reports whether code under node can keep a reference to a
// variable beyond one iteration: a closure or an address taken.
func capturesVars(nodes ...ast.Node) bool {
	found := false
	for _, n := range nodes {
		if n == nil {
			continue
		}
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				found = true
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// perIterationFor rewrites
//
//	for i := init; cond; post { body }
//
// when body, cond or post may capture i, into
//
//	for ·i := init; cond(·i); post(·i) { i := ·i; body; ·i = i }
//
// with every continue of the loop copying i back first, which gives each
// iteration its own i whose last value starts the next iteration, as Go 1.22
// specifies.
func perIterationFor(node *ast.ForStmt, labels []string) *ast.ForStmt {
	init, ok := node.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || node.Body == nil || !capturesVars(node.Body, node.Cond, node.Post) {
		return node
	}
	rename := map[string]string{}
	var outer, inner []ast.Expr
	for _, lhs := range init.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		hidden := loopVarPrefix + id.Name
		rename[id.Name] = hidden
		outer = append(outer, &ast.Ident{NamePos: id.NamePos, Name: hidden})
		inner = append(inner, &ast.Ident{NamePos: id.NamePos, Name: id.Name})
	}
	if len(rename) == 0 {
		return node
	}
	renameIdents := func(n ast.Node) ast.Node {
		if n == nil {
			return nil
		}
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if h, ok := rename[n.Name]; ok {
					n.Name = h
				}
			case *ast.FuncLit:
				return false // keeps the names it sees: the body's copies
			}
			return true
		})
		return n
	}
	pos := node.Body.Lbrace
	copyIn := &ast.AssignStmt{Lhs: inner, TokPos: pos, Tok: token.DEFINE, Rhs: outer}
	copyBack := func() ast.Stmt {
		return &ast.AssignStmt{Lhs: dupIdents(outer), TokPos: pos, Tok: token.ASSIGN, Rhs: dupIdents(inner)}
	}
	body := &ast.BlockStmt{Lbrace: node.Body.Lbrace, Rbrace: node.Body.Rbrace}
	inLoop := &ast.BlockStmt{Lbrace: node.Body.Lbrace, Rbrace: node.Body.Rbrace, List: continuesCopyBack(node.Body.List, labels, copyBack)}
	body.List = []ast.Stmt{copyIn, inLoop, copyBack()}

	newInit := &ast.AssignStmt{Lhs: make([]ast.Expr, len(init.Lhs)), TokPos: init.TokPos, Tok: init.Tok, Rhs: init.Rhs}
	for i, lhs := range init.Lhs {
		if id, ok := lhs.(*ast.Ident); ok {
			if h, ok := rename[id.Name]; ok {
				newInit.Lhs[i] = &ast.Ident{NamePos: id.NamePos, Name: h}
				continue
			}
		}
		newInit.Lhs[i] = lhs
	}
	var cond ast.Expr
	if node.Cond != nil {
		cond = renameIdents(node.Cond).(ast.Expr)
	}
	var post ast.Stmt
	if node.Post != nil {
		post = renameIdents(node.Post).(ast.Stmt)
	}
	return &ast.ForStmt{For: node.For, Init: newInit, Cond: cond, Post: post, Body: body}
}

func dupIdents(ids []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(ids))
	for i, e := range ids {
		id := e.(*ast.Ident)
		out[i] = &ast.Ident{NamePos: id.NamePos, Name: id.Name}
	}
	return out
}

// continuesCopyBack replaces, in stmts, each continue that continues the
// loop being rewritten (unlabelled outside nested loops, or with one of
// its labels) with { copyBack; continue }.
func continuesCopyBack(stmts []ast.Stmt, labels []string, copyBack func() ast.Stmt) []ast.Stmt {
	isOurs := func(b *ast.BranchStmt, nested bool) bool {
		if b.Tok != token.CONTINUE {
			return false
		}
		if b.Label == nil {
			return !nested
		}
		for _, l := range labels {
			if l == b.Label.Name {
				return true
			}
		}
		return false
	}
	var fix func(s ast.Stmt, nested bool) ast.Stmt
	fixList := func(list []ast.Stmt, nested bool) []ast.Stmt {
		for i, s := range list {
			list[i] = fix(s, nested)
		}
		return list
	}
	fix = func(s ast.Stmt, nested bool) ast.Stmt {
		switch s := s.(type) {
		case *ast.BranchStmt:
			if isOurs(s, nested) {
				return &ast.BlockStmt{Lbrace: s.Pos(), List: []ast.Stmt{copyBack(), s}, Rbrace: s.End()}
			}
		case *ast.BlockStmt:
			fixList(s.List, nested)
		case *ast.IfStmt:
			fix(s.Body, nested)
			if s.Else != nil {
				s.Else = fix(s.Else, nested)
			}
		case *ast.LabeledStmt:
			s.Stmt = fix(s.Stmt, nested)
		case *ast.ForStmt:
			fix(s.Body, true)
		case *ast.RangeStmt:
			fix(s.Body, true)
		case *ast.SwitchStmt:
			fix(s.Body, nested)
		case *ast.TypeSwitchStmt:
			fix(s.Body, nested)
		case *ast.SelectStmt:
			fix(s.Body, nested)
		case *ast.CaseClause:
			fixList(s.Body, nested)
		case *ast.CommClause:
			fixList(s.Body, nested)
		}
		return s
	}
	return fixList(stmts, false)
}

// perIterationRange rewrites
//
//	for k, v := range x { body }
//
// when body may capture k or v, into
//
//	for k, v := range x { k, v := k, v; body }
//
// which gives each iteration its own k and v, as Go 1.22 specifies.
func perIterationRange(node *ast.RangeStmt) *ast.RangeStmt {
	if node.Tok != token.DEFINE || node.Body == nil || !capturesVars(node.Body) {
		return node
	}
	var lhs []ast.Expr
	for _, e := range []ast.Expr{node.Key, node.Value} {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			lhs = append(lhs, id)
		}
	}
	if len(lhs) == 0 {
		return node
	}
	pos := node.Body.Lbrace
	copyIn := &ast.AssignStmt{Lhs: dupIdents(lhs), TokPos: pos, Tok: token.DEFINE, Rhs: dupIdents(lhs)}
	out := *node
	out.Body = &ast.BlockStmt{Lbrace: node.Body.Lbrace, Rbrace: node.Body.Rbrace,
		List: []ast.Stmt{copyIn, &ast.BlockStmt{Lbrace: node.Body.Lbrace, Rbrace: node.Body.Rbrace, List: node.Body.List}}}
	return &out
}

// rangeInt compiles for k := range n, with n an integer already compiled
// as erange, as
//
//	·n := n; for ·k := ·n - ·n; ·k < ·n; ·k++ { k := ·k; body }
//
// (·n - ·n is a zero of n's type); with k = range n the body starts with
// k = ·k instead, which leaves k at n-1 after the loop, as in Go.
func (c *Comp) rangeInt(node *ast.RangeStmt, erange *Expr, t xr.Type, labels []string) {
	if node.Value != nil {
		c.Errorf("range over %v <%v> permits only one iteration variable", node.X, t)
		return
	}
	pos := node.X.Pos()
	n := loopVarPrefix + "n"
	c.DeclVar0(n, t, erange)
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	k := loopVarPrefix + "k"
	body := node.Body
	if kid, ok := node.Key.(*ast.Ident); ok && kid.Name != "_" && node.Tok == token.DEFINE &&
		!capturesVars(body) && !assignsTo(body, kid.Name) {
		// the key itself can count: nothing sees that it is one variable
		// (a fresh block per iteration costs a new environment each time)
		k = kid.Name
	} else if key := node.Key; key != nil {
		if kid, ok := key.(*ast.Ident); !ok || kid.Name != "_" || node.Tok != token.DEFINE {
			set := &ast.AssignStmt{Lhs: []ast.Expr{key}, TokPos: pos, Tok: node.Tok, Rhs: []ast.Expr{id(k)}}
			body = &ast.BlockStmt{Lbrace: body.Lbrace, Rbrace: body.Rbrace,
				List: []ast.Stmt{set, &ast.BlockStmt{Lbrace: body.Lbrace, Rbrace: body.Rbrace, List: body.List}}}
		}
	}
	loop := &ast.ForStmt{
		For:  node.For,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{id(k)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.BinaryExpr{X: id(n), OpPos: pos, Op: token.SUB, Y: id(n)}}},
		Cond: &ast.BinaryExpr{X: id(k), OpPos: pos, Op: token.LSS, Y: id(n)},
		Post: &ast.IncDecStmt{X: id(k), TokPos: pos, Tok: token.INC},
		Body: body,
	}
	c.For(loop, labels)
}

// assignsTo reports whether code under n may assign to a variable named
// name (or take part in a statement that does): then a loop variable
// cannot double as the loop's counter.
func assignsTo(n ast.Node, name string) bool {
	found := false
	isName := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && id.Name == name
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if isName(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if isName(n.X) {
				found = true
			}
		case *ast.RangeStmt:
			if isName(n.Key) || isName(n.Value) {
				found = true
			}
		}
		return !found
	})
	return found
}
