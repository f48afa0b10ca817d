"""Reading the journal for browsing: filters turned into SQL, the list's light rows, the calendar's
days, and full-text search.
"""
