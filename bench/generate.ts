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
