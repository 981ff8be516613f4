"""URLs of trajecten under /trajecten/ (namespace "trajecten"), one module per sub-domain.

Werving has its own prefixes (/aanmelden/, /aanmeldingen/, /gemeenten/): see ``aanmelding.py``.
"""

from trajecten.urls import starten, traject

app_name = "trajecten"
urlpatterns = [*traject.urlpatterns, *starten.urlpatterns]
