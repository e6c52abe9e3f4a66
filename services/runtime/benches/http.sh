#!/usr/bin/env bash
# What taller-runtime adds per request, measured with wrk against a reference in the same run:
# bare axum vs the same handlers behind service::app (tracing, request id, CORS, body limit,
# problem mapping) with contract validation. Rounds alternate so that machine noise hits both.
# Usage: services/runtime/benches/http.sh [seconds-per-round] [rounds]
set -euo pipefail
here=$(cd "$(dirname "$0")/../../.." && pwd)
seconds=${1:-5}
rounds=${2:-3}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$here/target/runtime}
cargo build -q --release -p taller-runtime --example overhead --manifest-path "$here/Cargo.toml"
bare=127.0.0.1:18601
full=127.0.0.1:18602
RUST_LOG=warn "$CARGO_TARGET_DIR/release/examples/overhead" "$bare" "$full" &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 50); do
  curl -fs "http://$full/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
body='{"numero_serie":"A1234567-B","nombre":"Filtro de aceite","precio":12.5,"stock":3,"proveedor_id":"6f9619ff-8b86-4011-b42d-00c04fc964ff","contacto":"compras@taller.example","fecha_alta":"2024-02-29","revisado":"2024-05-31T09:30:00Z","equivalencias":[{"nombre":"OC 90","fabricante":"Mahle"}]}'
lua=$(mktemp)
cat >"$lua" <<LUA
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
LUA
# Requests per second; a run with any error answer does not count.
rate() {
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" "$@")
  if grep -q "Non-2xx" <<<"$out"; then
    echo "error answers during the run: $out" >&2
    exit 1
  fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
printf '%-24s %12s %12s %8s\n' endpoint "bare req/s" "app req/s" ratio
for round in $(seq "$rounds"); do
  for case in healthz piezas; do
    if [ "$case" = healthz ]; then
      b=$(rate "http://$bare/healthz"); f=$(rate "http://$full/healthz")
    else
      b=$(rate -s "$lua" "http://$bare/piezas"); f=$(rate -s "$lua" "http://$full/piezas")
    fi
    printf '%-24s %12s %12s %8s\n' "$case (round $round)" "$b" "$f" "$(awk -v b="$b" -v f="$f" 'BEGIN {printf "%.2f", f/b}')"
  done
done
rm -f "$lua"
