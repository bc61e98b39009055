import type { FieldPath } from '../../source/locate.js';
import { asArray, asObject, getPath, type JsonObject, type Manifest } from '../manifest.js';

/** Where each workload kind keeps its pod template. */
const POD_TEMPLATE_PATHS: Readonly<Record<string, FieldPath>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Kinds with a `scale` subresource that an HPA, KEDA or a replica count drives. */
export const SCALABLE_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
]);

export const WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  ...Object.keys(POD_TEMPLATE_PATHS),
  'Pod',
]);

export type ContainerKind = 'container' | 'init' | 'sidecar';

export interface ContainerInfo {
  name: string;
  kind: ContainerKind;
  /** Path from the object root to the container. */
  path: FieldPath;
  container: JsonObject;
}

/** A pod-template owner (or a bare Pod), read once and shared by every rule. */
export class Workload {
  readonly templatePath: FieldPath;
  readonly podSpecPath: FieldPath;
  readonly podSpec: JsonObject | undefined;
  readonly templateLabels: Readonly<Record<string, string>>;
  readonly containers: readonly ContainerInfo[];

  constructor(readonly manifest: Manifest) {
    const templatePath =
      manifest.kind === 'Pod' ? [] : (POD_TEMPLATE_PATHS[manifest.kind] ?? ['spec', 'template']);
    this.templatePath = templatePath;
    this.podSpecPath = [...templatePath, 'spec'];
    this.podSpec = asObject(manifest.get(this.podSpecPath));
    this.templateLabels = labelsAt(manifest.object, [...templatePath, 'metadata', 'labels']);
    this.containers = readContainers(this.podSpec, this.podSpecPath);
  }

  get kind(): string {
    return this.manifest.kind;
  }

  get namespace(): string {
    return this.manifest.namespace;
  }

  get isScalable(): boolean {
    return SCALABLE_KINDS.has(this.manifest.kind);
  }

  /** `spec.replicas` as written, when it is a number. */
  get declaredReplicas(): number | undefined {
    const replicas = this.manifest.get(['spec', 'replicas']);
    return typeof replicas === 'number' && Number.isInteger(replicas) ? replicas : undefined;
  }

  /** Containers that run for the pod's whole life: regular containers and native sidecars. */
  get runningContainers(): readonly ContainerInfo[] {
    return this.containers.filter((container) => container.kind !== 'init');
  }
}

export function isWorkloadKind(kind: string): boolean {
  return WORKLOAD_KINDS.has(kind);
}

function labelsAt(object: JsonObject, path: FieldPath): Record<string, string> {
  const labels = asObject(getPath(object, path));
  const result: Record<string, string> = {};
  if (!labels) {
    return result;
  }
  for (const [key, value] of Object.entries(labels)) {
    if (value !== null && value !== undefined && typeof value !== 'object') {
      result[key] = String(value);
    }
  }
  return result;
}

function readContainers(podSpec: JsonObject | undefined, podSpecPath: FieldPath): ContainerInfo[] {
  if (!podSpec) {
    return [];
  }
  const result: ContainerInfo[] = [];
  asArray(podSpec.initContainers).forEach((entry, index) => {
    const container = asObject(entry);
    if (container) {
      // Init containers with restartPolicy Always are native sidecars (Kubernetes 1.28+).
      const kind: ContainerKind = container.restartPolicy === 'Always' ? 'sidecar' : 'init';
      result.push({
        name: typeof container.name === 'string' ? container.name : `initContainers[${index}]`,
        kind,
        path: [...podSpecPath, 'initContainers', index],
        container,
      });
    }
  });
  asArray(podSpec.containers).forEach((entry, index) => {
    const container = asObject(entry);
    if (container) {
      result.push({
        name: typeof container.name === 'string' ? container.name : `containers[${index}]`,
        kind: 'container',
        path: [...podSpecPath, 'containers', index],
        container,
      });
    }
  });
  return result;
}

/** The `resources.requests` / `resources.limits` map of a container, values as written. */
export function containerResources(
  container: JsonObject,
  field: 'requests' | 'limits',
): Readonly<Record<string, unknown>> {
  return asObject(getPath(container, ['resources', field])) ?? {};
}
