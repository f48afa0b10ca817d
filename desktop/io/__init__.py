"""Formats in and out of the journal: CSV, JSON, importers from other journals, and reports."""
