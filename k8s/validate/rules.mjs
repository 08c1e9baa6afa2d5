// Parcours' checks of rendered Kubernetes objects: schema validity (kubernetes-models, the Kubernetes 1.27 JSON
// schemas) and our own rules. Each returns problems as "Kind/name: what is wrong".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROBES = ['startupProbe', 'livenessProbe', 'readinessProbe'];
const HEALTH_PATHS = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };
// Read by the container image's start script, not by the application.
const IMAGE_ENV = new Set(['JAVA_OPTS_APPEND']);

const id = (o) => `${o.kind}/${o.metadata?.name}`;
const podTemplates = (objects) => objects.filter((o) => o.spec?.template?.metadata?.labels)
  .map((o) => ({ owner: o, labels: o.spec.template.metadata.labels, spec: o.spec.template.spec }));
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

export async function schemaProblems(object) {
  let models;
  try {
    models = await import(`kubernetes-models/${object.apiVersion}`);
  } catch {
    return [`${id(object)}: unknown apiVersion ${object.apiVersion}`];
  }
  const Model = models[object.kind];
  if (!Model) return [`${id(object)}: unknown kind ${object.kind} in ${object.apiVersion}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${id(object)}: ${error.message.split('\n').slice(0, 3).join(' ')}`];
  }
}

export function deploymentProblems(objects) {
  const problems = [];
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const pod = deployment.spec?.template?.spec ?? {};
    for (const container of pod.containers ?? []) {
      const where = `${id(deployment)} container ${container.name}`;
      for (const probe of PROBES) if (!container[probe]) problems.push(`${where}: no ${probe}`);
      const { requests = {}, limits = {} } = container.resources ?? {};
      if (!requests.cpu || !requests.memory) problems.push(`${where}: needs cpu and memory requests`);
      if (!limits.memory) problems.push(`${where}: needs a memory limit`);
      const nonRoot = container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
      if (nonRoot !== true) problems.push(`${where}: must run as non-root (runAsNonRoot: true)`);
      if (!/[:@]/.test(container.image.split('/').pop())) problems.push(`${where}: image ${container.image} has no tag`);
      // A Quarkus service out of memory must exit, so that Kubernetes restarts it, not linger half-alive.
      const isService = container.livenessProbe?.httpGet?.path === HEALTH_PATHS.livenessProbe;
      const javaOptions = (container.env ?? []).find((e) => e.name === 'JAVA_OPTS_APPEND')?.value ?? '';
      if (isService && !javaOptions.includes('-XX:+ExitOnOutOfMemoryError')) {
        problems.push(`${where}: JAVA_OPTS_APPEND must hold -XX:+ExitOnOutOfMemoryError`);
      }
    }
  }
  return problems;
}

export function selectorProblems(objects) {
  const pods = podTemplates(objects);
  const problems = [];
  for (const service of objects.filter((o) => o.kind === 'Service')) {
    const selector = service.spec?.selector;
    if (!selector || !pods.some((p) => matches(selector, p.labels))) {
      problems.push(`${id(service)}: selects no pod (${JSON.stringify(selector)})`);
    }
  }
  for (const policy of objects.filter((o) => o.kind === 'NetworkPolicy')) {
    const selector = policy.spec?.podSelector?.matchLabels;
    if (selector && !pods.some((p) => matches(selector, p.labels))) {
      problems.push(`${id(policy)}: podSelector selects no pod (${JSON.stringify(selector)})`);
    }
    for (const rule of policy.spec?.ingress ?? []) {
      for (const peer of rule.from ?? []) {
        const from = peer.podSelector?.matchLabels;
        if (from && !peer.namespaceSelector && !pods.some((p) => matches(from, p.labels))) {
          problems.push(`${id(policy)}: allows traffic from pods that do not exist (${JSON.stringify(from)})`);
        }
      }
    }
  }
  return problems;
}

// A Deployment named like a module of this repository must agree with that module's application.properties:
// the port it listens on, the health paths, and every environment variable it is given.
export function serviceConfigProblems(objects, repoRoot) {
  const problems = [];
  const byName = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const module = deployment.metadata.name;
    const file = join(repoRoot, module, 'src', 'main', 'resources', 'application.properties');
    if (!existsSync(file)) continue;
    const properties = readFileSync(file, 'utf8');
    const port = Number(/^quarkus\.http\.port=(\d+)/m.exec(properties)?.[1]);
    const container = deployment.spec.template.spec.containers[0];
    const containerPort = container.ports?.find((p) => p.name === 'http')?.containerPort;
    if (containerPort !== port) problems.push(`${id(deployment)}: container port ${containerPort}, but ${module} listens on ${port}`);
    for (const probe of PROBES) {
      const path = container[probe]?.httpGet?.path;
      if (path !== HEALTH_PATHS[probe]) problems.push(`${id(deployment)}: ${probe} path ${path}, expected ${HEALTH_PATHS[probe]}`);
    }
    const names = (container.env ?? []).map((e) => e.name);
    for (const source of container.envFrom ?? []) {
      const ref = source.configMapRef ?? source.secretRef;
      const object = byName(source.configMapRef ? 'ConfigMap' : 'Secret', ref.name);
      if (!object) problems.push(`${id(deployment)}: envFrom ${ref.name} does not exist`);
      names.push(...Object.keys({ ...object?.data, ...object?.stringData }));
    }
    for (const name of names) {
      if (!IMAGE_ENV.has(name) && !properties.includes(`\${${name}:`) && !properties.includes(`\${${name}}`)) {
        problems.push(`${id(deployment)}: environment variable ${name} is not read by ${module}'s application.properties`);
      }
    }
    for (const image of ['Dockerfile.jvm', 'Dockerfile.native']) {
      const dockerfile = join(repoRoot, module, 'src', 'main', 'docker', image);
      const exposed = existsSync(dockerfile) ? Number(/^EXPOSE (\d+)/m.exec(readFileSync(dockerfile, 'utf8'))?.[1]) : port;
      if (exposed !== port) problems.push(`${module}/src/main/docker/${image}: EXPOSE ${exposed}, but ${module} listens on ${port}`);
    }
    const service = byName('Service', module);
    const target = service?.spec?.ports?.[0]?.targetPort;
    if (service && target !== 'http' && target !== port) problems.push(`${id(service)}: targetPort ${target}, expected http`);
  }
  return problems;
}

// What a store acknowledged must survive its crash: PostgreSQL servers keep fsync and synchronous commit on, and
// feedback-service writes to MongoDB with write concern majority, journaled.
export function durabilityProblems(objects) {
  const problems = [];
  for (const set of objects.filter((o) => o.kind === 'StatefulSet')) {
    for (const container of set.spec?.template?.spec?.containers ?? []) {
      if (!/^postgres[:@]/.test(container.image.split('/').pop())) continue;
      const args = (container.args ?? []).join(' ');
      for (const setting of ['fsync=on', 'synchronous_commit=on']) {
        if (!args.includes(setting)) problems.push(`${id(set)} container ${container.name}: args must set -c ${setting}`);
      }
    }
  }
  const feedback = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === 'feedback-service');
  if (feedback && (feedback.data?.MONGO_WRITE_CONCERN !== 'majority' || feedback.data?.MONGO_JOURNAL !== 'true')) {
    problems.push(`${id(feedback)}: MONGO_WRITE_CONCERN must be majority and MONGO_JOURNAL true`);
  }
  return problems;
}

export async function allProblems(objects, repoRoot) {
  const problems = [];
  for (const object of objects) problems.push(...await schemaProblems(object));
  return [...problems, ...deploymentProblems(objects), ...selectorProblems(objects),
    ...serviceConfigProblems(objects, repoRoot), ...durabilityProblems(objects)];
}
