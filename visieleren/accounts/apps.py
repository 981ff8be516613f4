from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "visieleren.accounts"
    label = "accounts"
    verbose_name = "Accounts"
