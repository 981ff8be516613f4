from django.urls import path

from borging.views import nazorg as views

urlpatterns = [
    path("nazorg/", views.nazorg, name="nazorg"),
    path("nazorg/nieuw/", views.nazorg_nieuw, name="nazorg_nieuw"),
    path("nazorg/<int:pk>/", views.nazorggesprek, name="nazorggesprek"),
]
