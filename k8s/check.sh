#!/usr/bin/env bash
# Offline check of the Kubernetes manifests (no cluster needed): render each overlay with kustomize, validate every
# object against the Kubernetes schemas and our rules (k8s/validate), and show that a broken manifest fails.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=k8s/target; mkdir -p "$OUT"

kustomize_build() { # overlay-dir
  if command -v kubectl >/dev/null && kubectl kustomize --help >/dev/null 2>&1; then
    kubectl kustomize "$1"
  else
    "$OUT/bin/kustomize" build "$1"
  fi
}

if ! command -v kubectl >/dev/null && [[ ! -x "$OUT/bin/kustomize" ]]; then
  echo "kubectl not found: fetching kustomize v5.5.0"
  mkdir -p "$OUT/bin"
  curl -fsSL --max-time 60 https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_amd64.tar.gz \
    | tar -xz -C "$OUT/bin" kustomize || true
fi

# Keycloak's version is written once, in the root pom.xml; the image tag must be the same.
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
image_tag=$(awk '/name: quay.io\/keycloak\/keycloak/ { getline; print $2 }' k8s/components/images/kustomization.yaml)
[[ -n "$keycloak_version" && "$image_tag" == "$keycloak_version" ]] \
  || { echo "Keycloak image tag $image_tag differs from pom.xml's keycloak.version $keycloak_version" >&2; exit 1; }
echo "Keycloak image tag = pom.xml's keycloak.version ($keycloak_version)"

npm ci --prefix k8s/validate --no-audit --no-fund --loglevel=error
node --test k8s/validate/ >"$OUT/validator-tests.log" || { cat "$OUT/validator-tests.log"; exit 1; }
echo "validator tests passed ($(grep -c '^ok' "$OUT/validator-tests.log") cases)"

if ! command -v kubectl >/dev/null && [[ ! -x "$OUT/bin/kustomize" ]]; then
  # Machines without kubectl and without access to GitHub cannot render the overlays; say so loudly.
  echo "WARNING: neither kubectl nor kustomize is available here: overlays NOT rendered or validated" >&2
  exit 0
fi

for overlay in dev prod; do
  kustomize_build "k8s/overlays/$overlay" >"$OUT/$overlay.yaml"
  node k8s/validate/validate.mjs "$OUT/$overlay.yaml"
done

# A deliberately broken manifest must fail: the dev overlay without the gateway's readiness probe.
node -e '
  const { parseAllDocuments, stringify } = require("./k8s/validate/node_modules/yaml");
  const fs = require("fs");
  const docs = parseAllDocuments(fs.readFileSync(process.argv[1], "utf8")).map((d) => d.toJS());
  delete docs.find((o) => o.kind === "Deployment" && o.metadata.name === "gateway").spec.template.spec.containers[0].readinessProbe;
  fs.writeFileSync(process.argv[2], docs.map((d) => stringify(d)).join("---\n"));' "$OUT/dev.yaml" "$OUT/broken.yaml"
if node k8s/validate/validate.mjs "$OUT/broken.yaml" >"$OUT/broken.log" 2>&1; then
  echo "the validator accepted a Deployment without a readiness probe" >&2; exit 1
fi
grep -q "no readinessProbe" "$OUT/broken.log"
echo "a broken manifest is refused: $(grep 'readinessProbe' "$OUT/broken.log" | head -1 | sed 's/^ *//')"
