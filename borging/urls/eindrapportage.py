from django.urls import path

from borging.views import eindrapportage as views

urlpatterns = [
    path("eindrapportage/", views.eindrapportage, name="eindrapportage"),
    path("eindrapportage/nieuw/", views.versie_nieuw, name="versie_nieuw"),
    path("eindrapportage/<int:pk>/", views.versie, name="versie"),
    path("eindrapportage/<int:pk>/ter-review/", views.ter_review, name="versie_ter_review"),
    path("eindrapportage/<int:pk>/vaststellen/", views.vaststellen, name="versie_vaststellen"),
    path("eindrapportage/<int:pk>/pdf-opnieuw/", views.pdf_opnieuw, name="versie_pdf_opnieuw"),
    path("eindrapportage/<int:pk>/download/", views.download, name="versie_download"),
    path("eindrapportage/<int:pk>/secties/<slug:soort>/", views.sectie_bewerken, name="sectie_bewerken"),
    path("eindrapportage/<int:pk>/secties/<slug:soort>/voorbeeld/", views.voorbeeld, name="sectie_voorbeeld"),
    path("eindrapportage/<int:pk>/secties/<slug:soort>/opnieuw/", views.sectie_regenereren, name="sectie_regenereren"),
    path("eindrapportage/<int:pk>/secties/<slug:soort>/opmerkingen/", views.opmerking_nieuw, name="opmerking_nieuw"),
    path(
        "eindrapportage/<int:pk>/opmerkingen/<int:opmerking_pk>/antwoord/",
        views.opmerking_antwoord,
        name="opmerking_antwoord",
    ),
]

# /rapporten/: the vastgestelde reports of one's own trajecten (namespace "rapporten").
rapporten = ([path("", views.rapporten, name="lijst")], "rapporten")
