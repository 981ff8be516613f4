"""Settings shared by every environment; everything variable comes from the environment."""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from visieleren.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.forms",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "visieleren.accounts",
    "django_otp_webauthn",  # after accounts: it reads the user model when its models load
    "visieleren.core",
    "trajecten",
    "interviews",
    "ontwerp",
    "borging",
    "rodedraden",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "visieleren.accounts.tweestaps.TweestapsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
    "visieleren.middleware.VeiligeInvoerMiddleware",
]

ROOT_URLCONF = "visieleren.urls"
WSGI_APPLICATION = "visieleren.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "visieleren.context_processors.navigatie",
            ],
            "builtins": ["visieleren.core.templatetags.visieleren"],
        },
    }
]
FORM_RENDERER = "visieleren.forms.UtrechtFormRenderer"

# Database: SQLite by default so `make run` needs nothing installed; PostgreSQL via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # An unreachable database fails a request in seconds instead of hanging a worker.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int("DB_CONNECT_TIMEOUT", 5)
HEALTH_DB_TIMEOUT = env_int("HEALTH_DB_TIMEOUT", 2)
if env_str("DATABASE_NAME"):
    # Lets a Celery worker started by the test suite use the test database.
    DATABASES["default"]["NAME"] = env_str("DATABASE_NAME")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Django's four checks, with our own Dutch messages (visieleren/accounts/wachtwoord.py).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "visieleren.accounts.wachtwoord.GelijkenisValidator"},
    {"NAME": "visieleren.accounts.wachtwoord.MinimumLengteValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "visieleren.accounts.wachtwoord.VeelgebruiktValidator"},
    {"NAME": "visieleren.accounts.wachtwoord.AlleenCijfersValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "login"
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 24 * 3600)

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads, PDFs and exports with personal data: never under MEDIA_ROOT, served only by views that check
# access. PRIVATE_STORAGE=lokaal keeps them on disk (PRIVATE_MEDIA_ROOT); PRIVATE_STORAGE=s3 puts them in
# an S3-compatible object store, so that web and worker processes on different machines share them.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private_media")))
PRIVATE_STORAGE = env_str("PRIVATE_STORAGE", "lokaal")
if PRIVATE_STORAGE == "lokaal":
    PRIVATE_STORAGE_CONFIG = {"BACKEND": "visieleren.core.models.PrivateStorage"}
elif PRIVATE_STORAGE == "s3":
    PRIVATE_STORAGE_CONFIG = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("S3_BUCKET"),
            "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
            "region_name": env_str("S3_REGION", "eu-west-1"),
            "access_key": env_str("S3_ACCESS_KEY_ID"),
            "secret_key": env_str("S3_SECRET_ACCESS_KEY"),
            "location": env_str("S3_PREFIX", "private"),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    if not PRIVATE_STORAGE_CONFIG["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("PRIVATE_STORAGE=s3 heeft S3_BUCKET nodig.")
else:
    raise ImproperlyConfigured(f"PRIVATE_STORAGE moet 'lokaal' of 's3' zijn, niet {PRIVATE_STORAGE!r}.")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": PRIVATE_STORAGE_CONFIG,
}
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 10 * 1024 * 1024)

# Redis: broker for Celery and shared cache. Without it, tasks run eagerly and the cache is local.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "visieleren.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 120)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 180)
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_TASK_DEFAULT_QUEUE", "visieleren")
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE: dict = {
    # The outbox: e-mails left waiting by a broker outage, a mail-server error or a killed worker.
    "emails-opnieuw-versturen": {"task": "visieleren.core.tasks.emails_opnieuw_versturen", "schedule": 60},
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds a connection to the mail server may take; sending happens in a task, never in a request.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
# Seconds a worker holds an outbox row while sending; after that a killed worker's row is sent again.
EMAIL_LEASE = env_int("EMAIL_LEASE", 2 * EMAIL_TIMEOUT + 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Visieleren <visieleren@vng.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers that hold everywhere; production.py adds the HTTPS-only ones.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
# A session without any request for this long is logged out (visieleren/accounts/tweestaps.py).
SESSIE_INACTIEF_MINUTEN = env_int("SESSIE_INACTIEF_MINUTEN", 60)
# Staff (team, /beheer/) must give a code from an authenticator app after the password. On in
# production (production.py), off for `make run` and the tests unless set.
REQUIRE_2FA = env_bool("REQUIRE_2FA", False)
OTP_TOTP_ISSUER = "Visieleren"
# Adding a passkey or linking another app needs a second step at most this many minutes ago.
TWEESTAPS_RECENT_MINUTEN = env_int("TWEESTAPS_RECENT_MINUTEN", 15)


def _webauthn_rp_id(hosts: list[str]) -> str:
    """The first host name of ALLOWED_HOSTS (no IP address or wildcard: WebAuthn refuses those)."""
    for host in hosts:
        host = host.lstrip(".")
        if host and host != "*" and not host.startswith("[") and not host.replace(".", "").isdigit():
            return host
    return "localhost"


def _webauthn_origins(rp_id: str, site_url: str) -> list[str]:
    """SITE_URL when it lies on the RP ID; for `make run` also http://localhost:8000."""
    host = urlsplit(site_url).hostname or ""
    origins = [site_url] if host == rp_id or host.endswith(f".{rp_id}") else []
    if rp_id == "localhost":
        origins.append("http://localhost:8000")
    return list(dict.fromkeys(origins))


# Passkeys (WebAuthn, django-otp-webauthn) as a second factor next to the app. A passkey is bound to
# the relying party id, a host name: changing WEBAUTHN_RP_ID later makes every passkey unusable.
# The browser refuses IP addresses, so `make run` works with passkeys on http://localhost:8000.
WEBAUTHN_RP_ID = env_str("WEBAUTHN_RP_ID") or _webauthn_rp_id(ALLOWED_HOSTS)
OTP_WEBAUTHN_RP_ID = WEBAUTHN_RP_ID
OTP_WEBAUTHN_RP_NAME = env_str("WEBAUTHN_RP_NAME", "Visieleren")
OTP_WEBAUTHN_ALLOWED_ORIGINS = env_list("WEBAUTHN_ORIGINS", _webauthn_origins(WEBAUTHN_RP_ID, SITE_URL))
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False  # a passkey is the second step, never the only one
OTP_WEBAUTHN_HELPER_CLASS = "visieleren.accounts.passkeys.PasskeyHelper"
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the hx-headers attribute, not the cookie
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
# Per normalised address (case variants are one address), whatever the IP address; per IP address
# a separate, higher budget in visieleren/accounts/inloggen.py.
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_USERNAME_CALLABLE = "visieleren.accounts.inloggen.genormaliseerd_adres"
INLOGGEN_MAX_FOUTEN_PER_IP = env_int("INLOGGEN_MAX_FOUTEN_PER_IP", 30)
# axes.W006 asks for 'ip_address' in AXES_LOCKOUT_PARAMETERS: the per-IP limit is counted in
# visieleren/accounts/inloggen.py with its own, higher budget (one office = one address).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/geblokkeerd.html"
AXES_USERNAME_FORM_FIELD = "username"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}

# Domain settings.
VISIELEREN_CAPACITEIT_PER_JAAR = env_int("VISIELEREN_CAPACITEIT_PER_JAAR", 8)

# Werving: the public aanmelding form and its status link.
AANMELDING_STATUS_DAGEN = env_int("AANMELDING_STATUS_DAGEN", 90)  # how long a status link works
AANMELDING_RATE_LIMIT = env_int("AANMELDING_RATE_LIMIT", 20)  # form posts per IP address per hour
AANMELDING_MIN_INVULTIJD = env_int("AANMELDING_MIN_INVULTIJD", 4)  # seconds; faster is a bot
AANMELDING_DUBBEL_UREN = env_int("AANMELDING_DUBBEL_UREN", 24)  # same e-mail + question = duplicate
# Reverse proxies in front of the app that add X-Forwarded-For (0: use REMOTE_ADDR as is).
AANMELDING_VERTROUWDE_PROXIES = env_int("AANMELDING_VERTROUWDE_PROXIES", 0)
# Declined and withdrawn aanmeldingen are deleted after this many days (privacyverklaring: one year).
AANMELDING_BEWAAR_DAGEN = env_int("AANMELDING_BEWAAR_DAGEN", 365)
CELERY_BEAT_SCHEDULE["aanmeldingen-opruimen"] = {
    "task": "trajecten.tasks.aanmeldingen_opruimen",
    "schedule": 24 * 3600,
}
# Starten: default doorlooptijd of a traject (7–12 weeks) and the signal "te lang in een fase".
VISIELEREN_DOORLOOPTIJD_WEKEN = env_int("VISIELEREN_DOORLOOPTIJD_WEKEN", 12)
if not 7 <= VISIELEREN_DOORLOOPTIJD_WEKEN <= 12:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("VISIELEREN_DOORLOOPTIJD_WEKEN must be between 7 and 12 weeks.")
VISIELEREN_MAX_WEKEN_PER_FASE = env_int("VISIELEREN_MAX_WEKEN_PER_FASE", 8)
# Luisteren: raw interview notes, names and contact data of finished trajecten are removed after this
# many days (counted from the actual end); the quotes stay, with pseudonyms instead of names.
AANTEKENINGEN_BEWAAR_DAGEN = env_int("AANTEKENINGEN_BEWAAR_DAGEN", 365)
CELERY_BEAT_SCHEDULE["bewaartermijn-aantekeningen"] = {
    "task": "interviews.tasks.bewaartermijn_toepassen",
    "schedule": 24 * 3600,
}
# Borgen: the evaluation link for betrokkenen, its reminder and the smallest group whose results are shown.
EVALUATIE_LINK_DAGEN = env_int("EVALUATIE_LINK_DAGEN", 30)  # how long an evaluation link works
EVALUATIE_HERINNERING_DAGEN = env_int("EVALUATIE_HERINNERING_DAGEN", 7)  # one reminder after this; 0: none
EVALUATIE_RATE_LIMIT = env_int("EVALUATIE_RATE_LIMIT", 30)  # unknown links per IP address per hour
EVALUATIE_MIN_ANTWOORDEN = env_int("EVALUATIE_MIN_ANTWOORDEN", 3)  # fewer answers: no results, for anonymity
CELERY_BEAT_SCHEDULE["evaluatie-herinneringen"] = {
    "task": "borging.tasks.evaluatie_herinneringen",
    "schedule": 6 * 3600,
}
