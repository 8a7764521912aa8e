#!/bin/sh
# Creates the oracle virtualenv the boto3 cases are recorded with (conformance/io/boto3/record):
# CPython with the real boto3, pinned so that recordings are reproducible. Never needed by CI
# or `make test` (those run the recorded expectations under Pyex only).
set -e
VENV=${BOTO3_VENV:-/work/.cache/boto3-venv}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q boto3==1.43.11 botocore==1.43.11 s3transfer==0.17.0
echo "boto3 oracle venv ready: $VENV"
