"""URLs of expert reflections, under ``/trajecten/<traject_pk>/reflecties/``."""

from django.urls import path

from rodedraden.views import reflecties

app_name = "reflecties"
urlpatterns = [
    path("", reflecties.lijst, name="lijst"),
    path("mijn/", reflecties.mijn, name="mijn"),
]
