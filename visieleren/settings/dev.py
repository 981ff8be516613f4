"""Local development (`make run`): debug on, a fixed insecure key, console e-mail."""

from .base import *  # noqa: F403
from .base import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "django-insecure-alleen-voor-lokale-ontwikkeling")
