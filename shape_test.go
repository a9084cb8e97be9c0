package diplograph

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// The size a reader can hold in mind: docs/architecture.md asks every
// function of the layers that wire and serve (the root, graph, api and cmd)
// to stay under these, tests included.
const (
	maxFunctionLines  = 60
	maxFunctionParams = 5
)

func TestFunctionsStayReadable(t *testing.T) {
	fset := token.NewFileSet()
	for _, dir := range []string{".", "graph", "api", "cmd"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != dir && (dir == "." || strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
					return filepath.SkipDir // the root alone; its subfolders are checked by name
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			checkFunctions(t, fset, f)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// checkFunctions reports every function and function literal of f that is
// longer or takes more parameters than the limits.
func checkFunctions(t *testing.T, fset *token.FileSet, f *ast.File) {
	t.Helper()
	ast.Inspect(f, func(n ast.Node) bool {
		var typ *ast.FuncType
		var body *ast.BlockStmt
		name := "a function literal"
		switch fn := n.(type) {
		case *ast.FuncDecl:
			typ, body, name = fn.Type, fn.Body, fn.Name.Name
		case *ast.FuncLit:
			typ, body = fn.Type, fn.Body
		default:
			return true
		}
		if body == nil {
			return true
		}
		pos := fset.Position(n.Pos())
		if lines := fset.Position(body.Rbrace).Line - fset.Position(body.Lbrace).Line - 1; lines > maxFunctionLines {
			t.Errorf("%s: %s has %d lines, more than %d", pos, name, lines, maxFunctionLines)
		}
		if params := typ.Params.NumFields(); params > maxFunctionParams {
			t.Errorf("%s: %s takes %d parameters, more than %d", pos, name, params, maxFunctionParams)
		}
		return true
	})
}
