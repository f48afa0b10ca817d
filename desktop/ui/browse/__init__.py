"""Finding entries: the list and its model, search and filters, the calendar panel, the Trash."""
