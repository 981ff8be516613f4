from django.apps import AppConfig


class OntwerpConfig(AppConfig):
    name = "ontwerp"
    verbose_name = "Ontwerp"
