# Shared helpers for the drills (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${CLEARLEDGER_BIN:-$root/.build/debug/clearledger}"
[ -x "$bin" ] || (cd "$root" && swift build -q)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
ok() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
cl() { "$bin" "$@"; }
# The sqlite3 shell waits for a busy ledger as clearledger does, instead of failing at once.
sql() { sqlite3 -cmd ".timeout 10000" "$@"; }
count_events() { sql "$CLEARLEDGER_DB" "SELECT count(*) FROM events"; }
max_position() { sql "$CLEARLEDGER_DB" "SELECT coalesce(max(position), 0) FROM events"; }
check_intact() {
  if cl verify >/dev/null; then ok "verify: the chain is intact ($(count_events) events)"; else fail "verify failed"; fi
  if [ "$(count_events)" = "$(max_position)" ]; then ok "positions are gap-free"; else fail "positions have gaps"; fi
}
finish() {
  if [ "$failures" -eq 0 ]; then echo "PASS: $1"; exit 0; fi
  echo "FAILED: $1 ($failures problems)"; exit 1
}
