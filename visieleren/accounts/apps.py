from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "visieleren.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from visieleren.accounts import tweestaps  # noqa: F401  (connects the login signal)
