package main

import (
	"context"
	"errors"
)

// runServe is a placeholder that the owner of this subcommand replaces.
func runServe(ctx context.Context, args []string, io stdio) error {
	return errors.New("serve: not implemented yet")
}
