"""Pure rules of the journal: themes, the balance model, entries and filters. No Qt, no database."""
