#!/bin/sh
# Creates the oracle virtualenv used by ./record (never needed by CI or `cargo test`).
# Versions are pinned so recordings are reproducible.
set -e
VENV=${WEB_VENV:-/work/.cache/web-venv}
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q \
  fastapi==0.115.6 pydantic==2.10.4 httpx==0.28.1 jinja2==3.1.5 markdown==3.7 python-multipart==0.0.20
echo "oracle venv ready: $VENV"
