from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from visieleren.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["naam", "email"]
    list_display = ["email", "naam", "organisatie", "is_team", "is_active"]
    list_filter = ["is_team", "is_active", "is_staff"]
    search_fields = ["email", "naam", "organisatie"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Persoon", {"fields": ["naam", "organisatie"]}),
        ("Rechten", {"fields": ["is_active", "is_team", "is_staff", "is_superuser", "groups"]}),
        ("Data", {"fields": ["date_joined", "last_login", "uitgenodigd_op"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "naam", "password1", "password2"]})]
