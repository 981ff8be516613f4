"""URLs of the traject itself (overview, page, log, documents); part of the "trajecten" namespace."""

from django.urls import path

from trajecten.views import nazorg, traject

urlpatterns = [
    path("", traject.overzicht, name="overzicht"),
    path("<int:pk>/", traject.detail, name="detail"),
    path("<int:pk>/logboek/", traject.logboek, name="logboek"),
    path("<int:pk>/documenten/", traject.document_uploaden, name="document_uploaden"),
    path("<int:pk>/nazorg/", nazorg.nazorg, name="nazorg"),
]
