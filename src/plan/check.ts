/**
 * The semantic checks of a ScalePlan: everything the schema cannot say (names that must
 * exist in the base, bounds that must agree, quotas that must hold at maximum scale). One
 * checker walks the plan once and reports every problem with its position; it is long
 * because the spec is wide, and each method checks one block of it.
 */
import { closestMatch } from '../shared/closest.js';
import { allowedDisruptions, type DisruptionPolicy } from '../k8s/disruption.js';
import { parseIntOrPercent } from '../k8s/numbers.js';
import { formatQuantity, isExtendedResource, parseQuantity } from '../k8s/quantity.js';
import type { FieldPath } from '../source/locate.js';
import {
  effectiveContainers,
  findBaseWorkload,
  GPU_RESOURCE,
  GPU_TAINT,
  podRequests,
  serviceFor,
  type BaseInfo,
  type BaseWorkload,
} from './base.js';
import { problemAt, type SpecSource } from './load.js';
import { podGroups, quotaEntries, usageAtMax } from './capacity.js';
import {
  hasScaleTarget,
  isEnabled,
  replicaBounds,
  resourceMetrics,
  seconds,
  vpaControlledResources,
} from './model.js';
import type { SpecProblem } from './problems.js';
import {
  clusterEnvironments,
  environmentNames,
  resolveEnvironment,
  type EnvironmentView,
  type ResolvedWorkload,
} from './resolve.js';
import { CLUSTERS_DIRECTORY, type ScalePlan, type ScalingRulesSpec } from './types.js';

/** The adapter settings every environment of a cluster must share (one adapter per cluster). */
const ADAPTER_SETTINGS = [
  'adapterNamespace',
  'adapterConfigMap',
  'adapterRulesFrom',
  'adapterRulesOnly',
] as const;

/** JSON with object keys sorted: how two values are compared and shown. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry)
      ? Object.fromEntries(
          Object.entries(entry as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : entry,
  );
}

function quotedNames(views: readonly EnvironmentView[]): string {
  return views.map((view) => `"${view.name}"`).join(', ');
}

/** The longest a stabilization window may be (Kubernetes validation). */
const MAX_STABILIZATION_SECONDS = 3600;
/** The longest a scaling policy period may be (Kubernetes validation). */
const MAX_PERIOD_SECONDS = 1800;

/** Quota keys the shorthands write, so `hard` cannot set them a second time. */
const QUOTA_SHORTHAND_KEYS: Readonly<Record<string, string>> = {
  'requests.cpu': 'cpu',
  cpu: 'cpu',
  'requests.memory': 'memory',
  memory: 'memory',
  [`requests.${GPU_RESOURCE}`]: 'gpu',
  pods: 'pods',
  'limits.cpu': 'limits.cpu',
  'limits.memory': 'limits.memory',
};

const QUANTITY_EXAMPLES = 'such as 500m, "2", 512Mi or 8Gi';

/**
 * A quota key naming an extended resource (`nvidia.com/gpu`) without the `requests.` prefix.
 * Object counts (`count/jobs.batch`) and storage-class keys (`….storageclass.storage.k8s.io/…`)
 * also contain a slash and are fine.
 */
function isUnprefixedExtendedResource(key: string): boolean {
  if (key.startsWith('requests.') || key.startsWith('limits.') || key.startsWith('count/')) {
    return false;
  }
  const domain = key.slice(0, key.indexOf('/'));
  return isExtendedResource(key) && !domain.endsWith('k8s.io');
}

function describeQuantityProblem(value: unknown): string {
  return `${JSON.stringify(value)} is not a Kubernetes quantity; expected a non-negative amount ${QUANTITY_EXAMPLES}.`;
}

class Checker {
  readonly problems: SpecProblem[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly plan: ScalePlan,
    readonly source: SpecSource,
    readonly base: BaseInfo | undefined,
  ) {}

  report(path: FieldPath, message: string, target: 'key' | 'value' = 'value'): void {
    const problem = problemAt(this.source, path, message, target);
    const key = `${problem.line}:${problem.column}:${message}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.problems.push(problem);
    }
  }

  /** A quantity field: must parse and not be negative. Returns the value in base units. */
  quantity(path: FieldPath, value: unknown): number | undefined {
    if (value === undefined) {
      return undefined;
    }
    const parsed = parseQuantity(value);
    if (parsed === undefined || parsed < 0) {
      this.report(path, describeQuantityProblem(value));
      return undefined;
    }
    return parsed;
  }

  /** Whether the spec's kubeVersion is 1.x with x below `minor` (false when unset). */
  kubeMinorBelow(minor: number): boolean {
    const version = /^v?(\d+)\.(\d+)/.exec(this.plan.spec.kubeVersion ?? '');
    return version !== null && Number(version[1]) === 1 && Number(version[2]) < minor;
  }

  run(): SpecProblem[] {
    this.checkEnvironmentNames();
    const views = new Map(
      environmentNames(this.plan).map((name) => [name, resolveEnvironment(this.plan, name)]),
    );
    for (const [cluster, names] of clusterEnvironments(this.plan)) {
      this.checkCluster(
        cluster,
        names.flatMap((name) => views.get(name) ?? []),
      );
    }
    for (const view of views.values()) {
      this.checkQuotas(view);
      this.checkNodePools(view);
      for (const workload of view.workloads) {
        this.checkWorkload(view, workload);
      }
      this.checkMetricNames(view);
      if (this.base) {
        this.checkQuotaFit(view, this.base);
      }
    }
    return this.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  }

  /**
   * What the environments of one cluster share. Cluster-wide objects are compiled once per
   * cluster, so the environments must define them alike: a PriorityClass or adapter setting
   * that differs between two of them is an error where the second one writes it, never two
   * objects. Each environment needs a namespace of its own, which its overlay then fills.
   */
  private checkCluster(cluster: string, views: readonly EnvironmentView[]): void {
    const first = new Map<string, { view: EnvironmentView; value: string }>();
    const agree = (
      key: string,
      view: EnvironmentView,
      value: unknown,
      path: (view: EnvironmentView) => FieldPath,
      what: string,
    ): void => {
      const text = canonicalJson(value);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { view, value: text });
      } else if (earlier.value !== text) {
        // Point at the environment's own override when only the earlier one has it.
        const here = path(view);
        const there = path(earlier.view);
        this.report(
          here[1] !== 'environments' && there[1] === 'environments' ? there : here,
          `environments "${earlier.view.name}" and "${view.name}" share cluster "${cluster}" but ${what} differs (${earlier.value} there, ${text} here); the cluster has one. Make them equal, or put "${view.name}" on another cluster (environments.${view.name}.cluster).`,
        );
      }
    };
    for (const view of views) {
      for (const name of Object.keys(view.priorityClasses).sort()) {
        agree(
          `priorityClass/${name}`,
          view,
          view.priorityClasses[name],
          (at) => at.fieldPath('priorityClasses', [name]),
          `PriorityClass "${name}"`,
        );
      }
      for (const field of ADAPTER_SETTINGS) {
        agree(
          `prometheus/${field}`,
          view,
          view.prometheus[field] ?? null,
          (at) => at.fieldPath('prometheus', [field]),
          `prometheus.${field}`,
        );
      }
    }
    const defaults = new Map<string, EnvironmentView>();
    for (const view of views) {
      for (const [name, priorityClass] of Object.entries(view.priorityClasses)) {
        if (priorityClass.globalDefault === true && !defaults.has(name)) {
          defaults.set(name, view);
        }
      }
    }
    const [defaultClass] = defaults.keys();
    for (const [name, view] of [...defaults].slice(1)) {
      this.report(
        view.fieldPath('priorityClasses', [name, 'globalDefault']),
        `only one PriorityClass of cluster "${cluster}" may be the global default; "${defaultClass ?? ''}" already is. Remove globalDefault here or there.`,
      );
    }
    if (views.length < 2) {
      return;
    }
    const namespaces = new Map<string, EnvironmentView>();
    for (const view of views) {
      const at: FieldPath = view.path ?? ['spec'];
      if (view.namespace === undefined) {
        this.report(
          at,
          `environment "${view.name}" shares cluster "${cluster}" with ${quotedNames(views.filter((other) => other !== view))} but sets no namespace, so both would write the same objects; give each environment on a cluster a namespace of its own.`,
          'key',
        );
        continue;
      }
      const other = namespaces.get(view.namespace);
      if (other) {
        this.report(
          this.plan.spec.environments?.[view.name]?.namespace !== undefined
            ? [...at, 'namespace']
            : at,
          `environments "${other.name}" and "${view.name}" share cluster "${cluster}" and namespace "${view.namespace}", so they would write the same objects; give each environment on a cluster a namespace of its own.`,
          this.plan.spec.environments?.[view.name]?.namespace !== undefined ? 'value' : 'key',
        );
      } else {
        namespaces.set(view.namespace, view);
      }
    }
    const clusterScoped = this.base?.clusterScoped ?? [];
    if (clusterScoped.length > 0) {
      this.report(
        ['spec', 'base'],
        `the base ${this.base?.display ?? ''} holds cluster-scoped ${clusterScoped.map((object) => `${object.kind} "${object.name}"`).join(', ')}, which every overlay of cluster "${cluster}" (${quotedNames(views)}) would write again: two Argo CD Applications would own one object. Move ${clusterScoped.length === 1 ? 'it' : 'them'} out of the base into a directory of its own, or put the environments on different clusters.`,
      );
    }
  }

  private checkEnvironmentNames(): void {
    const known = Object.keys(this.plan.spec.workloads);
    if (this.plan.spec.environments?.[CLUSTERS_DIRECTORY] !== undefined) {
      this.report(
        ['spec', 'environments', CLUSTERS_DIRECTORY],
        `an environment cannot be called "${CLUSTERS_DIRECTORY}": <output>/${CLUSTERS_DIRECTORY}/ holds the cluster directories (cluster-wide objects, one directory per cluster). Rename the environment.`,
        'key',
      );
    }
    for (const [environment, spec] of Object.entries(this.plan.spec.environments ?? {})) {
      for (const name of Object.keys(spec.workloads ?? {})) {
        if (!known.includes(name)) {
          const suggestion = closestMatch(name, known);
          this.report(
            ['spec', 'environments', environment, 'workloads', name],
            `environment "${environment}" overrides workload "${name}", which spec.workloads does not define${suggestion ? `; did you mean "${suggestion}"?` : `. Known workloads: ${known.join(', ')}.`}`,
            'key',
          );
        }
      }
    }
  }

  private checkQuotas(view: EnvironmentView): void {
    for (const [name, quota] of Object.entries(view.quotas)) {
      const at = (...subPath: FieldPath): FieldPath => view.fieldPath('quotas', [name, ...subPath]);
      this.quantity(at('cpu'), quota.cpu);
      this.quantity(at('memory'), quota.memory);
      this.quantity(at('limits', 'cpu'), quota.limits?.cpu);
      this.quantity(at('limits', 'memory'), quota.limits?.memory);
      for (const [key, value] of Object.entries(quota.hard ?? {})) {
        this.quantity(at('hard', key), value);
        if (isUnprefixedExtendedResource(key)) {
          this.report(
            at('hard', key),
            `a quota on the extended resource "${key}" must be written "requests.${key}" (Kubernetes only supports the requests. form for extended resources); for GPUs use the gpu shorthand.`,
            'key',
          );
        }
        const shorthand = QUOTA_SHORTHAND_KEYS[key];
        const shorthandSet =
          shorthand === 'limits.cpu'
            ? quota.limits?.cpu !== undefined
            : shorthand === 'limits.memory'
              ? quota.limits?.memory !== undefined
              : shorthand !== undefined &&
                quota[shorthand as 'cpu' | 'memory' | 'gpu' | 'pods'] !== undefined;
        if (shorthandSet) {
          this.report(
            at('hard', key),
            `"${key}" is already set by ${shorthand}; set it in one place.`,
            'key',
          );
        }
      }
    }
  }

  private checkNodePools(view: EnvironmentView): void {
    for (const [name, pool] of Object.entries(view.nodePools)) {
      const at = (...subPath: FieldPath): FieldPath =>
        view.fieldPath('nodePools', [name, ...subPath]);
      if (pool.instanceTypes === undefined || pool.instanceTypes.length === 0) {
        this.report(
          view.fieldPath('nodePools', [name]),
          `node pool "${name}" needs instanceTypes: the node.kubernetes.io/instance-type values its nodes have.`,
          'key',
        );
      }
      this.quantity(at('cpu'), pool.cpu);
      this.quantity(at('memory'), pool.memory);
      if (pool.max !== undefined && (pool.min ?? 0) > pool.max) {
        this.report(
          at('min'),
          `min (${pool.min ?? 0}) is above max (${pool.max}); the cluster autoscaler needs min ≤ max.`,
        );
      }
    }
  }

  private checkWorkload(view: EnvironmentView, workload: ResolvedWorkload): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    const autoscaler = spec.autoscaler ?? 'hpa';
    const kind = spec.kind ?? 'Deployment';
    let baseWorkload: BaseWorkload | undefined;
    if (this.base) {
      baseWorkload = findBaseWorkload(this.base, kind, workload.name);
      if (!baseWorkload) {
        const candidates = this.base.workloads.map((entry) => `${entry.kind}/${entry.name}`);
        const sameName = this.base.workloads.find((entry) => entry.name === workload.name);
        const suggestion = closestMatch(
          workload.name,
          this.base.workloads.filter((entry) => entry.kind === kind).map((entry) => entry.name),
        );
        this.report(
          ['spec', 'workloads', workload.name],
          sameName
            ? `the base ${this.base.display} has ${sameName.kind} "${workload.name}", not a ${kind}; set kind: ${sameName.kind}.`
            : `the base ${this.base.display} has no ${kind} named "${workload.name}"${suggestion ? `; did you mean "${suggestion}"?` : candidates.length > 0 ? `; it has ${candidates.join(', ')}.` : ' (it holds no Deployment or StatefulSet).'}`,
          'key',
        );
      }
    }
    if (baseWorkload && spec.container !== undefined) {
      const names = baseWorkload.containers
        .filter((container) => container.kind !== 'init')
        .map((container) => container.name);
      if (!names.includes(spec.container)) {
        const suggestion = closestMatch(spec.container, names);
        this.report(
          at(['container']),
          `${kind} "${workload.name}" has no container "${spec.container}"${suggestion ? `; did you mean "${suggestion}"?` : `; its containers: ${names.join(', ')}.`}`,
        );
      }
    }
    this.checkResources(view, workload, baseWorkload);
    this.checkReplicas(workload, autoscaler);
    this.checkScaling(workload, autoscaler, baseWorkload);
    this.checkPlacement(view, workload, baseWorkload);
    this.checkPriorityClass(view, workload);
    this.checkDisruption(workload);
    this.checkVpa(workload);
    this.checkMetrics(workload, autoscaler);
    this.checkService(workload, baseWorkload);
    this.checkAlerts(workload);
    this.checkMergedRequired(workload);
    if (this.base && baseWorkload) {
      this.checkBaseConflicts(workload, baseWorkload, this.base);
    }
  }

  private checkResources(
    view: EnvironmentView,
    workload: ResolvedWorkload,
    baseWorkload: BaseWorkload | undefined,
  ): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    const requests = spec.resources?.requests;
    const limits = spec.resources?.limits;
    for (const [field, amounts] of [
      ['requests', requests],
      ['limits', limits],
    ] as const) {
      for (const resource of ['cpu', 'memory', 'ephemeralStorage'] as const) {
        this.quantity(at(['resources', field, resource]), amounts?.[resource]);
      }
    }
    if (requests?.gpu !== undefined && limits?.gpu !== undefined && requests.gpu !== limits.gpu) {
      this.report(
        at(['resources', 'limits', 'gpu']),
        `a GPU limit must equal its request (Kubernetes does not overcommit extended resources): the request is ${requests.gpu}. Give the GPU count once, under requests.`,
      );
    }
    const containers = effectiveContainers(spec, baseWorkload);
    const target = containers.find(
      (container) =>
        container.name === (spec.container ?? containers.find((c) => c.kind === 'container')?.name),
    );
    if (target) {
      for (const [resource, request] of target.requests) {
        const limit = target.limits.get(resource);
        if (limit !== undefined && request > limit) {
          const field = resource === 'ephemeral-storage' ? 'ephemeralStorage' : resource;
          const specField = resource === GPU_RESOURCE ? 'gpu' : field;
          const fromSpec = requests?.[specField as 'cpu'] !== undefined;
          this.report(
            at(['resources', fromSpec ? 'requests' : 'limits', specField]),
            `the ${resource} request (${formatQuantity(resource, request)}) is above its limit (${formatQuantity(resource, limit)}) in container "${target.name}"; the API server rejects that. Raise the limit or lower the request.`,
          );
        }
      }
    }
    const gpus = podRequests(containers).get(GPU_RESOURCE) ?? 0;
    if (gpus > 0) {
      const poolName = spec.placement?.nodePool;
      const pool = poolName !== undefined ? view.nodePools[poolName] : undefined;
      const poolTolerates =
        pool !== undefined &&
        ((pool.gpus ?? 0) > 0 || (pool.taints ?? []).some((taint) => taint.key === GPU_TAINT));
      const baseTolerates = (baseWorkload?.tolerations ?? []).some(
        (toleration) =>
          toleration.key === GPU_TAINT ||
          (toleration.key === undefined && toleration.operator === 'Exists'),
      );
      if (!poolTolerates && !baseTolerates) {
        const gpuPools = Object.entries(view.nodePools)
          .filter(([, candidate]) => (candidate.gpus ?? 0) > 0)
          .map(([name]) => name);
        this.report(
          requests?.gpu !== undefined || limits?.gpu !== undefined
            ? at(['resources', requests?.gpu !== undefined ? 'requests' : 'limits', 'gpu'])
            : at([]),
          `the pods request ${gpus} GPU${gpus === 1 ? '' : 's'} but are placed on no GPU node pool and do not tolerate the "${GPU_TAINT}" taint, so they stay Pending on tainted GPU nodes. ${gpuPools.length > 0 ? `Set placement.nodePool to ${gpuPools.map((name) => `"${name}"`).join(' or ')}.` : 'Add a node pool with gpus > 0 under spec.nodePools and set placement.nodePool.'}`,
        );
      }
    }
  }

  private checkReplicas(workload: ResolvedWorkload, autoscaler: string): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    const min = spec.replicas?.min;
    const max = spec.replicas?.max;
    if (autoscaler === 'none') {
      if (min === undefined) {
        this.report(
          at(spec.replicas ? ['replicas'] : []),
          'with autoscaler: none, replicas.min is the fixed replica count and is required.',
          'key',
        );
      }
      if (max !== undefined && min !== undefined && max !== min) {
        this.report(
          at(['replicas', 'max']),
          `with autoscaler: none nothing scales between min (${min}) and max (${max}); drop max, or choose autoscaler: hpa.`,
        );
      }
      for (const field of ['scaleOn', 'scaleUp', 'scaleDown', 'keda', 'profile'] as const) {
        if (spec[field] !== undefined) {
          this.report(
            at([field]),
            `${field} has no effect with autoscaler: none; remove it, or choose autoscaler: hpa or keda.`,
            'key',
          );
        }
      }
      return;
    }
    if (max === undefined) {
      this.report(
        at(spec.replicas ? ['replicas'] : []),
        `replicas.max is required: the ${autoscaler === 'keda' ? 'ScaledObject' : 'HorizontalPodAutoscaler'} needs an upper bound.`,
        'key',
      );
    }
    if (min !== undefined && max !== undefined && min > max) {
      this.report(
        at(['replicas', 'min']),
        `min (${min}) is above max (${max}); the autoscaler needs min ≤ max.`,
      );
    }
    if (min === 0 && autoscaler === 'hpa') {
      this.report(
        at(['replicas', 'min']),
        'an HorizontalPodAutoscaler cannot scale to zero (minReplicas 0 needs the alpha HPAScaleToZero gate); use autoscaler: keda, or min: 1.',
      );
    }
    if (!hasScaleTarget(spec)) {
      this.report(
        at(spec.scaleOn ? ['scaleOn'] : []),
        'the autoscaler needs at least one scaleOn target (cpu, memory, gpu, gpuMemory, requestsPerSecond, latency or metrics).',
        'key',
      );
    }
    if (min === 0 && autoscaler === 'keda' && hasScaleTarget(spec)) {
      const wakesFromZero = (spec.scaleOn?.metrics ?? []).some(
        (metric) => (metric.type ?? 'Pods') !== 'Pods',
      );
      if (!wakesFromZero) {
        this.report(
          at(['replicas', 'min']),
          'at zero replicas there are no pods, so cpu, memory, GPU, request and Pods metrics report nothing and KEDA never wakes the workload; add an External or Object metric (a queue length, say) under scaleOn.metrics, or set min: 1.',
        );
      }
    }
    if (
      autoscaler === 'keda' &&
      spec.keda?.fallbackReplicas !== undefined &&
      resourceMetrics(spec).length > 0
    ) {
      this.report(
        at(['keda', 'fallbackReplicas']),
        'KEDA rejects a fallback on a ScaledObject with cpu or memory triggers (metrics-server has no failure to fall back from); drop fallbackReplicas or scale on Prometheus metrics only.',
      );
    }
    if (spec.keda !== undefined && autoscaler !== 'keda') {
      this.report(at(['keda']), 'keda settings need autoscaler: keda.', 'key');
    }
  }

  private checkRules(path: FieldPath, rules: ScalingRulesSpec | undefined): void {
    if (!rules) {
      return;
    }
    if (rules.stabilization !== undefined) {
      const window = seconds(rules.stabilization);
      if (window > MAX_STABILIZATION_SECONDS) {
        this.report(
          [...path, 'stabilization'],
          `the stabilization window may be at most 1h (Kubernetes rejects ${rules.stabilization}).`,
        );
      }
    }
    if (rules.period !== undefined) {
      const period = seconds(rules.period);
      if (period < 1 || period > MAX_PERIOD_SECONDS) {
        this.report(
          [...path, 'period'],
          `the policy period must be between 1s and 30m (Kubernetes rejects ${rules.period}).`,
        );
      }
    }
    if (rules.tolerance !== undefined) {
      if (this.kubeMinorBelow(33)) {
        this.report(
          [...path, 'tolerance'],
          `a per-HPA tolerance needs Kubernetes 1.33 or newer; kubeVersion is ${this.plan.spec.kubeVersion ?? ''}.`,
        );
      }
    }
  }

  private checkScaling(
    workload: ResolvedWorkload,
    autoscaler: string,
    baseWorkload: BaseWorkload | undefined,
  ): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    this.checkRules(at(['scaleUp']), spec.scaleUp);
    this.checkRules(at(['scaleDown']), spec.scaleDown);
    if (autoscaler === 'none') {
      return;
    }
    const containers = effectiveContainers(spec, baseWorkload);
    for (const resource of resourceMetrics(spec)) {
      if (!baseWorkload && spec.resources?.requests?.[resource] === undefined) {
        continue;
      }
      for (const container of containers) {
        if (container.kind === 'init' || container.requests.has(resource)) {
          continue;
        }
        this.report(
          at(['scaleOn', resource]),
          `the autoscaler scales on ${resource} utilization, but container "${container.name}" has no ${resource} request, so the utilization cannot be computed (FailedGetResourceMetric). ${container.name === (spec.container ?? containers[0]?.name) ? `Set resources.requests.${resource}.` : `Give "${container.name}" a ${resource} request in the base.`}`,
        );
      }
    }
    const gpus = podRequests(containers).get(GPU_RESOURCE) ?? 0;
    for (const field of ['gpu', 'gpuMemory'] as const) {
      if (spec.scaleOn?.[field] !== undefined && gpus === 0 && (baseWorkload || spec.resources)) {
        this.report(
          at(['scaleOn', field]),
          `the autoscaler scales on GPU ${field === 'gpu' ? 'utilization' : 'memory'}, but the pods request no GPU, so DCGM reports nothing for them. Set resources.requests.gpu.`,
        );
      }
    }
    const finalName = `keda-hpa-${workload.name}`;
    if (autoscaler === 'keda' && finalName.length > 63) {
      this.report(
        ['spec', 'workloads', workload.name],
        `KEDA names its HPA "keda-hpa-<name>", which would be ${finalName.length} characters; names are limited to 63. Use a shorter workload name.`,
        'key',
      );
    }
  }

  private checkPlacement(
    view: EnvironmentView,
    workload: ResolvedWorkload,
    baseWorkload: BaseWorkload | undefined,
  ): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    const poolName = spec.placement?.nodePool;
    if (poolName === undefined) {
      return;
    }
    const pool = view.nodePools[poolName];
    if (!pool) {
      const known = Object.keys(view.nodePools);
      const suggestion = closestMatch(poolName, known);
      this.report(
        at(['placement', 'nodePool']),
        `unknown node pool "${poolName}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; spec.nodePools defines ${known.map((name) => `"${name}"`).join(', ')}.` : '; define it under spec.nodePools.'}`,
      );
      return;
    }
    const perPod = podRequests(effectiveContainers(spec, baseWorkload));
    const capacity: [string, number | undefined][] = [
      ['cpu', parseQuantity(pool.cpu)],
      ['memory', parseQuantity(pool.memory)],
      [GPU_RESOURCE, pool.gpus ?? 0],
    ];
    for (const [resource, available] of capacity) {
      const needed = perPod.get(resource) ?? 0;
      if (available !== undefined && needed > available) {
        this.report(
          at(['placement', 'nodePool']),
          `one pod requests ${formatQuantity(resource, needed)} ${resource}, more than a node of pool "${poolName}" offers (${formatQuantity(resource, available)}); the pods can never be scheduled there.`,
        );
      }
    }
    const bounds = replicaBounds(spec);
    if (spec.placement?.antiAffinity === 'required' && bounds && pool.max !== undefined) {
      if (bounds.max > pool.max) {
        this.report(
          at(['placement', 'antiAffinity']),
          `required anti-affinity puts each pod on its own node, but pool "${poolName}" has at most ${pool.max} nodes for up to ${bounds.max} replicas; use preferred, or lower replicas.max.`,
        );
      }
    }
  }

  private checkPriorityClass(view: EnvironmentView, workload: ResolvedWorkload): void {
    const name = workload.spec.priorityClass;
    if (name === undefined || name.startsWith('system-')) {
      return;
    }
    const known = Object.keys(view.priorityClasses);
    if (!known.includes(name)) {
      const suggestion = closestMatch(name, known);
      this.report(
        workload.fieldPath(['priorityClass']),
        `unknown priority class "${name}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; spec.priorityClasses defines ${known.map((entry) => `"${entry}"`).join(', ')}.` : '; define it under spec.priorityClasses (or use a system- class).'}`,
      );
    }
  }

  private checkDisruption(workload: ResolvedWorkload): void {
    const spec = workload.spec;
    const disruption = spec.disruption;
    if (!disruption || disruption.enabled === false) {
      return;
    }
    const at = workload.fieldPath;
    if (disruption.maxUnavailable !== undefined && disruption.minAvailable !== undefined) {
      this.report(
        at(['disruption', 'minAvailable']),
        'a PodDisruptionBudget takes maxUnavailable or minAvailable, not both.',
        'key',
      );
      return;
    }
    const field = disruption.minAvailable !== undefined ? 'minAvailable' : 'maxUnavailable';
    const raw = disruption[field];
    if (raw === undefined) {
      return;
    }
    const value = parseIntOrPercent(raw);
    if (!value || (value.kind === 'percent' && value.value > 100)) {
      this.report(
        at(['disruption', field]),
        `${JSON.stringify(raw)} is not a count or a percentage up to 100%.`,
      );
      return;
    }
    const bounds = replicaBounds(spec);
    const pods = Math.max(1, bounds?.min ?? 1);
    const policy: DisruptionPolicy = { field, value, path: ['spec', field] };
    if (allowedDisruptions(policy, pods) === 0) {
      this.report(
        at(['disruption', field]),
        `at the minimum of ${pods} replica${pods === 1 ? '' : 's'} this budget allows no pod to be evicted, so node drains and cluster-autoscaler scale-down hang. Use maxUnavailable: 1 (the default), or a minAvailable below ${pods}.`,
      );
    }
  }

  private checkVpa(workload: ResolvedWorkload): void {
    const spec = workload.spec;
    if (!isEnabled(spec.vpa)) {
      return;
    }
    const at = workload.fieldPath;
    const scaled: readonly string[] = resourceMetrics(spec);
    const asked = spec.vpa?.controlledResources;
    if (asked) {
      for (const [index, resource] of asked.entries()) {
        if (scaled.includes(resource)) {
          this.report(
            at(['vpa', 'controlledResources', index]),
            `the ${spec.autoscaler === 'keda' ? 'ScaledObject' : 'HPA'} scales on ${resource} utilization; a VPA that also sets ${resource} requests fights it (each resize moves the utilization the HPA acts on). Leave ${resource} out.`,
          );
        }
      }
    }
    if (
      vpaControlledResources(spec).filter((resource) => !scaled.includes(resource)).length === 0
    ) {
      this.report(
        at(asked ? ['vpa', 'controlledResources'] : ['vpa']),
        `the autoscaler scales on ${scaled.join(' and ')}, which leaves the VPA nothing to control (a generated VPA never controls what the autoscaler scales on); remove vpa, or scale on other metrics. A recommendation-only VPA (mode Off) over cpu and memory can stay in the base: it never changes a pod.`,
        asked ? 'value' : 'key',
      );
    }
    if (spec.vpa?.mode === 'InPlaceOrRecreate' && this.kubeMinorBelow(33)) {
      this.report(
        at(['vpa', 'mode']),
        `InPlaceOrRecreate resizes pods in place, which needs Kubernetes 1.33 or newer; kubeVersion is ${this.plan.spec.kubeVersion ?? ''}. Use Recreate or Initial.`,
      );
    }
    for (const bound of ['minAllowed', 'maxAllowed'] as const) {
      this.quantity(at(['vpa', bound, 'cpu']), spec.vpa?.[bound]?.cpu);
      this.quantity(at(['vpa', bound, 'memory']), spec.vpa?.[bound]?.memory);
    }
  }

  private checkMetrics(workload: ResolvedWorkload, autoscaler: string): void {
    const metrics = workload.spec.scaleOn?.metrics ?? [];
    const at = workload.fieldPath;
    metrics.forEach((metric, index) => {
      const path = at(['scaleOn', 'metrics', index]);
      const type = metric.type ?? 'Pods';
      this.quantity([...path, 'averageValue'], metric.averageValue);
      this.quantity([...path, 'value'], metric.value);
      this.quantity([...path, 'activation'], metric.activation);
      if (metric.averageValue !== undefined && metric.value !== undefined) {
        this.report([...path, 'value'], 'give averageValue or value, not both.', 'key');
      } else if (metric.averageValue === undefined && metric.value === undefined) {
        this.report(
          path,
          `metric "${metric.name}" needs a target: averageValue (per pod)${type === 'Pods' ? '' : ' or value (total)'}.`,
          'key',
        );
      }
      if (type === 'Pods' && metric.value !== undefined) {
        this.report(
          [...path, 'value'],
          'a Pods metric is averaged over the pods; its target is averageValue, not value.',
          'key',
        );
      }
      if (type === 'Object' && metric.object === undefined) {
        this.report(
          path,
          `an Object metric needs object: the kind and name of the object "${metric.name}" describes.`,
          'key',
        );
      }
      if (type !== 'Object' && metric.object !== undefined) {
        this.report([...path, 'object'], 'object only applies to type: Object.', 'key');
      }
      if (metric.activation !== undefined && autoscaler !== 'keda') {
        this.report(
          [...path, 'activation'],
          'activation is a KEDA setting; it needs autoscaler: keda.',
          'key',
        );
      }
    });
  }

  private checkService(workload: ResolvedWorkload, baseWorkload: BaseWorkload | undefined): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    const needs: ('ingress' | 'monitoring')[] = [];
    if (isEnabled(spec.ingress)) {
      needs.push('ingress');
    }
    if (isEnabled(spec.monitoring)) {
      needs.push('monitoring');
    }
    if (!this.base || needs.length === 0) {
      return;
    }
    const service = serviceFor(this.base, spec, baseWorkload);
    if (!service) {
      const names = this.base.services.map((entry) => entry.name);
      const message =
        spec.service !== undefined
          ? `the base ${this.base.display} has no Service "${spec.service}"${closestMatch(spec.service, names) ? `; did you mean "${closestMatch(spec.service, names) ?? ''}"?` : '.'}`
          : `${needs.join(' and ')} need${needs.length === 1 ? 's' : ''} a Service in front of "${workload.name}", and no Service in the base ${this.base.display} selects its pods; add one to the base, or name it with service.`;
      this.report(
        at(spec.service !== undefined ? ['service'] : [needs[0] ?? 'ingress']),
        message,
        spec.service !== undefined ? 'value' : 'key',
      );
      return;
    }
    const ports = service.ports;
    const describePorts = ports
      .map((port) => (port.name ? `${port.name} (${port.port})` : String(port.port)))
      .join(', ');
    const port = spec.ingress?.port;
    if (isEnabled(spec.ingress) && port !== undefined) {
      const found =
        typeof port === 'number'
          ? ports.some((entry) => entry.port === port)
          : ports.some((entry) => entry.name === port);
      if (!found) {
        this.report(
          at(['ingress', 'port']),
          `Service "${service.name}" has no port ${typeof port === 'number' ? String(port) : `named "${port}"`}; its ports: ${describePorts || 'none'}.`,
        );
      }
    }
    if (isEnabled(spec.ingress) && port === undefined && ports.length === 0) {
      this.report(at(['ingress']), `Service "${service.name}" has no ports to route to.`, 'key');
    }
    const monitoringPort = spec.monitoring?.port;
    if (isEnabled(spec.monitoring)) {
      if (monitoringPort === undefined) {
        this.report(
          at(['monitoring']),
          `monitoring needs port: the name of the Service port to scrape (Service "${service.name}" has ${describePorts || 'no ports'}).`,
          'key',
        );
      } else if (!ports.some((entry) => entry.name === monitoringPort)) {
        const suggestion = closestMatch(
          monitoringPort,
          ports.flatMap((entry) => (entry.name ? [entry.name] : [])),
        );
        this.report(
          at(['monitoring', 'port']),
          `Service "${service.name}" has no port named "${monitoringPort}"${suggestion ? `; did you mean "${suggestion}"?` : `; its ports: ${describePorts || 'none'} (a ServiceMonitor scrapes a named port).`}`,
        );
      }
    }
  }

  /** Fields required once an environment's override is merged onto the workload. */
  private checkMergedRequired(workload: ResolvedWorkload): void {
    const spec = workload.spec;
    const at = workload.fieldPath;
    if (isEnabled(spec.ingress) && spec.ingress?.host === undefined) {
      this.report(at(['ingress']), 'ingress needs host: the host name to route.', 'key');
    }
    if (isEnabled(spec.ingress) && spec.ingress?.tls && spec.ingress.tls.issuer === undefined) {
      this.report(
        at(['ingress', 'tls']),
        'tls needs issuer: the cert-manager issuer that signs the certificate.',
        'key',
      );
    }
    if (spec.scaleOn?.latency && spec.scaleOn.latency.target === undefined) {
      this.report(
        at(['scaleOn', 'latency']),
        'latency needs target: the latency to hold, such as 1500ms.',
        'key',
      );
    }
  }

  private checkAlerts(workload: ResolvedWorkload): void {
    const errorRate = workload.spec.alerts?.errorRate;
    if (errorRate !== undefined) {
      const value = Number(errorRate.replace('%', ''));
      if (!(value > 0 && value < 100)) {
        this.report(
          workload.fieldPath(['alerts', 'errorRate']),
          `the error-rate threshold must be above 0% and below 100%, not ${errorRate}.`,
        );
      }
    }
  }

  private checkBaseConflicts(
    workload: ResolvedWorkload,
    baseWorkload: BaseWorkload,
    base: BaseInfo,
  ): void {
    const spec = workload.spec;
    const autoscaler = spec.autoscaler ?? 'hpa';
    for (const reference of base.references) {
      const targets =
        reference.target?.kind === baseWorkload.kind && reference.target.name === baseWorkload.name;
      if (
        targets &&
        autoscaler !== 'none' &&
        (reference.kind === 'HorizontalPodAutoscaler' || reference.kind === 'ScaledObject')
      ) {
        this.report(
          ['spec', 'workloads', workload.name],
          `the base already has ${reference.kind} "${reference.name}" for ${baseWorkload.kind} "${baseWorkload.name}"; two autoscalers fight over one workload. Remove it from the base: the compiled overlay brings its own.`,
          'key',
        );
      }
      if (targets && reference.kind === 'VerticalPodAutoscaler' && isEnabled(spec.vpa)) {
        this.report(
          workload.fieldPath(['vpa']),
          `the base already has VerticalPodAutoscaler "${reference.name}" for this workload; remove it from the base or drop vpa here.`,
          'key',
        );
      }
      if (
        reference.kind === 'PodDisruptionBudget' &&
        spec.disruption?.enabled !== false &&
        reference.selector &&
        Object.keys(reference.selector).length > 0 &&
        Object.entries(reference.selector).every(
          ([key, value]) => baseWorkload.templateLabels[key] === value,
        )
      ) {
        this.report(
          ['spec', 'workloads', workload.name],
          `the base already has PodDisruptionBudget "${reference.name}" selecting these pods, and pods under two budgets cannot be evicted. Remove it from the base, or set disruption: {enabled: false}.`,
          'key',
        );
      }
    }
  }

  /** Custom metric names must mean one thing across the workloads of an environment. */
  private checkMetricNames(view: EnvironmentView): void {
    const seen = new Map<string, string>();
    for (const workload of view.workloads) {
      if ((workload.spec.autoscaler ?? 'hpa') !== 'hpa') {
        continue;
      }
      (workload.spec.scaleOn?.metrics ?? []).forEach((metric, index) => {
        const signature = JSON.stringify([
          metric.type ?? 'Pods',
          metric.series ?? metric.name,
          metric.rate ?? false,
          metric.object?.kind ?? '',
        ]);
        const previous = seen.get(metric.name);
        if (previous !== undefined && previous !== signature) {
          this.report(
            workload.fieldPath(['scaleOn', 'metrics', index, 'name']),
            `metric "${metric.name}" is defined differently by another workload (type, series, rate or object kind); the metrics API serves one definition per name. Rename one of them.`,
          );
        }
        seen.set(metric.name, signature);
      });
    }
  }

  /** Quotas against what the base's workloads request at their maximum scale. */
  private checkQuotaFit(view: EnvironmentView, base: BaseInfo): void {
    const groups = podGroups(view, base);
    for (const [name, quota] of Object.entries(view.quotas)) {
      for (const entry of quotaEntries(quota)) {
        const path = view.fieldPath('quotas', [name, ...entry.specPath]);
        if (entry.field !== 'count' && entry.resource !== GPU_RESOURCE) {
          for (const group of groups) {
            for (const container of group.containers) {
              if (container.kind === 'init' || container[entry.field].has(entry.resource)) {
                continue;
              }
              this.report(
                path,
                `quota "${name}" constrains ${entry.key}, but container "${container.name}" of ${group.label} sets no ${entry.resource} ${entry.field === 'requests' ? 'request' : 'limit'}, so its pods are rejected at admission. Set it (resources.${entry.field} of the workload in the spec, or in the base).`,
                'key',
              );
            }
          }
        }
        const total = usageAtMax(groups, entry);
        if (entry.limit !== undefined && total > entry.limit + 1e-9) {
          const what = entry.field === 'count' ? 'pods' : entry.resource;
          this.report(
            path,
            `at maximum scale the workloads ${entry.field === 'limits' ? 'are limited to' : entry.field === 'count' ? 'run' : 'request'} ${formatQuantity(what, total)} ${what} in all, above quota "${name}" (${formatQuantity(what, entry.limit)}); scale-out would stop with FailedCreate. Raise the quota, or lower replicas.max or the ${entry.field === 'count' ? 'replica counts' : entry.field}.`,
          );
        }
      }
    }
  }
}

/**
 * Semantic checks of a spec that passed the schema: references between its parts, replica
 * and disruption arithmetic, quantities, and — when the base has been read — the workloads,
 * containers and Services it names, and quotas against every workload at maximum scale.
 */
export function checkSpec(
  plan: ScalePlan,
  source: SpecSource,
  base: BaseInfo | undefined,
): SpecProblem[] {
  return new Checker(plan, source, base).run();
}
