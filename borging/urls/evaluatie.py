from django.urls import path

from borging.views import evaluatie as views

urlpatterns = [
    path("evaluatie/", views.evaluatie, name="evaluatie"),
    path("evaluatie/resultaten/", views.resultaten, name="evaluatie_resultaten"),
]

# /evaluatie/: public, no account; the personal link is the only key.
publiek = (
    [
        path("bedankt/", views.bedankt, name="bedankt"),
        path("<str:token>/", views.formulier, name="formulier"),
    ],
    "evaluatie",
)
