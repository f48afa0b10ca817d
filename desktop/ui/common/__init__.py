"""Pieces every part of the window uses: background workers, long operations with progress, translated
labels for the domain's names.
"""
