from django.urls import path

from borging.views import borgingsessie as views

urlpatterns = [
    path("borgingsessie/", views.borgingsessies, name="borgingsessies"),
    path("borgingsessie/<int:bijeenkomst_pk>/afspraken/nieuw/", views.afspraak_nieuw, name="afspraak_nieuw"),
    path("afspraken/<int:pk>/bewerken/", views.afspraak_bewerken, name="afspraak_bewerken"),
    path("afspraken/<int:pk>/status/", views.afspraak_status, name="afspraak_status"),
]
