#!/usr/bin/env bash
#
# Copyright 2026 The Promise Engine developers
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# The storefront's load test on loopback (docs/BENCHMARKS.md, "Storefront"): starts `serve` on the France demo
# network at a fixed demo instant, then wrk (Debian package `wrk`) for DURATION seconds per endpoint with
# CONNECTIONS connections on 2 threads: Shopify rates, a listing page of 6 products, a product page's badges.
# Only 127.0.0.1; the server and wrk share the machine's cores. Usage: examples/load/run.sh [DURATION] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DURATION="${1:-15}"
CONNECTIONS="${2:-16}"
JAR=examples/target/promise.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
LOG=$(mktemp)
java -Xmx512m -jar "$JAR" serve --port 0 --now 2026-09-17T10:15:00+02:00 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 100); do grep -q 'listening on' "$LOG" && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$LOG" | head -1)
echo "server $URL (pid $SERVER), $DURATION s per endpoint, $CONNECTIONS connections, wrk on 2 threads"
# warm-up: let the JIT compile the quote path before measuring
BODY=examples/load/shopify-rates.json wrk -t2 -c"$CONNECTIONS" -d10s -s examples/load/request.lua "$URL/shopify/rates" >/dev/null
BODY=examples/networks/listings/paris-bastille.json wrk -t2 -c"$CONNECTIONS" -d10s -s examples/load/request.lua "$URL/api/listing" >/dev/null
# the server's CPU time (user + system, in clock ticks) so far: per request it is steadier than the rate on a busy machine
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)
measure() { # NAME BODY URL SCRIPT
  local before after out n
  before=$(cpu)
  out=$(BODY="$2" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$4" "$3" | tail -1)
  after=$(cpu)
  n=$(echo "$out" | sed -E 's/^requests ([0-9]+),.*/\1/')
  awk -v name="$1" -v out="$out" -v ticks="$((after - before))" -v tick="$TICK" -v n="$n" \
    'BEGIN { printf "%-44s %s, server CPU %.3f ms/request\n", name, out, ticks * 1000 / tick / n }'
}
measure "POST /shopify/rates (2 lines to 75011):" examples/load/shopify-rates.json "$URL/shopify/rates" examples/load/request.lua
measure "POST /api/listing (6 products at 75011):" examples/networks/listings/paris-bastille.json "$URL/api/listing" examples/load/request.lua
measure "GET /api/products/TSHIRT-M/badges:" "" "$URL/api/products/TSHIRT-M/badges?postalCode=75011" examples/load/request.lua
