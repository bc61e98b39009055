import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, getPath, type JsonObject, type Manifest } from './manifest.js';
import { controllerLabels, type LabelValues } from './pod-labels.js';
import { POD_TEMPLATE_PATHS } from './pod-templates.js';

/** Where a core workload kind keeps its pod template. */
export function podTemplatePath(kind: string): FieldPath | undefined {
  return POD_TEMPLATE_PATHS[kind];
}

/** Kinds with a `scale` subresource that an HPA, KEDA or a replica count drives. */
export const SCALABLE_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
]);

/** Core kinds that own a pod template (or are a pod). */
export const CORE_WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  ...Object.keys(POD_TEMPLATE_PATHS),
  'Pod',
]);

/**
 * Kinds whose objects rules about containers visit: the core kinds, and the custom resources
 * of the operator table that write a pod template (Argo Rollouts' Rollout, KEDA's ScaledJob).
 * Visitors get a Workload only for the right API group (`ManifestSet.workload`).
 */
export const WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  ...CORE_WORKLOAD_KINDS,
  'Rollout',
  'ScaledJob',
]);

/** Kinds with a replica count an HPA can drive, the Rollout among them. */
export const SCALABLE_VISIT_KINDS: ReadonlySet<string> = new Set([...SCALABLE_KINDS, 'Rollout']);

export type ContainerKind = 'container' | 'init' | 'sidecar';

export interface ContainerInfo {
  name: string;
  kind: ContainerKind;
  /** Path from the object root to the container. */
  path: FieldPath;
  container: JsonObject;
}

/** How a workload's pods are made, when it is not a core kind read from its own template. */
export interface WorkloadShape {
  /** The object that writes the pod template (a Rollout's workloadRef Deployment). */
  templateManifest?: Manifest;
  /** Path of the pod template in `templateManifest`; undefined when an operator writes it. */
  templatePath: FieldPath | undefined;
  /** Labels every pod has beyond the template's (operator labels, podMetadata). */
  extraLabels?: Readonly<Record<string, string>>;
  /** Labels set by controllers, with their possible values. */
  addedLabels: ReadonlyMap<string, LabelValues>;
  /** False when the pods' labels cannot be known (a workloadRef to an absent Deployment). */
  labelsKnown: boolean;
  /** The pod count the resource declares. */
  replicas: number | undefined;
  scalable: boolean;
  hasReplicaCount: boolean;
}

/** A pod-template owner (or a bare Pod, or a custom resource that makes pods), read once. */
export class Workload {
  /** The object whose template the pods come from (the workload itself, but for workloadRef). */
  readonly templateManifest: Manifest;
  readonly templatePath: FieldPath;
  readonly podSpecPath: FieldPath;
  /** Labels every pod of the workload carries with exactly these values. */
  readonly templateLabels: Readonly<Record<string, string>>;
  /** Labels controllers add to the pods, with the values they can take. */
  readonly addedLabels: ReadonlyMap<string, LabelValues>;
  /** False when the set cannot know the pods' labels (then no selector is judged against them). */
  readonly labelsKnown: boolean;
  /** False when an operator writes the containers (the set sees none of them). */
  readonly containersKnown: boolean;
  private readonly shape: WorkloadShape | undefined;
  private containerList: readonly ContainerInfo[] | undefined;

  constructor(
    readonly manifest: Manifest,
    shape?: WorkloadShape,
  ) {
    this.shape = shape;
    this.templateManifest = shape?.templateManifest ?? manifest;
    const templatePath = shape
      ? (shape.templatePath ?? [])
      : manifest.kind === 'Pod'
        ? []
        : (POD_TEMPLATE_PATHS[manifest.kind] ?? ['spec', 'template']);
    this.templatePath = templatePath;
    this.podSpecPath = [...templatePath, 'spec'];
    this.containersKnown = !shape || (shape.templatePath !== undefined && shape.labelsKnown);
    const written =
      shape && shape.templatePath === undefined
        ? {}
        : stringLabels(this.templateManifest.get([...templatePath, 'metadata', 'labels']));
    this.templateLabels = { ...written, ...shape?.extraLabels };
    this.addedLabels = shape
      ? shape.addedLabels
      : controllerLabels(manifest.kind, manifest.name, {
          ordinalStart: ordinalStart(manifest),
        });
    this.labelsKnown = shape?.labelsKnown ?? true;
  }

  // The pod spec and containers are read on first use, not made with the workload: a set's
  // label index makes the workloads of a whole namespace, and their pod specs are what a
  // deferred object would be decoded for.
  get podSpec(): JsonObject | undefined {
    return this.containersKnown ? asObject(this.templateManifest.get(this.podSpecPath)) : undefined;
  }

  get containers(): readonly ContainerInfo[] {
    this.containerList ??= readContainers(this.podSpec, this.podSpecPath);
    return this.containerList;
  }

  get kind(): string {
    return this.manifest.kind;
  }

  get namespace(): string {
    return this.manifest.namespace;
  }

  /** Whether the workload writes its own pod template (rules about containers report there). */
  get ownsTemplate(): boolean {
    return this.templateManifest === this.manifest && this.containersKnown;
  }

  get isScalable(): boolean {
    return this.shape ? this.shape.scalable : SCALABLE_KINDS.has(this.manifest.kind);
  }

  /** Whether the workload runs a replica count (not one pod per node, nor run-to-completion). */
  get hasReplicaCount(): boolean {
    return this.shape ? this.shape.hasReplicaCount : this.isScalable || this.kind === 'Pod';
  }

  /** `spec.replicas` as written, when it is a number (a custom resource's pod count). */
  get declaredReplicas(): number | undefined {
    if (this.shape) {
      return this.shape.replicas;
    }
    const replicas = this.manifest.get(['spec', 'replicas']);
    return typeof replicas === 'number' && Number.isInteger(replicas) ? replicas : undefined;
  }

  /** Containers that run for the pod's whole life: regular containers and native sidecars. */
  get runningContainers(): readonly ContainerInfo[] {
    return this.containers.filter((container) => container.kind !== 'init');
  }
}

/** `spec.ordinals.start` of a StatefulSet (Kubernetes 1.27+), 0 when unset. */
function ordinalStart(manifest: Manifest): number {
  const start = manifest.get(['spec', 'ordinals', 'start']);
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 0;
}

export function isWorkloadKind(kind: string): boolean {
  return CORE_WORKLOAD_KINDS.has(kind);
}

/** The string labels of a map at `path` (non-scalar values are left out). */
export function labelsAt(object: JsonObject, path: FieldPath): Record<string, string> {
  return stringLabels(getPath(object, path));
}

/** The string labels of a label map (non-scalar values are left out). */
function stringLabels(value: unknown): Record<string, string> {
  const labels = asObject(value);
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
