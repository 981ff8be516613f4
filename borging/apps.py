from django.apps import AppConfig


class BorgingConfig(AppConfig):
    name = "borging"
    verbose_name = "Borging"

    def ready(self):
        from borging import fasechecks  # noqa: F401  (registers the checks of Borgen)
