"""The application: load an order, decide, append and project in one transaction."""
