"""A Redis cache that fails open: when Redis is down, reads miss and writes are dropped.

Caching and rate limiting must never take the site down with them; a missing Redis is reported
by /health/ instead.
"""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _fail_open(method_name, fallback):
    def method(self, *args, **kwargs):
        try:
            return getattr(super(FailOpenRedisCache, self), method_name)(*args, **kwargs)
        except RedisError as exc:
            logger.warning("Cache %s mislukt, Redis onbereikbaar: %s", method_name, exc)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


class FailOpenRedisCache(RedisCache):
    get = _fail_open("get", lambda key, default=None, version=None: default)
    set = _fail_open("set", None)
    add = _fail_open("add", True)
    delete = _fail_open("delete", False)
    touch = _fail_open("touch", False)
    get_many = _fail_open("get_many", {})
    set_many = _fail_open("set_many", [])
    delete_many = _fail_open("delete_many", None)
    has_key = _fail_open("has_key", False)
    incr = _fail_open("incr", lambda key, delta=1, version=None: delta)
    clear = _fail_open("clear", None)
