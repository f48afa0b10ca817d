"""The window as a whole: starting the app, opening the journal for it, the main window, its menus, the
event hub, preferences, look and settings.
"""
