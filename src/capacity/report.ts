/*
 * `scaleplan capacity`: what a manifest set needs at its maximum scale, per namespace and
 * workload, against its ResourceQuotas and, when a ScalePlan is given, against the node
 * pools it declares (how many nodes the maximum needs, and whether the pool's maximum size
 * holds them). The counting is k8s/capacity.ts, the one the quota rule uses.
 */
import path from 'node:path';
import { capacityOf, type NamespaceCapacity, type WorkloadCapacity } from '../k8s/capacity.js';
import {
  effectiveScalingRules,
  HPA_KIND,
  readAutoscaler,
  SCALED_OBJECT_KIND,
  type ScalingRules,
} from '../k8s/autoscaling.js';
import { ManifestSet } from '../k8s/manifest-set.js';
import { parseQuantity } from '../k8s/quantity.js';
import { collectInputs } from '../load/inputs.js';
import { loadInputs } from '../load/load.js';
import { loadConfig } from '../lint/config/find.js';
import type { ResolvedConfig } from '../lint/config/types.js';
import { runSettings } from '../lint/lint.js';
import { parseSpec, readSpecFile } from '../plan/load.js';
import { formatProblem } from '../plan/problems.js';
import type { ScalePlan } from '../plan/types.js';
import { ScaleplanError } from '../errors.js';

export interface PoolWorkload {
  name: string;
  namespace: string;
  pods: number;
  /** Pods of this workload one node of the pool holds (0: not even one fits). */
  podsPerNode: number;
  nodes: number;
}

export interface PoolCapacity {
  name: string;
  /** The pool's maximum node count, when the plan says. */
  maxNodes: number | undefined;
  /** Nodes the pool's workloads need at their maximum (each workload packed on its own). */
  nodesAtMax: number;
  /** A workload whose pod does not fit on one node of the pool. */
  oversized: string[];
  workloads: PoolWorkload[];
}

/** An autoscaler as the HPA controller will run it (defaults filled in), for the scale chart. */
export interface AutoscalerBehaviour {
  namespace: string;
  kind: string;
  name: string;
  minReplicas: number;
  maxReplicas: number;
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
}

export interface CapacityReport {
  namespaces: NamespaceCapacity[];
  autoscalers: AutoscalerBehaviour[];
  pools: PoolCapacity[];
  /** Workloads whose maximum the manifests cannot say (DaemonSets). */
  unbounded: WorkloadCapacity[];
}

export interface CapacityRequest {
  paths: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  configFile?: string;
  config?: ResolvedConfig;
  kubeVersion?: string;
  namespace?: string;
  /** A ScalePlan whose node pools the workloads are judged against. */
  specFile?: string;
}

/** The capacity of the manifests named like a lint run's (files, directories, Kustomize). */
export async function capacityReport(request: CapacityRequest): Promise<CapacityReport> {
  const config = request.config ?? loadConfig(request.configFile, request.cwd);
  const settings = runSettings(request, config);
  const inputs = collectInputs(request.paths, {
    cwd: request.cwd,
    ignore: config.ignore,
    ignoreBase: config.baseDirectory,
  });
  const sets = await loadInputs(inputs, {
    cwd: request.cwd,
    defaultNamespace: settings.defaultNamespace,
    env: request.env,
    readStdin: () => Promise.resolve(''),
    ...(config.limits ? { limits: config.limits } : {}),
  });
  const problem = sets.flatMap((set) => set.problems)[0];
  if (problem) {
    const position = problem.range.file.position(problem.range.start);
    throw new ScaleplanError('INPUT_UNREADABLE', problem.message, {
      file: problem.range.file.path,
      ...position,
    });
  }
  // One set for the whole report: capacity adds up what runs, wherever it was written.
  const set = new ManifestSet(
    sets.flatMap((loaded) => loaded.manifests),
    settings.defaultNamespace,
    config.references,
  );
  const namespaces = capacityOf(set, settings.kubeVersion);
  const plan = request.specFile ? readPlan(request.specFile, request.cwd) : undefined;
  return {
    namespaces,
    autoscalers: autoscalerBehaviours(set),
    pools: plan ? poolCapacity(plan, namespaces) : [],
    unbounded: namespaces.flatMap((namespace) =>
      namespace.workloads.filter((workload) => workload.maxReplicas === undefined),
    ),
  };
}

function readPlan(specFile: string, cwd: string): ScalePlan {
  const absolute = path.resolve(cwd, specFile);
  const parsed = parseSpec(readSpecFile(absolute, specFile));
  const first = parsed.problems[0];
  if (!parsed.spec || first) {
    throw new ScaleplanError(
      'SPEC_INVALID',
      first ? formatProblem(first) : `${specFile} is not a ScalePlan.`,
    );
  }
  return parsed.spec;
}

const POOL_RESOURCES: readonly {
  resource: string;
  of: (pool: PoolSpecValues) => number | undefined;
}[] = [
  { resource: 'cpu', of: (pool) => pool.cpu },
  { resource: 'memory', of: (pool) => pool.memory },
  { resource: 'nvidia.com/gpu', of: (pool) => pool.gpus },
];

interface PoolSpecValues {
  cpu: number | undefined;
  memory: number | undefined;
  gpus: number | undefined;
}

/**
 * Nodes each pool needs when its workloads run at their maximum. Each workload is packed on
 * its own (pods per node = the fewest that one node's cpu, memory and GPUs hold), which is
 * what spread and anti-affinity rules tend to force; daemons and system reservations are not
 * subtracted, so the figure is a lower bound.
 */
function poolCapacity(plan: ScalePlan, namespaces: readonly NamespaceCapacity[]): PoolCapacity[] {
  const pools = plan.spec.nodePools ?? {};
  const byName = new Map<string, WorkloadCapacity[]>();
  for (const namespace of namespaces) {
    for (const workload of namespace.workloads) {
      const list = byName.get(workload.name) ?? [];
      list.push(workload);
      byName.set(workload.name, list);
    }
  }
  return Object.keys(pools)
    .sort()
    .map((name) => {
      const spec = pools[name] ?? {};
      const values: PoolSpecValues = {
        cpu: parseQuantity(spec.cpu),
        memory: parseQuantity(spec.memory),
        gpus: spec.gpus,
      };
      const workloads: PoolWorkload[] = [];
      const oversized: string[] = [];
      for (const [workloadName, workloadSpec] of Object.entries(plan.spec.workloads).sort()) {
        if (workloadSpec.placement?.nodePool !== name) {
          continue;
        }
        for (const workload of byName.get(workloadName) ?? []) {
          if (workload.maxReplicas === undefined) {
            continue;
          }
          const perNode = POOL_RESOURCES.flatMap(({ resource, of }) => {
            const request = workload.perPod[resource] ?? 0;
            const offered = of(values);
            return request > 0 && offered !== undefined
              ? [Math.floor(offered / request + 1e-9)]
              : [];
          });
          const podsPerNode = perNode.length > 0 ? Math.min(...perNode) : workload.maxReplicas;
          if (podsPerNode === 0) {
            oversized.push(workloadName);
          }
          workloads.push({
            name: workloadName,
            namespace: workload.namespace,
            pods: workload.maxReplicas,
            podsPerNode,
            nodes: podsPerNode > 0 ? Math.ceil(workload.maxReplicas / podsPerNode) : 0,
          });
        }
      }
      return {
        name,
        maxNodes: spec.max,
        nodesAtMax: workloads.reduce((sum, workload) => sum + workload.nodes, 0),
        oversized,
        workloads,
      };
    });
}

function autoscalerBehaviours(set: ManifestSet): AutoscalerBehaviour[] {
  return [...set.byKind(HPA_KIND), ...set.byKind(SCALED_OBJECT_KIND)]
    .flatMap((manifest) => {
      const bounds = readAutoscaler(manifest);
      if (bounds.maxReplicas === undefined) {
        return [];
      }
      return [
        {
          namespace: manifest.namespace,
          kind: manifest.kind,
          name: manifest.name,
          minReplicas: bounds.minReplicas,
          maxReplicas: bounds.maxReplicas,
          scaleUp: effectiveScalingRules(manifest, 'scaleUp'),
          scaleDown: effectiveScalingRules(manifest, 'scaleDown'),
        },
      ];
    })
    .sort(
      (a, b) =>
        a.namespace.localeCompare(b.namespace) ||
        a.kind.localeCompare(b.kind) ||
        a.name.localeCompare(b.name),
    );
}
