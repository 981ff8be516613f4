"""URLs of Starten under /trajecten/<pk>/; part of the "trajecten" namespace."""

from django.urls import path

from trajecten.views import starten

urlpatterns = [
    path("<int:pk>/startgegevens/", starten.startgegevens, name="startgegevens"),
    path("<int:pk>/expertteam/", starten.expertteam, name="expertteam"),
    path(
        "<int:pk>/expertteam/<int:rol_pk>/verwijderen/", starten.expertteam_verwijderen, name="expertteam_verwijderen"
    ),
    path("<int:pk>/betrokkenen/", starten.betrokkenen, name="betrokkenen"),
    path("<int:pk>/betrokkenen/nieuw/", starten.betrokkene_nieuw, name="betrokkene_nieuw"),
    path("<int:pk>/betrokkenen/<int:betrokkene_pk>/", starten.betrokkene_bewerken, name="betrokkene_bewerken"),
    path(
        "<int:pk>/betrokkenen/<int:betrokkene_pk>/verwijderen/",
        starten.betrokkene_verwijderen,
        name="betrokkene_verwijderen",
    ),
    path("<int:pk>/bijeenkomsten/", starten.bijeenkomsten, name="bijeenkomsten"),
    path("<int:pk>/bijeenkomsten/nieuw/", starten.bijeenkomst_nieuw, name="bijeenkomst_nieuw"),
    path("<int:pk>/bijeenkomsten/kalender.ics", starten.kalender, name="kalender"),
    path("<int:pk>/bijeenkomsten/<int:bijeenkomst_pk>/", starten.bijeenkomst, name="bijeenkomst"),
    path(
        "<int:pk>/bijeenkomsten/<int:bijeenkomst_pk>/bewerken/",
        starten.bijeenkomst_bewerken,
        name="bijeenkomst_bewerken",
    ),
    path(
        "<int:pk>/bijeenkomsten/<int:bijeenkomst_pk>/verwijderen/",
        starten.bijeenkomst_verwijderen,
        name="bijeenkomst_verwijderen",
    ),
    path("<int:pk>/fase/volgende/", starten.fase_volgende, name="fase_volgende"),
    path("<int:pk>/beeindigen/", starten.beeindigen, name="beeindigen"),
]
