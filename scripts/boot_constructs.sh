#!/bin/bash
# Instructions per iteration of one construct run N times inside a booted
# app's function (scripts/boot_constructs.py lists the constructs), from
# cachegrind on the release `time_lambda` example: the difference between
# N copies and 1, over two warm boots. Collections make small N noisy: use
# N=401 for cheap constructs, 41 for expensive ones.
#
#   scripts/boot_constructs.sh TARGET_DIR KIND [N]
#   (build first: CARGO_TARGET_DIR=TARGET_DIR cargo build --release -p pyex --example time_lambda)
set -euo pipefail
T=$1; KIND=$2; N=${3:-101}
GEN="$(dirname "$0")/boot_constructs.py"
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
python3 "$GEN" "$KIND" 1 > "$D/a.py"
python3 "$GEN" "$KIND" "$N" > "$D/b.py"
run() {
  PYEX_APP=$1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$T/release/examples/time_lambda" boot "$2" 2>&1 | grep "I *refs" | awk '{print $NF}' | tr -d ,
}
a1=$(run "$D/a.py" 1); a3=$(run "$D/a.py" 3); b1=$(run "$D/b.py" 1); b3=$(run "$D/b.py" 3)
echo "$KIND $(( ((b3 - b1) - (a3 - a1)) / (2 * (N - 1)) ))"
