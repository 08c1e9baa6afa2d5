#!/usr/bin/env bash
# Checks the monitoring files with Prometheus' own tools (Debian's prometheus package: promtool and the server).
#   k8s/monitoring/check.sh            the rules parse, their unit tests pass, every dashboard query parses
#   k8s/monitoring/check.sh --local    and a real Prometheus scrapes the running local platform (./parcours up)
#                                      with the rules loaded: every service up, the rules evaluated, Parcours'
#                                      own series present
set -euo pipefail
cd "$(dirname "$0")"
OUT=../target/monitoring
mkdir -p "$OUT"

if ! command -v promtool >/dev/null; then
  echo "installing Debian's prometheus package (promtool and the server)"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi

promtool check rules rules.yml
promtool test rules rules.test.yml

# The dashboard's queries, as recording rules, so that promtool parses each one.
node -e '
  const panels = JSON.parse(require("fs").readFileSync("grafana-dashboard.json", "utf8")).panels;
  const rules = panels.flatMap((panel, i) => panel.targets.map((target, j) =>
    `      - record: dashboard:panel_${i}_${j}\n        expr: ${JSON.stringify(target.expr)}`));
  console.log(`groups:\n  - name: dashboard\n    rules:\n${rules.join("\n")}`);' >"$OUT/dashboard-queries.yml"
promtool check rules "$OUT/dashboard-queries.yml" | sed 's/^/  dashboard: /'

[[ "${1:-}" == --local ]] || exit 0

PORT=${PARCOURS_PROMETHEUS_PORT:-9099}
API=http://127.0.0.1:$PORT/api/v1
cat >"$OUT/prometheus.yml" <<CONFIG
global: {scrape_interval: 2s, evaluation_interval: 2s}
rule_files: [$PWD/rules.yml]
scrape_configs:
$(for job in gateway:8080 persona-service:8081 touchpoint-service:8082 feedback-service:8083; do
  printf '  - job_name: %s\n    metrics_path: /q/metrics\n    static_configs: [{targets: ["127.0.0.1:%s"]}]\n' "${job%%:*}" "${job##*:}"
done)
CONFIG
rm -rf "$OUT/data"
prometheus --config.file="$OUT/prometheus.yml" --storage.tsdb.path="$OUT/data" \
  --web.listen-address="127.0.0.1:$PORT" >"$OUT/prometheus.log" 2>&1 &
prometheus=$!
trap 'kill $prometheus 2>/dev/null || true' EXIT

query() { # PromQL → number of series in the answer
  curl -fsS --max-time 5 "$API/query" --data-urlencode "query=$1" \
    | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).data.result.length)'
}
# Until every service was scraped successfully and the rules were evaluated (a few scrape intervals).
for ((i = 0; i < 60; i++)); do
  up=$(query 'up == 1' 2>/dev/null || echo 0)
  recorded=$(query 'job:parcours_http_requests:rate5m' 2>/dev/null || echo 0)
  [[ "$up" == 4 && "$recorded" -ge 1 ]] && break
  sleep 1
done
[[ "$up" == 4 ]] || { echo "Prometheus scraped $up of 4 services (log: $OUT/prometheus.log)" >&2; exit 1; }
[[ "$recorded" -ge 1 ]] || { echo "the recording rules produced nothing" >&2; exit 1; }
groups=$(curl -fsS "$API/rules" | node -e '
  const groups = JSON.parse(require("fs").readFileSync(0)).data.groups;
  const broken = groups.flatMap((g) => g.rules).filter((r) => r.health !== "ok");
  if (broken.length) { console.error(JSON.stringify(broken)); process.exit(1); }
  console.log(groups.map((g) => `${g.name} (${g.rules.length})`).join(", "));')
queues=$(query 'parcours_feedback_queue_due')
subgraphs=$(query 'parcours_gateway_subgraph_up == 1')
[[ "$queues" == 3 && "$subgraphs" == 3 ]] \
  || { echo "expected 3 queue gauges and 3 subgraphs up, got $queues and $subgraphs" >&2; exit 1; }
echo "Prometheus scraped the 4 services, loaded $groups, every rule healthy; 3 queues and 3 subgraphs reported"
