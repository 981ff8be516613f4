"""Released text: the team's list at /vrijgave/ and the check of one quote under /trajecten/<id>/citaten/."""

from django.urls import path

from interviews.views import vrijgave as views

app_name = "vrijgave"
urlpatterns = [
    path("vrijgave/", views.lijst, name="lijst"),
    path("trajecten/<int:traject_pk>/citaten/<int:pk>/vrijgeven/", views.citaat_vrijgeven, name="citaat"),
]
