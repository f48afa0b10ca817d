"""Moving many entries in and out fast: bulk writes, the import's one transaction, export rows."""
