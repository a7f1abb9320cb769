#!/usr/bin/env bash
# Runs the server test suite against a real PostgreSQL: a throwaway cluster (initdb into a
# temp dir, loopback only, trust auth, run as the postgres user), TEST_DATABASE_URL for
# the tests, then stops it and removes it. With --with-e2e it then runs the real-stack
# browser specs (those using tests/e2e/real-stack.ts) with the API on that PostgreSQL.
# Skips with a clear line only when PostgreSQL cannot be installed here at all; a failed
# initdb or start fails, as do failing tests.
#   bash server/scripts/test-with-postgres.sh [--with-e2e]       (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
WITH_E2E=0
[ "${1:-}" = "--with-e2e" ] && WITH_E2E=1

skip() { echo "test-with-postgres: SKIPPED: $*"; exit 0; }
die() { echo "test-with-postgres: FAILED: $*" >&2; exit 1; }

find_bin() {
  if [ -x /usr/local/bin/initdb ] && [ -x /usr/local/bin/pg_ctl ]; then echo /usr/local/bin; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
PG_BIN="$(find_bin || true)"
if [ -z "$PG_BIN" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then skip "PostgreSQL is not installed and apt-get as root is not available"; fi
  echo "test-with-postgres: installing Debian's postgresql"
  if ! timeout 300 bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'; then
    skip "apt-get install postgresql failed or took over 5 minutes"
  fi
  PG_BIN="$(find_bin || true)"
  [ -n "$PG_BIN" ] || die "postgresql was installed but has no server binaries under /usr/lib/postgresql"
fi

RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres || die "running as root and could not create a postgres user"
  fi
  RUN_AS=(runuser -u postgres --)
fi

WORK="$(mktemp -d /tmp/rcm-pg.XXXXXX)"
chmod 755 "$WORK"
[ "${#RUN_AS[@]}" -gt 0 ] && chown postgres "$WORK"
PORT="${PG_TEST_PORT:-55432}"
cleanup() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log"; die "initdb failed"; }
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=off" start >/dev/null \
  || { cat "$WORK/server.log"; die "the PostgreSQL server did not start"; }

VERSION="$("$PG_BIN/postgres" --version)"
echo "test-with-postgres: $VERSION on 127.0.0.1:$PORT"
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
timeout 1500 npx vitest run --project unit server/

if [ "$WITH_E2E" = 1 ]; then
  mapfile -t SPECS < <(grep -l "real-stack" tests/e2e/*.spec.ts)
  [ "${#SPECS[@]}" -gt 0 ] || die "no e2e spec uses tests/e2e/real-stack.ts"
  echo "test-with-postgres: real-stack e2e on PostgreSQL ($VERSION): ${SPECS[*]}"
  E2E_DATABASE_URL="$TEST_DATABASE_URL" timeout 1200 npx playwright test "${SPECS[@]}" --workers=1
fi
