from django.contrib import admin

from visieleren.core.models import AuditLog, Document, UitgaandeEmail
from visieleren.meldingen import email_opnieuw_proberen


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


@admin.register(UitgaandeEmail)
class UitgaandeEmailAdmin(admin.ModelAdmin):
    """The outbox as the team sees it: what failed and why, and a way to try again."""

    list_display = ["aangemaakt_op", "onderwerp", "ontvangers", "status", "pogingen", "laatste_fout", "verstuurd_op"]
    list_filter = ["status"]
    search_fields = ["onderwerp", "aan"]
    actions = ["opnieuw_proberen"]
    readonly_fields = [f.name for f in UitgaandeEmail._meta.fields]

    @admin.display(description="aan")
    def ontvangers(self, obj):
        return ", ".join(obj.aan)

    @admin.action(description="Opnieuw proberen te versturen")
    def opnieuw_proberen(self, request, queryset):
        for email in queryset.exclude(status=UitgaandeEmail.Status.VERSTUURD):
            email_opnieuw_proberen(email=email, door=request.user)
        self.message_user(request, "De gekozen e-mails staan weer in de wachtrij.")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
