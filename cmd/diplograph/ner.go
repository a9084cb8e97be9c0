package main

import (
	"context"
	"errors"
)

// runNER is a placeholder that the owner of this subcommand replaces.
func runNER(ctx context.Context, args []string, io stdio) error {
	return errors.New("ner: not implemented yet")
}
