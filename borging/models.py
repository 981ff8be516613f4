"""Models arrive with the issue for this phase."""
