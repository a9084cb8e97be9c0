package main

import (
	"context"
	"errors"
)

// runExtract is a placeholder that the owner of this subcommand replaces.
func runExtract(ctx context.Context, args []string, io stdio) error {
	return errors.New("extract: not implemented yet")
}
