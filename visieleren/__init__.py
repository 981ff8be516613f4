"""Visieleren: the shared base (settings, urls, Celery, accounts, permissions, layout)."""

from .celery import app as celery_app

__all__ = ["celery_app"]
