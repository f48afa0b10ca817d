"""The Charts tab: the journal's charts for the current filters, made the first time the tab opens."""
