#!/usr/bin/env bash
# What `make test` needs from the system besides Python: Debian's chromium (browser tests), a font
# and Pango (WeasyPrint PDFs), poppler (PDF checks), redis-server (fault tests start a throwaway one)
# and the PostgreSQL client (backup test). As root it installs what is missing with apt-get;
# otherwise it prints the one command to run and stops.
set -euo pipefail

nodig=()
command -v chromium >/dev/null 2>&1 || nodig+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || nodig+=(fonts-dejavu-core)
dpkg -s libpango-1.0-0 >/dev/null 2>&1 || nodig+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v pdftoppm >/dev/null 2>&1 || nodig+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || nodig+=(redis-server)
command -v pg_dump >/dev/null 2>&1 || nodig+=(postgresql-client)

[ ${#nodig[@]} -eq 0 ] && exit 0
opdracht="apt-get update && apt-get install -y ${nodig[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Systeempakketten installeren: ${nodig[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${nodig[@]}" >/dev/null
else
  echo "Voor de tests ontbreekt: ${nodig[*]}. Voer eenmalig uit:" >&2
  echo "  sudo sh -c '$opdracht'" >&2
  exit 1
fi
