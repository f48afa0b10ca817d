"""Reflection: the drift banner and the prompts and templates to write from."""
