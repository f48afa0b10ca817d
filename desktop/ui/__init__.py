"""The window: Qt widgets, item models, dialogs and background workers."""
