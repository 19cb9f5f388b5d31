"""The pure core: rules, events and the fold. Standard library only."""
