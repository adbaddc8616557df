"""The court experience explorer: a faithful, searchable dataset of court experience reports."""
