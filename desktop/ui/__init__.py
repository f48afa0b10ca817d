"""The window: Qt widgets, item models, dialogs and background workers.

Importing this package applies the binding work-arounds in `qt_compat` before any widget exists.
"""

from desktop.ui.qt_compat import keep_none_alive

keep_none_alive()
