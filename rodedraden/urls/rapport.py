"""URLs of the rode draden, under ``/rode-draden/`` (team only)."""

from django.urls import path

from rodedraden.views import rapport

app_name = "rodedraden"
urlpatterns = [
    path("", rapport.rapport, name="rapport"),
    path("versies/nieuw/", rapport.versie_nieuw, name="versie_nieuw"),
    path("versies/<int:pk>/", rapport.versie, name="versie"),
    path("versies/<int:pk>/vaststellen/", rapport.versie_vaststellen, name="versie_vaststellen"),
    path("versies/<int:pk>/afdrukken/", rapport.versie_afdrukken, name="versie_afdrukken"),
    path("versies/<int:pk>/pdf/", rapport.versie_pdf, name="versie_pdf"),
    path("versies/<int:pk>/pdf/download/", rapport.versie_download, name="versie_download"),
]
