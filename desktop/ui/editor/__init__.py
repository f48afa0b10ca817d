"""Writing an entry: the editor, its chips and ratings, saving and drafts, recovering kept text."""
