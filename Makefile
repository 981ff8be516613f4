# Visieleren: the two commands are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-sqlite-smoke lint format lock bench load worker clean backup restore systeem

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is nodig ($(PYTHON) niet gevonden)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) requirements/dev.txt
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	touch $(STAMP)

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "Visieleren draait op http://127.0.0.1:8000 (passkeys: http://localhost:8000; stoppen met Ctrl+C)"
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP) systeem
	$(PY) -m pytest

# System packages the tests need (chromium, fonts, Pango, …): installed when root, else the command.
systeem:
	@scripts/systeempakketten.sh

# The embedded default (SQLite, no Redis) must keep working: migrate, seed and a smoke test.
test-sqlite-smoke: $(STAMP)
	DATABASE_URL= REDIS_URL= $(PY) -m pytest -m smoke -p no:cacheprovider

# Response times and query counts of the busiest pages on generated data (not part of `make test`).
bench: $(STAMP)
	$(PY) bench/run.py
	$(PY) bench/pseudoniemen.py

# 100 simulated users against gunicorn (production settings), PostgreSQL, Redis and Celery on this
# machine; once with one web process and one worker, once with two of each. Writes load/RESULTS.md.
load: $(STAMP)
	$(PY) load/run.py

# Database (pg_dump or dumpdata) plus private files into backups/<date-time>/; restore with
# `make restore BACKUP=backups/<date-time>` into the database of DATABASE_URL.
backup: $(STAMP)
	$(PY) manage.py backup

restore: $(STAMP)
	@test -n "$(BACKUP)" || { echo "Gebruik: make restore BACKUP=backups/<map>"; exit 1; }
	$(PY) manage.py restore "$(BACKUP)"

worker: $(STAMP)
	$(VENV)/bin/celery -A visieleren worker -l info

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

lock:
	cd requirements && uv pip compile --python-version 3.11 --generate-hashes base.in -o base.txt
	cd requirements && uv pip compile --python-version 3.11 --generate-hashes dev.in -o dev.txt

clean:
	rm -rf $(VENV) .pytest_cache .test_db.sqlite3* .test_private_media staticfiles
