"""URLs of Luisteren, included under ``/trajecten/<traject_pk>/`` (see visieleren/urls.py)."""

from django.urls import path

from interviews.views import interviews as views
from interviews.views import privacy as views_privacy

app_name = "interviews"
urlpatterns = [
    # Deelnemers and consent (team only)
    path("deelnemers/", views.deelnemers, name="deelnemers"),
    path("deelnemers/<int:pk>/", views.deelnemer, name="deelnemer"),
    path("deelnemers/<int:pk>/intrekken/", views.deelnemer_intrekken, name="deelnemer_intrekken"),
    path("deelnemers/<int:pk>/reikwijdte/", views.deelnemer_reikwijdte, name="deelnemer_reikwijdte"),
    # Duo-interviews, notes and quote capture
    path("interviews/", views.interviews, name="interviews"),
    path("interviews/nieuw/", views.interview_nieuw, name="interview_nieuw"),
    path("interviews/<int:pk>/", views.interview, name="interview"),
    path("interviews/<int:pk>/wijzigen/", views.interview_wijzigen, name="interview_wijzigen"),
    path("interviews/<int:pk>/aantekeningen/", views.aantekeningen, name="aantekeningen"),
    path("interviews/<int:pk>/aantekeningen/upload/", views.aantekeningen_upload, name="aantekeningen_upload"),
    path("interviews/<int:pk>/concept/", views.concept, name="concept"),
    path("interviews/<int:pk>/concept/weggooien/", views.concept_weggooien, name="concept_weggooien"),
    path("interviews/<int:pk>/citaten/nieuw/", views.citaat_nieuw, name="citaat_nieuw"),
    path(
        "interviews/<int:pk>/citaten/<int:citaat_pk>/verwijderen/",
        views.citaat_verwijderen,
        name="citaat_verwijderen",
    ),
    # Other names in the notes (team and the interview's moderator)
    path("interviews/<int:pk>/andere-namen/", views_privacy.andere_namen, name="andere_namen"),
    path(
        "interviews/<int:pk>/andere-namen/<int:naam_pk>/verwijderen/",
        views_privacy.andere_naam_verwijderen,
        name="andere_naam_verwijderen",
    ),
]
