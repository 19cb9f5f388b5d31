"""Documents releasegate writes (generate) and reads (check)."""
