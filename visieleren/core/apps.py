from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "visieleren.core"
    label = "core"
    verbose_name = "Kern"
