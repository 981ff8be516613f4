from django.contrib import admin

from trajecten.models import Beleidsthema, Gemeente, Traject, TrajectRol


@admin.register(Gemeente)
class GemeenteAdmin(admin.ModelAdmin):
    list_display = ["naam", "soort", "cbs_code"]
    list_filter = ["soort"]
    search_fields = ["naam", "cbs_code"]
    filter_horizontal = ["leden"]


@admin.register(Beleidsthema)
class BeleidsthemaAdmin(admin.ModelAdmin):
    list_display = ["naam", "slug", "volgorde"]


class TrajectRolInline(admin.TabularInline):
    model = TrajectRol
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Traject)
class TrajectAdmin(admin.ModelAdmin):
    list_display = ["titel", "status", "fase", "geplande_start", "geplande_eind"]
    list_filter = ["status", "fase", "beleidsthemas"]
    search_fields = ["titel", "vraagstuk", "gemeenten__naam"]
    filter_horizontal = ["gemeenten", "beleidsthemas"]
    inlines = [TrajectRolInline]
