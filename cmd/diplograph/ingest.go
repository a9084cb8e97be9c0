package main

import (
	"context"
	"errors"
)

// runIngest is a placeholder that the owner of this subcommand replaces.
func runIngest(ctx context.Context, args []string, io stdio) error {
	return errors.New("ingest: not implemented yet")
}
