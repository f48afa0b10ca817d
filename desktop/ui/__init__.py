"""The Qt window: widgets, item models, dialogs and background workers."""
