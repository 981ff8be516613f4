"""Settings for the test suite: fast hashing, e-mail in memory, a file-based SQLite test database."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, PRIVATE_STORAGE_CONFIG, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "test-sleutel-niet-voor-productie")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": PRIVATE_STORAGE_CONFIG,
}
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test_private_media"
AXES_ENABLED = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, so that a Celery worker process can open the same test database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test_db.sqlite3")}
# Tasks run eagerly unless a test asks for the real worker (tests/conftest.py: echte_worker).
CELERY_TASK_ALWAYS_EAGER = True
# Content types and permissions are rebuilt by post_migrate after every flush, with new ids: restoring
# the serialized copy for a serialized_rollback test after a plain transactional test would insert them
# twice. Leave them out of the copy, so the order of transactional tests does not matter.
TEST_NON_SERIALIZED_APPS = ["django.contrib.contenttypes", "django.contrib.auth"]
