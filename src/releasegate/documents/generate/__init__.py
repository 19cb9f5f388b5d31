"""Documents releasegate writes from the recorded state (never from text typed twice)."""
