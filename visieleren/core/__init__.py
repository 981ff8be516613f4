"""Core: the audit log, private file storage, shared template tags and seed_demo."""
