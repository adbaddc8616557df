"""One module per report file format: each turns a file's bytes into the report's text, lines for
its headings, paragraphs and table rows, or refuses it with one :class:`~explorer.read.refusal.SourceError`."""
