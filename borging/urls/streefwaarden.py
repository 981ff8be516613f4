from django.urls import path

from borging.views import streefwaarden as views

urlpatterns = [
    path("streefwaarden/", views.streefwaarden, name="streefwaarden"),
    path("streefwaarden/nieuw/", views.streefwaarde_nieuw, name="streefwaarde_nieuw"),
    path("streefwaarden/<int:pk>/bewerken/", views.streefwaarde_bewerken, name="streefwaarde_bewerken"),
    path("streefwaarden/<int:pk>/verwijderen/", views.streefwaarde_verwijderen, name="streefwaarde_verwijderen"),
    path("streefwaarden/<int:pk>/stand/", views.observatie_nieuw, name="observatie_nieuw"),
]
