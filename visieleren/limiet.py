"""One counter per IP address per hour in the shared cache, for the budgets of the aanmeldformulier,
guessed evaluation links and failed logins. The key holds a hash of the address, never the address;
with Redis down the cache fails open (``visieleren.cache``): nothing is counted, nothing blocked."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

UUR = 3600


def client_ip(request) -> str:
    """The sender's address. Behind N trusted proxies it is the N-th address from the right in
    X-Forwarded-For (the ones further left can be forged by the client)."""
    proxies = settings.AANMELDING_VERTROUWDE_PROXIES
    if proxies > 0:
        keten = [deel.strip() for deel in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if deel.strip()]
        if len(keten) >= proxies:
            return keten[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def sleutel(soort: str, ip: str) -> str:
    uur = int(timezone.now().timestamp() // UUR)
    return f"{soort}:{hashlib.sha256(ip.encode()).hexdigest()[:32]}:{uur}"


def tellen(soort: str, ip: str) -> int:
    """Count one more for ``ip`` in this hour's ``soort`` budget; the count so far."""
    naam = sleutel(soort, ip)
    cache.add(naam, 0, timeout=UUR)
    try:
        return cache.incr(naam)
    except ValueError:  # expired between add and incr
        cache.set(naam, 1, timeout=UUR)
        return 1


def stand(soort: str, ip: str) -> int:
    """This hour's count, without counting."""
    return cache.get(sleutel(soort, ip)) or 0
