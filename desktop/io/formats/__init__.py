"""The app's own formats: CSV version 1 and the JSON document, and the flat record both are made of."""
