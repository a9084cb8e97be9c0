// Package web holds the analysts' explorer: a TypeScript front end (src/)
// built by esbuild (build.mjs, `npm run build`) into dist/, which this
// package embeds so that `diplograph serve` answers / with it from the
// binary itself. The make targets build dist/ before Go compiles; a binary
// built without them has no explorer and says so at /.
package web

import (
	"embed"
	"io/fs"
)

// dist is the built explorer. "all:" keeps the placeholder .gitkeep, so
// that the package compiles in a fresh clone before the first build.
//
//go:embed all:dist
var dist embed.FS

// Assets returns the built explorer: index.html at its root, the hashed
// scripts, styles and icons it loads under assets/.
func Assets() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a constant, valid path
	}
	return sub
}
