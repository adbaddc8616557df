"""Text to records: decoding, normalisation, layout, courts, numbering, figures. Imports nothing above it."""
