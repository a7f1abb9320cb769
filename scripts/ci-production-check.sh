#!/usr/bin/env bash
# CI: the production path, in a fresh copy of the working tree (so the rest of CI keeps
# its dev dependencies): npm ci && npm run build && npm prune --omit=dev, then
# NODE_ENV=production npm start must serve /, /api/v1/jurisdictions and /readyz on one
# port without tsx, refuse the public sample token (401), and refuse to start (non-zero,
# naming them) without its required settings or with a sample token configured.
#   bash scripts/ci-production-check.sh        (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="$(mktemp -d /tmp/rcm-prod.XXXXXX)"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "ci-production-check: FAILED: $*" >&2; [ -f "$WORK/server.log" ] && tail -n 40 "$WORK/server.log" >&2; exit 1; }

echo "ci-production-check: copying the working tree (tracked and untracked, not ignored) to $WORK/app"
mkdir -p "$WORK/app"
git ls-files -z --cached --others --exclude-standard | (cd "$ROOT" && tar --null -T - -cf -) | tar -xf - -C "$WORK/app"
cd "$WORK/app"

echo "--- npm ci && npm run build && npm prune --omit=dev"
npm ci --no-audit --no-fund --prefer-offline >/dev/null
npm run build >/dev/null
npm prune --omit=dev --no-audit --no-fund >/dev/null
[ ! -e node_modules/tsx ] || fail "tsx is still installed after npm prune --omit=dev"
[ ! -e node_modules/vite ] || fail "vite is still installed after npm prune --omit=dev"

PORT="$(node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
BASE="http://127.0.0.1:$PORT"
TOKEN="ci-$(node -e 'console.log(require("node:crypto").randomBytes(24).toString("hex"))')"
SAMPLE_TOKEN="$(grep -o "dev-admin-[0-9a-f]*" "$ROOT/src/auth/sample-users.ts" | head -n 1)"
[ -n "$SAMPLE_TOKEN" ] || fail "could not find the sample admin token in src/auth/sample-users.ts"
PROD_ENV=(NODE_ENV=production HOST=127.0.0.1 PORT="$PORT" DATA_DIR="$WORK/data" LOG_LEVEL=info
  API_TOKENS="[{\"name\":\"ci-admin\",\"role\":\"admin\",\"token\":\"$TOKEN\"}]")

echo "--- refuses to start without its required settings"
if env -i PATH="$PATH" HOME="$HOME" NODE_ENV=production PORT="$PORT" npm start --silent >"$WORK/missing.log" 2>&1; then
  fail "started without API_TOKENS and DATA_DIR"
fi
grep -q "API_TOKENS" "$WORK/missing.log" || fail "the refusal does not name API_TOKENS: $(cat "$WORK/missing.log")"
grep -q "DATA_DIR" "$WORK/missing.log" || fail "the refusal does not name DATA_DIR: $(cat "$WORK/missing.log")"
echo "ok: $(grep -m1 "production needs" "$WORK/missing.log")"
if env -i PATH="$PATH" HOME="$HOME" "${PROD_ENV[@]}" API_TOKENS="[{\"name\":\"x\",\"role\":\"admin\",\"token\":\"$SAMPLE_TOKEN\"}]" npm start --silent >"$WORK/sample.log" 2>&1; then
  fail "started with the public sample token in API_TOKENS"
fi
grep -q "sample token" "$WORK/sample.log" || fail "the refusal does not say why: $(cat "$WORK/sample.log")"
echo "ok: $(grep -m1 "sample token" "$WORK/sample.log")"

echo "--- NODE_ENV=production npm start on $BASE"
env -i PATH="$PATH" HOME="$HOME" "${PROD_ENV[@]}" npm start --silent >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "$BASE/readyz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited during start"
  sleep 1
done
check() { # name, expected status, curl args...
  local name="$1" want="$2"; shift 2
  local got; got="$(curl -s -o "$WORK/body" -w '%{http_code}' "$@")"
  [ "$got" = "$want" ] || fail "$name: HTTP $got, expected $want: $(head -c 300 "$WORK/body")"
  echo "ok: $name -> $got"
}
check "GET /readyz" 200 "$BASE/readyz"
check "GET / (the SPA)" 200 "$BASE/"
grep -q '<div id="root">' "$WORK/body" || fail "GET / is not the built index.html"
curl -sI "$BASE/" | grep -qi "^content-security-policy: default-src 'self'" || fail "GET / has no Content-Security-Policy"
check "GET /?state=TX (a client-side route)" 200 "$BASE/?state=TX"
check "GET /api/v1/jurisdictions" 200 "$BASE/api/v1/jurisdictions"
node -e 'const j=JSON.parse(require("node:fs").readFileSync(process.argv[1],"utf8")); if(!Array.isArray(j)||j.length!==56) process.exit(1)' "$WORK/body" \
  || fail "/api/v1/jurisdictions is not the 56 jurisdictions"
check "GET /api/v1/audit with the sample token" 401 -H "Authorization: Bearer $SAMPLE_TOKEN" "$BASE/api/v1/audit"
check "GET /api/v1/audit with the configured token" 200 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/audit"
check "GET /assets/missing.js" 404 "$BASE/assets/missing.js"

# npm forwards SIGTERM to the server; npm's own exit status then reports the signal, so the
# server's clean exit is read from its log
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" || true
SERVER_PID=""
grep -q '"msg":"database closed; bye"' "$WORK/server.log" || fail "the server did not drain and close its database on SIGTERM"
echo "ok: SIGTERM -> drained, database closed"
echo "ci-production-check: passed (one process, one port, no tsx)"
