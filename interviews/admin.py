"""Read-only views for support in /beheer/. Changes go through the product, so every write is audited."""

from django.contrib import admin

from interviews.models import Beoordeling, Citaat, Code, Deelnemer, Interview, Memo, Tagging


class AlleenLezen(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Deelnemer)
class DeelnemerAdmin(AlleenLezen):
    list_display = ["pseudoniem", "traject", "perspectief", "toestemming_op", "toestemming_ingetrokken_op"]
    list_select_related = ["traject"]
    search_fields = ["pseudoniem", "traject__titel"]


@admin.register(Interview)
class InterviewAdmin(AlleenLezen):
    list_display = ["__str__", "traject", "datum", "moderator"]
    list_select_related = ["traject", "deelnemer_a", "deelnemer_b", "moderator"]
    list_filter = ["datum"]
    search_fields = ["traject__titel"]
    exclude = ["notities"]  # personal data: read them in the product, where access is logged


@admin.register(Citaat)
class CitaatAdmin(AlleenLezen):
    list_display = ["__str__", "interview", "anker", "vrijgegeven", "gemaakt_op"]
    list_select_related = ["interview__deelnemer_a", "interview__deelnemer_b"]
    list_filter = ["anker", "vrijgegeven"]


@admin.register(Code)
class CodeAdmin(AlleenLezen):
    list_display = ["__str__", "groep", "traject", "actief"]
    list_select_related = ["ouder", "traject"]
    list_filter = ["groep", "actief"]
    search_fields = ["naam", "beschrijving"]


@admin.register(Tagging)
class TaggingAdmin(AlleenLezen):
    list_display = ["citaat", "code", "door", "op", "verwijderd_op"]
    list_select_related = ["citaat", "code__ouder", "door"]


@admin.register(Beoordeling)
class BeoordelingAdmin(AlleenLezen):
    list_display = ["citaat", "code", "oordeel", "door", "op"]
    list_select_related = ["citaat", "code__ouder", "door"]
    list_filter = ["oordeel"]


@admin.register(Memo)
class MemoAdmin(AlleenLezen):
    list_display = ["__str__", "auteur", "op"]
    list_select_related = ["auteur"]
