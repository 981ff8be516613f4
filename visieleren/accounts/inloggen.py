"""Brute-force protection of the login: failures count per normalised address (django-axes, with
``genormaliseerd_adres`` as its username) and per IP address (a cache counter, here).

Case variants and surrounding spaces of one address are one address to Django's login
(``email__iexact``), so they must be one address to the lockout too. The per-IP budget is
higher than the per-address one: an office behind one address should not lock itself out.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def genormaliseerd_adres(request, credentials) -> str:
    """AXES_USERNAME_CALLABLE: the address as the login matches it."""
    waarde = (credentials or {}).get("username")
    if waarde is None and request is not None:
        waarde = request.POST.get("username", "")
    return str(waarde or "").strip().lower()


def _sleutel(request) -> str:
    ip = request.META.get("REMOTE_ADDR", "")
    uur = int(timezone.now().timestamp() // 3600)
    return f"inloggen:ip:{hashlib.sha256(ip.encode()).hexdigest()[:32]}:{uur}"


def ip_geblokkeerd(request) -> bool:
    return (cache.get(_sleutel(request)) or 0) >= settings.INLOGGEN_MAX_FOUTEN_PER_IP


def mislukte_poging_tellen(request) -> None:
    sleutel = _sleutel(request)
    cache.add(sleutel, 0, timeout=3600)
    try:
        cache.incr(sleutel)
    except ValueError:  # expired between add and incr
        cache.set(sleutel, 1, timeout=3600)
