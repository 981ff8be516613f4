from django.contrib import admin

from trajecten.models import (
    Aanmelding,
    Beleidsthema,
    Bijeenkomst,
    ExpertProfiel,
    FaseOvergang,
    Gemeente,
    Traject,
    TrajectRol,
    Vraagverheldering,
)


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


class VraagverhelderingInline(admin.StackedInline):
    model = Vraagverheldering
    extra = 0


@admin.register(Aanmelding)
class AanmeldingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "ingediend_op", "contact_email"]
    list_filter = ["status"]
    search_fields = ["contact_naam", "contact_email", "vraag", "gemeente_anders"]
    filter_horizontal = ["gemeenten", "beleidsthemas"]
    readonly_fields = ["dubbel_sleutel", "bevestiging_verstuurd_op", "gemelde_status", "toestemming_op"]
    inlines = [VraagverhelderingInline]


@admin.register(ExpertProfiel)
class ExpertProfielAdmin(admin.ModelAdmin):
    list_display = ["user", "organisatie", "actief"]
    list_filter = ["actief", "expertise"]
    search_fields = ["user__naam", "user__email", "organisatie", "tags"]
    autocomplete_fields = ["user"]
    filter_horizontal = ["expertise"]


@admin.register(Bijeenkomst)
class BijeenkomstAdmin(admin.ModelAdmin):
    list_display = ["traject", "soort", "begin", "plaats"]
    list_filter = ["soort"]
    search_fields = ["traject__titel", "plaats"]


@admin.register(FaseOvergang)
class FaseOvergangAdmin(admin.ModelAdmin):
    """Read-only: transitions are written by the phase machine only."""

    list_display = ["traject", "van", "naar", "door", "op"]
    list_filter = ["naar"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
