"""Sync between the user's computers through a folder: CRDT documents, the sealed folder, rounds."""
