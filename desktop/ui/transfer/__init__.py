"""Moving entries in and out from the window: import, export and the monthly report, each with its
background work.
"""
