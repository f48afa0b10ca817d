"""Photos and files in entries: their bytes in the journal's attachments file, thumbnails, the
rows that say which entry uses which, removal for real, and their place in backups."""
