"""URLs of Ontwerpen, included under ``/trajecten/<traject_pk>/`` (see visieleren/urls.py)."""

from django.urls import path

from ontwerp.views import inzichten, kaartjes, ontwerpsessie, synthese

app_name = "ontwerp"
urlpatterns = [
    # Synthese
    path("synthese/", synthese.synthese, name="synthese"),
    path("synthese/<int:code_pk>/<slug:perspectief>/", synthese.cel, name="synthese_cel"),
    # Inzichten
    path("inzichten/", inzichten.inzichten, name="inzichten"),
    path("inzichten/nieuw/", inzichten.inzicht_nieuw, name="inzicht_nieuw"),
    path("inzichten/<int:pk>/", inzichten.inzicht, name="inzicht"),
    path("inzichten/<int:pk>/bewerken/", inzichten.inzicht_bewerken, name="inzicht_bewerken"),
    path("inzichten/<int:pk>/citaten/", inzichten.inzicht_citaat, name="inzicht_citaat"),
    path(
        "inzichten/<int:pk>/citaten/<int:citaat_pk>/weghalen/",
        inzichten.inzicht_citaat_weg,
        name="inzicht_citaat_weg",
    ),
    path("inzichten/<int:pk>/doorzetten/", inzichten.inzicht_doorzetten, name="inzicht_doorzetten"),
    path("citaten/<int:pk>/naar-inzicht/", inzichten.citaat_naar_inzicht, name="citaat_naar_inzicht"),
    # Ontwerpsessie
    path("ontwerpsessies/", ontwerpsessie.ontwerpsessies, name="ontwerpsessies"),
    path("ontwerpsessies/<int:pk>/", ontwerpsessie.ontwerpsessie, name="ontwerpsessie"),
    path("ontwerpsessies/<int:pk>/reflectie/", ontwerpsessie.reflectie, name="reflectie"),
    path(
        "ontwerpsessies/<int:pk>/richtingen/", ontwerpsessie.oplossingsrichting_nieuw, name="oplossingsrichting_nieuw"
    ),
    path("ontwerpsessies/<int:pk>/acties/", ontwerpsessie.actiepunt_nieuw, name="actiepunt_nieuw"),
    path(
        "ontwerpsessies/<int:pk>/acties/<int:actie_pk>/status/", ontwerpsessie.actiepunt_status, name="actiepunt_status"
    ),
    # Kaartjes
    path("kaartjes/", kaartjes.kaartjes, name="kaartjes"),
    path("kaartjes/<int:pk>/", kaartjes.kaartenset, name="kaartenset"),
    path("kaartjes/<int:pk>/opnieuw/", kaartjes.kaartenset_opnieuw, name="kaartenset_opnieuw"),
    path("kaartjes/<int:pk>/download/", kaartjes.kaartenset_download, name="kaartenset_download"),
]
