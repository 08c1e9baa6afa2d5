#!/usr/bin/env bash
# The local run's supervisor (./parcours, supervised): a service that exits on OutOfMemoryError (exit code 3, with
# -XX:+ExitOnOutOfMemoryError) is started again; any other exit ends it; ./parcours down (TERM) stops its JVM too.
# And its PID files: one naming a process that is not the platform's is not trusted.
set -uo pipefail
cd "$(dirname "$0")/.."
eval "$(sed -n '/^supervised()/,/^}/p; /^pid_of()/p; /^running()/,/^}/p' parcours)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0 failed=0
# Polls a condition every 0.1 s, at most N times: no fixed waits.
until_true() { local i; for ((i = 0; i < $1; i++)); do eval "$2" && return 0; sleep 0.1; done; return 1; }
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok $1"; else failed=$((failed + 1)); echo "not ok $1"; fi; }

# Out of memory twice, then a clean exit: three runs.
runs="$work/runs"
( supervised bash -c "echo run >> '$runs'; [[ \$(wc -l < '$runs') -ge 3 ]] || exit 3" ) 2>/dev/null
check "restarted after OutOfMemoryError until the service exits cleanly" '[[ $(wc -l < "$runs") -eq 3 ]]'

# Another failure is not an out-of-memory exit: one run, its exit code kept.
: > "$runs"
( supervised bash -c "echo run >> '$runs'; exit 1" ) 2>/dev/null; code=$?
check "another exit ends it, with its code" '[[ $(wc -l < "$runs") -eq 1 && $code -eq 1 ]]'

# TERM (./parcours down) stops the supervisor and the process it runs.
# The service is named uniquely, so that no other sleep on the machine is taken for it.
( supervised bash -c 'exec -a parcours-supervised-test-service sleep 300' ) & supervisor=$!
until_true 50 'pgrep -f "^parcours-supervised-test-service" >/dev/null' || echo "(the service did not start)"
kill "$supervisor"; wait "$supervisor" 2>/dev/null
until_true 50 '! pgrep -f "^parcours-supervised-test-service" >/dev/null'
check "TERM stops the supervisor and its service" '! pgrep -f "^parcours-supervised-test-service" >/dev/null'

# PID files: a live process of the platform is running; another process with the same PID file is not.
ROOT=$(pwd) STATE="$work/home"
mkdir -p "$STATE/pids"
bash -c "exec -a 'java -jar $STATE/local-stack.jar' sleep 300" & ours=$!
sleep 300 & stranger=$!
until_true 50 '[[ $(tr "\0" " " <"/proc/$ours/cmdline" 2>/dev/null) == *local-stack.jar* ]]'
echo "$ours" >"$STATE/pids/mongo.pid"
echo "$stranger" >"$STATE/pids/postgres.pid"
check "a PID file of the platform's own process is trusted" 'running mongo'
check "a PID file naming another process is not" '! running postgres'
kill "$ours" "$stranger"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
