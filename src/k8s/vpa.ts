import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type Manifest } from './manifest.js';

/** Update modes in which the VPA changes pod requests (`Off` only recommends). */
export const ACTING_VPA_MODES: ReadonlySet<string> = new Set([
  'Initial',
  'Auto',
  'Recreate',
  'InPlaceOrRecreate',
  'InPlace',
]);

/** The VPA's default `controlledResources`. */
const DEFAULT_CONTROLLED: ReadonlySet<string> = new Set(['cpu', 'memory']);
const NOTHING: ReadonlySet<string> = new Set();

export interface VpaUpdateMode {
  mode: string;
  /** False when `updateMode` is absent and the VPA default (`Recreate`) applies. */
  explicit: boolean;
  path: FieldPath;
}

/** `spec.updatePolicy.updateMode`, `Recreate` when absent; undefined when not a string. */
export function readVpaUpdateMode(vpa: Manifest): VpaUpdateMode | undefined {
  const path: FieldPath = ['spec', 'updatePolicy', 'updateMode'];
  const raw = vpa.get(path);
  if (raw === undefined || raw === null) {
    return { mode: 'Recreate', explicit: false, path };
  }
  return typeof raw === 'string' ? { mode: raw, explicit: true, path } : undefined;
}

interface ContainerPolicy {
  /** Resources the VPA sets requests for in this container (empty when `mode: Off`). */
  controlled: ReadonlySet<string>;
}

/**
 * The VPA's `resourcePolicy.containerPolicies`, resolved the way the VPA does it: a container
 * uses the policy with its name, else the `*` policy, else the defaults (mode Auto, cpu and
 * memory). A policy with `mode: Off` controls nothing; `controlledResources` defaults to cpu
 * and memory, and an explicit empty list controls nothing.
 */
export class VpaContainerPolicies {
  private readonly named = new Map<string, ContainerPolicy>();
  private readonly fallback: ContainerPolicy;

  constructor(vpa: Manifest) {
    let fallback: ContainerPolicy = { controlled: DEFAULT_CONTROLLED };
    for (const entry of asArray(vpa.get(['spec', 'resourcePolicy', 'containerPolicies']))) {
      const policy = asObject(entry);
      const name = policy?.containerName;
      if (!policy || typeof name !== 'string' || name === '') {
        continue;
      }
      const resolved = { controlled: controlledBy(policy.mode, policy.controlledResources) };
      if (name === '*') {
        fallback = resolved;
      } else if (!this.named.has(name)) {
        this.named.set(name, resolved);
      }
    }
    this.fallback = fallback;
  }

  /** Resources the VPA controls in the named container. */
  controlledIn(containerName: string): ReadonlySet<string> {
    return (this.named.get(containerName) ?? this.fallback).controlled;
  }

  /**
   * Whether the VPA controls `resource` in some container of a pod with these containers.
   * With `containers` unknown (the workload is not in the set) the answer is yes only when it
   * holds whatever the containers are called: the fallback and every named policy control it.
   */
  controlsInPod(resource: string, containers: readonly string[] | undefined): boolean {
    if (containers) {
      return containers.some((name) => this.controlledIn(name).has(resource));
    }
    return (
      this.fallback.controlled.has(resource) &&
      [...this.named.values()].every((policy) => policy.controlled.has(resource))
    );
  }
}

function controlledBy(mode: unknown, resources: unknown): ReadonlySet<string> {
  if (mode === 'Off') {
    return NOTHING;
  }
  if (resources === undefined || resources === null) {
    return DEFAULT_CONTROLLED;
  }
  // A malformed list is the schema's problem; reading it as "nothing" keeps the rule quiet.
  return new Set(asArray(resources).filter((value): value is string => typeof value === 'string'));
}
