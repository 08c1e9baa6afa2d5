// node --test k8s/validate: the validator accepts a sound set of objects and refuses each kind of broken one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allProblems } from './rules.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const probe = (path) => ({ httpGet: { path, port: 'http' } });

function sound() {
  const labels = { 'app.kubernetes.io/name': 'persona-service' };
  return [
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'persona-service' }, spec: {
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: {
        securityContext: { runAsNonRoot: true },
        containers: [{ name: 'persona-service', image: 'ghcr.io/parcours/persona-service:0.1.0',
          ports: [{ name: 'http', containerPort: 8081 }],
          envFrom: [{ configMapRef: { name: 'persona-service' } }],
          env: [{ name: 'JAVA_OPTS_APPEND', value: '-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError' }],
          resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
          startupProbe: probe('/q/health/started'), livenessProbe: probe('/q/health/live'),
          readinessProbe: probe('/q/health/ready') }] } } } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'persona-service' }, data: { PG_HOST: 'persona-db' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'persona-service' }, spec: {
      selector: labels, ports: [{ name: 'http', port: 8081, targetPort: 'http' }] } },
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'persona-db' }, spec: {
      serviceName: 'persona-db', selector: { matchLabels: { app: 'persona-db' } },
      template: { metadata: { labels: { app: 'persona-db' } }, spec: {
        containers: [{ name: 'postgres', image: 'postgres:16-alpine',
          args: ['-c', 'fsync=on', '-c', 'synchronous_commit=on'] }] } } } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'persona-from-gateway' }, spec: {
      podSelector: { matchLabels: labels }, policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: labels } }] }] } },
  ];
}

async function problemsAfter(change) {
  const objects = sound();
  change(objects);
  return allProblems(objects, repoRoot);
}

const container = (objects) => objects[0].spec.template.spec.containers[0];

test('a sound set has no problems', async () => {
  assert.deepEqual(await problemsAfter(() => {}), []);
});

const broken = {
  'a Deployment without a readiness probe': [(o) => delete container(o).readinessProbe, /no readinessProbe/],
  'a Deployment without a memory limit': [(o) => delete container(o).resources.limits, /needs a memory limit/],
  'a Deployment that may run as root': [(o) => delete o[0].spec.template.spec.securityContext, /non-root/],
  'an image without a tag': [(o) => { container(o).image = 'ghcr.io/parcours/persona-service'; }, /has no tag/],
  'a Service that selects no pod': [(o) => { o[2].spec.selector = { 'app.kubernetes.io/name': 'typo' }; }, /selects no pod/],
  'a NetworkPolicy that selects no pod': [(o) => { o[4].spec.podSelector.matchLabels = { app: 'gone' }; }, /podSelector selects no pod/],
  'a NetworkPolicy allowing pods that do not exist': [(o) => { o[4].spec.ingress[0].from[0].podSelector.matchLabels = { app: 'gone' }; }, /do not exist/],
  'a port the service does not listen on': [(o) => { container(o).ports[0].containerPort = 9999; }, /listens on 8081/],
  'a health path the service does not serve': [(o) => { container(o).livenessProbe.httpGet.path = '/health'; }, /livenessProbe path/],
  'an environment variable the service does not read': [(o) => { o[1].data.PG_HOSTNAME = 'x'; }, /PG_HOSTNAME is not read/],
  'a PostgreSQL server acknowledging commits before they are on disk': [(o) => { o[3].spec.template.spec.containers[0].args = ['-c', 'synchronous_commit=off']; }, /synchronous_commit=on/],
  'a service that would linger after OutOfMemoryError': [(o) => { container(o).env = []; }, /ExitOnOutOfMemoryError/],
  'a field of the wrong type': [(o) => { o[0].spec.replicas = 'two'; }, /Deployment\/persona-service: .*replicas/],
  'a missing required field': [(o) => { delete o[2].spec.ports[0].port; }, /Service\/persona-service: .*port/],
};

for (const [what, [change, expected]] of Object.entries(broken)) {
  test(`refuses ${what}`, async () => {
    const problems = await problemsAfter(change);
    assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} among ${JSON.stringify(problems)}`);
  });
}
