FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=visieleren.settings.production
RUN apt-get update && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/base.txt
COPY . .
RUN SECRET_KEY=build-only-key-that-is-long-enough-for-the-production-settings-check python manage.py collectstatic --noinput
RUN groupadd --gid 10001 visieleren && useradd --create-home --uid 10001 --gid 10001 visieleren \
    && mkdir -p /data/private && chown visieleren /data/private
USER 10001
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && gunicorn visieleren.wsgi:application --bind 0.0.0.0:8000"]
