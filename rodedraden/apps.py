from django.apps import AppConfig


class RodedradenConfig(AppConfig):
    """Rode draden: insights across trajecten by hoofdthema, expert reflections, the versioned report."""

    name = "rodedraden"
    verbose_name = "Rode draden"
