"""Documents and how they are found: the corpus interface and its implementations, the one engine, the store."""
