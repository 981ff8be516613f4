from django.urls import path

from trajecten.views import overzicht

app_name = "trajecten"
urlpatterns = [
    path("", overzicht.overzicht, name="overzicht"),
    path("<int:pk>/", overzicht.detail, name="detail"),
    path("<int:pk>/logboek/", overzicht.logboek, name="logboek"),
    path("<int:pk>/documenten/", overzicht.document_uploaden, name="document_uploaden"),
]
