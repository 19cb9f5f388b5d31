"""The ``releasegate`` command line: thin, it parses, calls a service and renders."""
