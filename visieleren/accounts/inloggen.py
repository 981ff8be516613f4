"""Brute-force protection of the login: failures count per normalised address (django-axes, with
``genormaliseerd_adres`` as its username) and per IP address (a cache counter, here).

Case variants and surrounding spaces of one address are one address to Django's login
(``email__iexact``), so they must be one address to the lockout too. The per-IP budget is
higher than the per-address one: an office behind one address should not lock itself out.
"""

from django.conf import settings

from visieleren import limiet


def genormaliseerd_adres(request, credentials) -> str:
    """AXES_USERNAME_CALLABLE: the address as the login matches it."""
    waarde = (credentials or {}).get("username")
    if waarde is None and request is not None:
        waarde = request.POST.get("username", "")
    return str(waarde or "").strip().lower()


def _ip(request) -> str:
    # The client, not the ingress: behind a proxy REMOTE_ADDR is the same for everyone.
    return limiet.client_ip(request)


def ip_geblokkeerd(request) -> bool:
    return limiet.stand("inloggen:ip", _ip(request)) >= settings.INLOGGEN_MAX_FOUTEN_PER_IP


def mislukte_poging_tellen(request) -> None:
    limiet.tellen("inloggen:ip", _ip(request))
