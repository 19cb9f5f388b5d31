"""releasegate: a purchase order is commercial authority, not production authority."""

__version__ = "0.1.0"
