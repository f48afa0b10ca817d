"""Balance Journal: a private journal of the balance between independence and interdependence."""

__version__ = "0.1.0"
APP_NAME = "Balance Journal"
