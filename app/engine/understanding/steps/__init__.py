"""The reader's steps, by theme; ``reader.Reader`` orders them."""
