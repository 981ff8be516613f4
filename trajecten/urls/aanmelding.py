"""URLs of werving en selectie, included in visieleren/urls.py under three readable prefixes."""

from django.urls import path

from trajecten.views import aanmelding

# /aanmelden/: public, no account.
aanmelden = (
    [
        path("", aanmelding.aanmelden, name="formulier"),
        path("verstuurd/", aanmelding.verstuurd, name="verstuurd"),
        path("status/<str:token>/", aanmelding.status, name="status"),
    ],
    "aanmelden",
)

# /aanmeldingen/: the team inbox.
aanmeldingen = (
    [
        path("", aanmelding.inbox, name="inbox"),
        path("<int:pk>/", aanmelding.detail, name="detail"),
        path("<int:pk>/vraagverheldering/", aanmelding.vraagverheldering, name="vraagverheldering"),
        path("<int:pk>/accepteren/", aanmelding.accepteren, name="accepteren"),
        path("<int:pk>/afwijzen/", aanmelding.afwijzen, name="afwijzen"),
    ],
    "aanmeldingen",
)

# /gemeenten/: the team keeps gemeenten and regio's.
gemeenten_urls = (
    [
        path("", aanmelding.gemeente_lijst, name="lijst"),
        path("nieuw/", aanmelding.gemeente_nieuw, name="nieuw"),
        path("<int:pk>/bewerken/", aanmelding.gemeente_bewerken, name="bewerken"),
    ],
    "gemeenten",
)
