"""Importers from other journal apps: jrnl, Day One and Daylio. Each builds an ImportPlan."""
