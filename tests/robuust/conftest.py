import pytest

from tests.robuust.diensten import celery_naar, eigen_redis


@pytest.fixture
def broker_plat():
    """Celery sends to a throwaway Redis that has been stopped (the broker is down)."""
    with eigen_redis() as (url, stop):
        stop()
        with celery_naar(url):
            yield url
