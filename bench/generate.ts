import fs from 'node:fs';
import path from 'node:path';

/** Objects per generated service: Deployment, Service, HPA, PDB, ServiceMonitor. */
export const OBJECTS_PER_SERVICE = 5;

export interface SetOptions {
  /** Total objects (rounded down to whole services). */
  objects: number;
  /** Every workload misses its requests (the findings-heavy variant). */
  findingsHeavy?: boolean;
  /** Services per file: GitOps repositories mix one-file-per-service and bundles. */
  servicesPerFile?: number;
}

function service(index: number, heavy: boolean): string {
  const name = `svc-${index}`;
  const namespace = `team-${index % 40}`;
  // One service in 25 carries a realistic mistake, so a clean run still has some findings.
  const flawed = index % 25 === 0;
  const resources = heavy
    ? '          resources:\n            limits: {memory: 256Mi}\n'
    : `          resources:\n            requests: {cpu: ${100 + (index % 7) * 50}m, memory: ${128 + (index % 5) * 64}Mi}\n            limits: {cpu: "1", memory: 512Mi}\n`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
  labels: {app: ${name}, tier: backend}
spec:
${flawed ? '  replicas: 3\n' : ''}  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}, tier: backend}
    spec:
      containers:
        - name: app
          image: registry.example.com/${name}:1.${index % 10}.0
          ports:
            - {name: http, containerPort: 8080}
            - {name: metrics, containerPort: 9090}
${resources}          readinessProbe:
            httpGet: {path: /ready, port: http}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
  labels: {app: ${name}}
spec:
  selector: {app: ${name}}
  ports:
    - {name: http, port: 80, targetPort: http}
    - {name: metrics, port: 9090, targetPort: metrics}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: ${flawed ? 1 : 2}
  maxReplicas: ${6 + (index % 10)}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
  behavior:
    scaleUp:
      stabilizationWindowSeconds: 0
      policies:
        - {type: Pods, value: 4, periodSeconds: 60}
    scaleDown:
      stabilizationWindowSeconds: ${flawed ? 0 : 300}
      policies:
        - {type: Pods, value: 1, periodSeconds: 60}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: ${name}}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    matchLabels: {app: ${name}}
  endpoints:
    - {port: metrics, interval: 30s}
`;
}

/** Writes a manifest set into `directory` (emptied first); returns the number of files. */
export function writeManifestSet(directory: string, options: SetOptions): number {
  fs.rmSync(directory, { recursive: true, force: true });
  const services = Math.floor(options.objects / OBJECTS_PER_SERVICE);
  const perFile = options.servicesPerFile ?? 2;
  let files = 0;
  for (let first = 0; first < services; first += perFile) {
    const group = Math.floor(first / 500);
    const folder = path.join(directory, `group-${group}`);
    if (first % 500 === 0) {
      fs.mkdirSync(folder, { recursive: true });
    }
    const documents: string[] = [];
    for (let index = first; index < Math.min(first + perFile, services); index++) {
      documents.push(service(index, options.findingsHeavy === true));
    }
    fs.writeFileSync(path.join(folder, `services-${first}.yaml`), documents.join('---\n'));
    files++;
  }
  return files;
}

/** One small file: the pre-commit case. */
export function writeSmallFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, service(1, false));
}

export interface SpecOptions {
  workloads: number;
  environments: string[];
  /**
   * The base's kustomization adds labels (as the seeds' bases do), so it must be rendered by
   * Kustomize; without, it only lists files and is read directly.
   */
  baseLabels?: boolean;
}

function baseWorkload(name: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app.kubernetes.io/name: ${name}}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: ${name}}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ${name}}
    spec:
      containers:
        - name: ${name}
          image: registry.example.com/${name}:1.0.0
          ports:
            - {name: http, containerPort: 8080}
            - {name: metrics, containerPort: 9090}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app.kubernetes.io/name: ${name}}
  ports:
    - {name: http, port: 80, targetPort: http}
    - {name: metrics, port: 9090, targetPort: metrics}
`;
}

/**
 * One spec workload. The mix follows the seeds: most scale on CPU with an HPA, one in
 * five adds a custom metric (prometheus-adapter rule), one in ten is a KEDA worker, and
 * all have a PDB, a ServiceMonitor and alerts; one in four has an Ingress.
 */
function specWorkload(name: string, index: number): string {
  const keda = index % 10 === 9;
  const lines = [
    `    ${name}:`,
    `      resources:`,
    `        requests: {cpu: ${100 + (index % 5) * 100}m, memory: ${256 + (index % 4) * 128}Mi}`,
    `        limits: {memory: 1Gi}`,
  ];
  if (keda) {
    lines.push(
      `      autoscaler: keda`,
      `      replicas: {min: 0, max: ${10 + (index % 5)}}`,
      `      scaleOn:`,
      `        metrics:`,
      `          - {name: jobs_waiting_${index}, type: External, averageValue: 5, selector: {queue: q${index}}}`,
      `      keda: {pollingInterval: 15s, cooldownPeriod: 5m}`,
    );
  } else {
    lines.push(
      `      replicas: {min: 2, max: ${6 + (index % 10)}}`,
      `      scaleOn:`,
      `        cpu: ${60 + (index % 4) * 5}%`,
    );
    if (index % 5 === 0) {
      lines.push(
        `        metrics:`,
        `          - {name: http_requests_per_second, averageValue: 100}`,
      );
    }
    lines.push(`      scaleDown: {stabilization: 5m, maxPods: 1, period: 60s}`);
    lines.push(`      disruption: {maxUnavailable: 1}`);
  }
  lines.push(`      monitoring: {port: metrics}`, `      alerts: {latencyP95: 1s}`);
  if (index % 4 === 0) {
    lines.push(`      ingress: {host: ${name}.example.com}`);
  }
  return lines.join('\n');
}

/**
 * A ScalePlan with `workloads` workloads and the given environments, plus its base (one
 * Deployment and one Service per workload); returns the spec path.
 */
export function writeSpec(directory: string, options: SpecOptions): string {
  fs.rmSync(directory, { recursive: true, force: true });
  const base = path.join(directory, 'base');
  fs.mkdirSync(base, { recursive: true });
  const names = Array.from({ length: options.workloads }, (_, index) => `svc-${index}`);
  for (const name of names) {
    fs.writeFileSync(path.join(base, `${name}.yaml`), baseWorkload(name));
  }
  fs.writeFileSync(
    path.join(base, 'kustomization.yaml'),
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${options.baseLabels ? 'labels:\n  - pairs: {app.kubernetes.io/part-of: bench}\n' : ''}resources:\n${names.map((name) => `  - ${name}.yaml`).join('\n')}\n`,
  );
  const environments = options.environments.map((environment, index) =>
    index === options.environments.length - 1
      ? `    ${environment}: {namespace: platform}`
      : `    ${environment}:\n      namespace: platform-${environment}\n      workloads:\n${names
          .filter((_, workload) => workload % 3 === 0 && workload % 10 !== 9)
          .map((name) => `        ${name}: {replicas: {min: 1, max: 3}}`)
          .join('\n')}`,
  );
  const spec = `apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata:
  name: bench
spec:
  base: ./base
  namespace: platform
  quotas:
    compute: {cpu: "1000", memory: 4Ti, pods: 4000}
  workloads:
${names.map((name, index) => specWorkload(name, index)).join('\n')}
  environments:
${environments.join('\n')}
`;
  const specPath = path.join(directory, 'scaleplan.yaml');
  fs.writeFileSync(specPath, spec);
  return specPath;
}
