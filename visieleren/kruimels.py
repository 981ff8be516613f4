"""Breadcrumbs for ``base.html`` (the ``breadcrumb`` context: a list of (label, url)) shared by the apps."""

from django.urls import reverse


def traject_kruimels(traject, *rest) -> list[tuple[str, str | None]]:
    """Trajecten › the traject › ``rest``: how every page inside a traject starts."""
    return [("Trajecten", reverse("trajecten:overzicht")), (str(traject), traject.get_absolute_url()), *rest]
