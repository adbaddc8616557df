"""What is computed over a corpus: concordance, collocates, word lists, trends, comparison.

Returns frames and ids, never links."""
