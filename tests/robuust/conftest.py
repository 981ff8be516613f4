import pytest

from tests.robuust.diensten import eigen_redis


@pytest.fixture
def broker_plat():
    """Celery sends to a throwaway Redis that has been stopped (the broker is down)."""
    from visieleren.celery import app

    with eigen_redis() as (url, stop):
        stop()
        oud_url, oud_eager = app.conf.broker_url, app.conf.task_always_eager
        oud_pool = app._pool
        app.conf.broker_url, app.conf.task_always_eager = url, False
        app._pool = None
        try:
            yield url
        finally:
            if app._pool is not None:
                app._pool.force_close_all()
            app.conf.broker_url, app.conf.task_always_eager = oud_url, oud_eager
            app._pool = oud_pool
