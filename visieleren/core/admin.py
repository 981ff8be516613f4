from django.contrib import admin

from visieleren.core.models import AuditLog, Document


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    list_display = ["tijdstip", "actor_omschrijving", "actie", "object_type", "object_omschrijving", "traject"]
    list_filter = ["actie"]
    search_fields = ["actor_omschrijving", "object_omschrijving", "actie"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["titel", "traject", "oorspronkelijke_naam", "grootte", "geupload_op"]
    readonly_fields = ["bestand"]
