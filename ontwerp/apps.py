from django.apps import AppConfig


class OntwerpConfig(AppConfig):
    name = "ontwerp"
    verbose_name = "Ontwerp"

    def ready(self):
        from ontwerp import fasechecks  # noqa: F401  (registers the checks of Ontwerpen)
