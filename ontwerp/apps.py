from django.apps import AppConfig


class OntwerpConfig(AppConfig):
    """Ontwerpen: synthesis of the quotes, inzichten in three steps, and the ontwerpsessie."""

    name = "ontwerp"
    verbose_name = "Ontwerp"

    def ready(self):
        from ontwerp import fasechecks  # noqa: F401  (registers the Ontwerpen checks)
        from ontwerp.services import inzichten  # noqa: F401  (connects to interviews.signals.citaten_vervallen)
