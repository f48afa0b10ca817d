"""Where the journal lives: opening it safely, its schema and migrations, and the queries the app needs."""
