from django.apps import AppConfig


class BorgingConfig(AppConfig):
    name = "borging"
    verbose_name = "Borging"
