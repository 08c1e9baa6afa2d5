#!/usr/bin/env bash
# How long `./parcours up` takes as a newcomer meets it: from a fresh clone of this checkout's HEAD with an empty Maven
# repository, Maven wrapper and npm cache (cold), then started again on the same data after `./parcours down` (warm,
# twice). Each start ends when the README's whole-journey query answers completely, as `./parcours up` does.
#   bench/first-run.sh [WARM_STARTS]      (default 2)
# Uses the default ports: nothing else may run on them (stop your own platform first). Downloads ~600 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
WARM_STARTS=${1:-2}
WORK=$(mktemp -d)
trap '(cd "$WORK/parcours" 2>/dev/null && ./parcours down >/dev/null 2>&1) || true; rm -rf "$WORK"' EXIT

git clone -q . "$WORK/parcours"
export PARCOURS_HOME=$WORK/home MAVEN_USER_HOME=$WORK/m2 npm_config_cache=$WORK/npm-cache
# Maven 3.9 appends MAVEN_ARGS to every run: the wrapper's, the build's and the Keycloak download's.
export MAVEN_ARGS="-Dmaven.repo.local=$WORK/m2/repository"
cd "$WORK/parcours"

# One start: its total, and when each of its steps began (the lines ./parcours up prints in bold).
timed() { # label
  local started=$SECONDS rc=0
  ./parcours up 2>&1 | while IFS= read -r line; do printf '%4d %s\n' "$((SECONDS - started))" "$line"; done \
    >"$WORK/$1.log" || rc=$?
  grep -q 'Parcours is running' "$WORK/$1.log" && ((rc == 0)) || { tail -n 30 "$WORK/$1.log" >&2; exit 1; }
  printf '%s\t%s s\n' "$1" "$((SECONDS - started))"
  grep $'\e\\[1m' "$WORK/$1.log" | sed -e $'s/\e\\[[0-9;]*m//g' -e 's/^/    /'
}

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
timed cold
for ((i = 1; i <= WARM_STARTS; i++)); do
  started=$SECONDS
  ./parcours down >/dev/null
  printf 'down\t%s s\n' "$((SECONDS - started))"
  timed "warm-$i"
done
