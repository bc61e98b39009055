/*
 * RUNBOOK.md of an environment and of a cluster directory: the facts of the plan (bounds,
 * triggers, behaviour in words and as a step-load chart, alerts, quotas and pools at maximum
 * scale, the adapter's rules) rendered through the Handlebars templates. One job, the RUNBOOK's
 * content; its sections are short functions, which is why it is a little past 500 lines.
 */
import { runbookTemplate } from '../generated/runbook-template.js';
import type { ScalingRules } from '../k8s/autoscaling.js';
import { formatSeconds } from '../k8s/numbers.js';
import { formatQuantity, parseQuantity } from '../k8s/quantity.js';
import { fastestScaleDown } from '../k8s/hpa-controller.js';
import { stepLoadChart } from './scale-chart.js';
import { GPU_RESOURCE, podRequests } from '../plan/base.js';
import { podGroups, quotaEntries, usageAtMax, type PodGroup } from '../plan/capacity.js';
import type { ScalingDirection } from '../plan/resolve.js';
import { isEnabled, recommendsOnly, vpaControlledResources } from '../plan/model.js';
import type { WorkloadAlerts } from './alerts.js';
import { hpaName } from './autoscalers.js';
import {
  sorted,
  type EnvironmentContext,
  type PrometheusContext,
  type WorkloadContext,
} from './context.js';
import type { AdapterRule } from './metrics.js';
import { ADAPTER_RULES_FILE } from './adapter.js';
import { clusterRunbookTemplate } from '../generated/cluster-runbook-template.js';
import { clusterApplication, environmentApplication } from './applications.js';
import { disruptionField, type IngressSettings } from './objects.js';
import { poolProcedure, workloadProcedures, type Procedure } from './runbook-procedures.js';
import { cell, code } from './markdown-text.js';
import { alertRows, dcgmNote, monitoringFact } from './runbook-monitoring.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function per(periodSeconds: number): string {
  if (periodSeconds === 60) {
    return 'per minute';
  }
  if (periodSeconds === 3600) {
    return 'per hour';
  }
  return `every ${formatSeconds(periodSeconds)}`;
}

function policyWords(rules: ScalingDirection, verb: 'adds' | 'removes'): string {
  const periods = new Set(rules.policies.map((policy) => policy.periodSeconds));
  const shared = periods.size === 1;
  const parts = rules.policies.map((policy) => {
    const amount =
      policy.type === 'Pods' ? plural(policy.value, 'pod') : `${policy.value}% of the pods`;
    return shared ? amount : `${amount} ${per(policy.periodSeconds)}`;
  });
  const period = shared ? ` ${per(rules.policies[0]?.periodSeconds ?? 60)}` : '';
  const rounding = verb === 'removes' ? truncationNote(rules) : '';
  if (parts.length === 1) {
    return `${verb} at most ${parts[0] ?? ''}${period}${rounding}`;
  }
  const choice = rules.selectPolicy === 'Min' ? 'whichever is less' : 'whichever is more';
  return `${verb} at most ${parts.join(' or ')}${period}, ${choice}${rounding}`;
}

/**
 * The HPA truncates the count a Percent scale-down policy keeps (k8s/hpa-controller.ts), so
 * the pods it removes are the percentage rounded up: an example says so.
 */
function truncationNote(rules: ScalingDirection): string {
  const policy = rules.policies.find((candidate) => candidate.type === 'Percent');
  if (!policy || policy.value >= 100) {
    return '';
  }
  for (let count = 3; count <= 100; count++) {
    const exact = count * (1 - policy.value / 100);
    const kept = Math.trunc(exact);
    if (kept !== exact) {
      return `, rounded up to whole pods (${policy.value}% of ${count} is ${count - kept})`;
    }
  }
  return '';
}

function asRules(direction: ScalingDirection): ScalingRules {
  return {
    stabilizationWindowSeconds: direction.stabilizationWindowSeconds,
    selectPolicy: direction.selectPolicy,
    policies: direction.policies,
    explicit: { stabilization: true, policies: true },
  };
}

/** The RUNBOOK's step-load chart of one workload (see compile/scale-chart.ts). */
export function scaleSimulation(
  workload: WorkloadContext,
): { chart: string; table: string } | undefined {
  if (workload.autoscaler === 'none') {
    return undefined;
  }
  const { scaleUp, scaleDown } = workload.behavior;
  return stepLoadChart(workload.name, {
    // KEDA's HPA stops at one replica; KEDA itself takes the last step to zero.
    minReplicas:
      workload.autoscaler === 'keda' ? Math.max(1, workload.bounds.min) : workload.bounds.min,
    maxReplicas: workload.bounds.max,
    scaleUp: asRules(scaleUp),
    scaleDown: asRules(scaleDown),
    tolerance: {
      ...(scaleUp.tolerance !== undefined ? { up: scaleUp.tolerance } : {}),
      ...(scaleDown.tolerance !== undefined ? { down: scaleDown.tolerance } : {}),
    },
  });
}

/** The scale-up and scale-down behaviour in words, with the time from max to min. */
export function describeBehaviour(workload: WorkloadContext): string[] {
  const { scaleUp, scaleDown } = workload.behavior;
  const lines: string[] = [];
  if (scaleUp.selectPolicy === 'Disabled') {
    lines.push('Scale-up: disabled.');
  } else {
    const window =
      scaleUp.stabilizationWindowSeconds === 0
        ? 'acts at once (no stabilization window)'
        : `acts on the lowest recommendation of the last ${formatSeconds(scaleUp.stabilizationWindowSeconds)} (stabilization window)`;
    lines.push(`Scale-up: ${window} and ${policyWords(scaleUp, 'adds')}.`);
  }
  if (scaleDown.selectPolicy === 'Disabled') {
    lines.push('Scale-down: disabled; the replica count only grows until changed by hand.');
  } else {
    const window = formatSeconds(scaleDown.stabilizationWindowSeconds);
    const { max } = workload.bounds;
    // KEDA's HPA stops at one replica; KEDA itself takes the last step to zero.
    const min =
      workload.autoscaler === 'keda' ? Math.max(1, workload.bounds.min) : workload.bounds.min;
    const run = fastestScaleDown(asRules(scaleDown), max, min, 7 * 24 * 3600);
    const last = run.steps[run.steps.length - 1] ?? 0;
    const total = scaleDown.stabilizationWindowSeconds + last;
    const timing =
      max > min && run.to <= min
        ? ` Going from ${max} to ${min} replicas takes at least ${formatSeconds(total)} after the load drops (${window} window, then ${formatSeconds(last)} of removals).`
        : '';
    lines.push(
      `Scale-down: waits until the load has been lower for ${window} (the highest recommendation of the window wins), then ${policyWords(scaleDown, 'removes')}.${timing}`,
    );
  }
  if (scaleUp.tolerance !== undefined || scaleDown.tolerance !== undefined) {
    lines.push(
      `Tolerance: changes below ${[
        scaleUp.tolerance !== undefined ? `${scaleUp.tolerance * 100}% up` : undefined,
        scaleDown.tolerance !== undefined ? `${scaleDown.tolerance * 100}% down` : undefined,
      ]
        .filter(Boolean)
        .join(' and ')} are ignored.`,
    );
  }
  if (workload.autoscaler === 'keda') {
    const keda = workload.spec.keda ?? {};
    lines.push(
      `KEDA polls the triggers every ${keda.pollingInterval ?? '30s'}${workload.bounds.min === 0 ? `; with no activity for ${keda.cooldownPeriod ?? '5m'} (cooldown period) it scales to zero, and wakes on the first trigger above its activation threshold` : ''}.`,
    );
  }
  return lines;
}

function amounts(values: ReadonlyMap<string, number>): string {
  const entries = [...values.entries()].sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0
    ? 'none'
    : entries
        .map(([resource, value]) => `${resource} ${formatQuantity(resource, value)}`)
        .join(', ');
}

function workloadRows(
  environment: EnvironmentContext,
  workload: WorkloadContext,
  groups: readonly PodGroup[],
): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  const { min, max } = workload.bounds;
  if (workload.autoscaler === 'hpa') {
    rows.push({
      label: 'Autoscaler',
      value: `HorizontalPodAutoscaler ${code(hpaName(environment, workload))}, ${min} to ${max} replicas`,
    });
  } else if (workload.autoscaler === 'keda') {
    rows.push({
      label: 'Autoscaler',
      value: `KEDA ScaledObject ${code(environment.finalName(workload.names.scaledObject))} (HPA ${code(hpaName(environment, workload))}), ${min} to ${max} replicas${min === 0 ? ', scales to zero' : ''}`,
    });
  } else {
    rows.push({ label: 'Replicas', value: `fixed at ${min} (no autoscaler)` });
  }
  rows.push({
    label: 'Replica count owner',
    value:
      workload.autoscaler === 'none'
        ? 'the overlay (spec.replicas)'
        : 'the autoscaler: spec.replicas is removed from the workload, so a sync never resets it',
  });
  const containers = groups.find(
    (group) => group.name === workload.name && group.managed,
  )?.containers;
  for (const container of containers ?? []) {
    if (container.kind === 'init') {
      continue;
    }
    rows.push({
      label: `Container ${code(container.name)}${container.name === workload.container ? '' : ` (${container.kind === 'sidecar' ? 'sidecar' : 'from the base'})`}`,
      value: cell(`requests ${amounts(container.requests)}; limits ${amounts(container.limits)}`),
    });
  }
  const placement = workload.spec.placement ?? {};
  const placementParts: string[] = [];
  if (placement.nodePool !== undefined) {
    const pool = environment.view.nodePools[placement.nodePool];
    const selectors = [
      ...(pool?.instanceTypes ?? []).map(code),
      ...Object.entries(sorted(pool?.labels ?? {})).map(([key, value]) => code(`${key}=${value}`)),
    ];
    const affinity =
      selectors.length === 0
        ? 'GPU nodes by its request'
        : (placement.affinity ?? 'required') === 'preferred'
          ? `preferred, weight ${placement.weight ?? 100}: ${selectors.join(', ')}`
          : `required: ${selectors.join(', ')}`;
    placementParts.push(`node pool ${code(placement.nodePool)} (${affinity})`);
    if ((pool?.gpus ?? 0) > 0) {
      placementParts.push(`tolerates ${code('nvidia.com/gpu')}`);
    }
  }
  if ((placement.spreadZones ?? false) !== false) {
    placementParts.push(
      `spread across zones (${placement.spreadZones === 'required' ? 'required' : 'preferred'})`,
    );
  }
  if ((placement.antiAffinity ?? 'none') !== 'none') {
    placementParts.push(`one pod per node (${placement.antiAffinity ?? ''} anti-affinity)`);
  }
  if (placementParts.length > 0) {
    rows.push({ label: 'Placement', value: placementParts.join('; ') });
  }
  if (workload.spec.priorityClass !== undefined) {
    const priorityClass = environment.view.priorityClasses[workload.spec.priorityClass];
    rows.push({
      label: 'Priority class',
      value: `${code(workload.spec.priorityClass)}${priorityClass ? ` (value ${priorityClass.value})` : ''}`,
    });
  }
  if (workload.spec.disruption?.enabled !== false) {
    const { field, value } = disruptionField(workload);
    rows.push({
      label: 'Disruption budget',
      value: `${field} ${String(value)}: node drains can always evict at least one pod`,
    });
  }
  if (isEnabled(workload.spec.vpa)) {
    rows.push({
      label: 'Vertical autoscaler',
      value: recommendsOnly(workload.spec)
        ? `VPA mode ${code('Off')}: recommends ${vpaControlledResources(workload.spec).join(' and ')} requests (\`kubectl describe vpa ${environment.finalName(workload.names.vpa)}\`) and never changes a pod`
        : `VPA mode ${code(workload.spec.vpa?.mode ?? '')}, sets ${vpaControlledResources(workload.spec).join(' and ')} requests`,
    });
  }
  const ingresses: [string, IngressSettings][] = [];
  if (isEnabled(workload.spec.ingress) && workload.spec.ingress) {
    ingresses.push([workload.spec.ingress.host ?? '', workload.spec.ingress]);
  }
  for (const [name, shared] of Object.entries(environment.view.ingresses)) {
    const paths = (shared.routes ?? [])
      .filter((route) => route.workload === workload.name)
      .map((route) => route.path);
    if (paths.length > 0) {
      ingresses.push([
        `${shared.host ?? ''}${paths.join(', ')} (shared Ingress ${code(environment.finalName(name))})`,
        shared,
      ]);
    }
  }
  for (const [where, ingress] of ingresses) {
    const details = [
      ingress.tls ? `TLS from ${code(ingress.tls.issuer ?? '')}` : 'no TLS',
      ingress.rateLimitRpm !== undefined
        ? `${ingress.rateLimitRpm} requests/min per client`
        : undefined,
      ingress.rateLimitRps !== undefined
        ? `${ingress.rateLimitRps} requests/s per client`
        : undefined,
      ingress.timeout !== undefined ? `timeout ${ingress.timeout}` : undefined,
      ingress.maxBodySize !== undefined ? `body up to ${ingress.maxBodySize}` : undefined,
    ].filter((part): part is string => part !== undefined);
    rows.push({ label: 'Ingress', value: cell(`${where}: ${details.join(', ')}`) });
  }
  return rows;
}

function share(used: number, limit: number | undefined): string {
  if (limit === undefined || limit === 0) {
    return used > 0 ? 'over' : '–';
  }
  const percent = Math.round((used / limit) * 100);
  return used > limit ? `${percent}% (over)` : `${percent}%`;
}

function poolSection(
  environment: EnvironmentContext,
  name: string,
  groups: readonly PodGroup[],
): {
  name: string;
  summary: string;
  rows: { resource: string; used: string; limit: string; share: string }[];
  procedure: RenderedProcedure | undefined;
} {
  const pool = environment.view.nodePools[name];
  const placed = groups.filter((group) => group.managed && group.nodePool === name);
  const nodes = pool?.max;
  const rows: { resource: string; used: string; limit: string; share: string }[] = [];
  let nodesNeeded = 0;
  const perNode: [string, number | undefined][] = [
    ['cpu', parseQuantity(pool?.cpu)],
    ['memory', parseQuantity(pool?.memory)],
    [GPU_RESOURCE, pool?.gpus],
  ];
  for (const [resource, capacity] of perNode) {
    const used = placed.reduce(
      (sum, group) => sum + (podRequests(group.containers).get(resource) ?? 0) * group.maxReplicas,
      0,
    );
    if (capacity === undefined || (capacity === 0 && used === 0)) {
      continue;
    }
    const offered = nodes !== undefined ? capacity * nodes : undefined;
    if (capacity > 0) {
      nodesNeeded = Math.max(nodesNeeded, Math.ceil(used / capacity - 1e-9));
    }
    rows.push({
      resource,
      used: formatQuantity(resource, used),
      limit:
        offered !== undefined
          ? `${formatQuantity(resource, offered)} (${nodes ?? 0} × ${formatQuantity(resource, capacity)})`
          : 'unknown (no max)',
      share: share(used, offered),
    });
  }
  const workloads = placed.map((group) => `${code(group.name)} × ${group.maxReplicas}`).join(', ');
  const summary =
    placed.length === 0
      ? 'No workload of this spec is placed here.'
      : `${workloads} need at least ${plural(nodesNeeded, 'node')} (requests alone, before system pods and bin-packing losses)${nodes !== undefined ? `; the pool grows to ${plural(nodes, 'node')}${nodesNeeded > nodes ? ' — not enough: pods stay Pending at max scale' : ''}` : ''}.`;
  return {
    name: code(name),
    summary,
    rows,
    procedure: pool ? renderProcedure(poolProcedure(name, pool)) : undefined,
  };
}

interface RenderedProcedure {
  title: string;
  text: string;
  commands: string[];
}

function renderProcedure(procedure: Procedure): RenderedProcedure {
  return {
    title: procedure.title,
    text: procedure.text,
    commands: procedure.commands.map(code),
  };
}

export interface RunbookInput {
  environment: EnvironmentContext;
  header: string;
  specPath: string;
  basePath: string;
  alerts: ReadonlyMap<string, WorkloadAlerts>;
  /** The plan-wide alerts (`spec.alerts`). */
  planAlerts: WorkloadAlerts;
  adapterRules: readonly AdapterRule[];
  /** The environment's cluster directory from its overlay, when it has one. */
  clusterDirectory: string | undefined;
}

/**
 * What the adapter serves: the metrics the autoscalers read, and apart from them the rules of
 * `prometheus.adapterRules` no autoscaler of this environment reads (served for others).
 */
function adapterSentence(
  environment: EnvironmentContext,
  rules: readonly AdapterRule[],
  where: string,
): string {
  const read = new Set(
    environment.workloads.flatMap((workload) =>
      workload.autoscaler === 'none'
        ? []
        : workload.metrics.flatMap((metric) => (metric.adapter ? [metric.adapter.name] : [])),
    ),
  );
  const names = (list: readonly AdapterRule[]): string =>
    list.map((rule) => code(rule.name)).join(', ');
  const used = rules.filter((rule) => read.has(rule.name));
  const unused = rules.filter((rule) => !read.has(rule.name));
  const parts = [
    used.length > 0
      ? `The autoscalers read ${names(used)} from the custom and external metrics APIs`
      : undefined,
    unused.length > 0
      ? `${used.length > 0 ? 'the adapter also serves' : 'The adapter serves'} ${names(unused)}, which no autoscaler here reads`
      : undefined,
  ].filter((part): part is string => part !== undefined);
  return `${parts.join('; ')}; ${where}.`;
}

/** RUNBOOK.md of one environment, rendered from the precompiled Handlebars template. */
export function renderRunbook(input: RunbookInput): string {
  const { environment } = input;
  const view = environment.view;
  const facts = [
    `Spec: ${code(input.specPath)}; base: ${code(input.basePath)}; build with ${code(`kubectl kustomize ${view.name}`)} from the output directory.`,
    `Namespace: ${environment.finalNamespace !== undefined ? code(environment.finalNamespace) : 'as the base sets it'}${view.namePrefix || view.nameSuffix ? `; names are ${code(`${view.namePrefix}<name>${view.nameSuffix}`)}` : ''}.`,
    input.clusterDirectory !== undefined
      ? `Cluster: ${code(view.cluster)}. This overlay holds only objects of its namespace; the cluster-wide ones (PriorityClasses, prometheus-adapter rules) are in ${code(input.clusterDirectory)}, shared with the other environments of the cluster and synced by its own Argo CD Application (${code(clusterApplication(environment.plan.metadata.name, view.cluster))}; see its RUNBOOK.md). Sync that one first: a pod naming a PriorityClass the cluster does not have yet is rejected.`
      : `Cluster: ${code(view.cluster)}; the spec gives it no cluster-wide objects.`,
  ];
  const monitoring = monitoringFact(environment, input.alerts, input.planAlerts);
  if (monitoring !== undefined) {
    facts.push(monitoring);
  }
  // Computed once: the pod groups span every workload, so per-workload calls were quadratic.
  const groups = podGroups(view, environment.base);
  const workloads = environment.workloads.map((workload) => {
    const alerts = alertRows(input.alerts.get(workload.name)?.summaries ?? []);
    return {
      heading: `${cell(workload.name)} (${workload.kind})`,
      rows: workloadRows(environment, workload, groups),
      triggerIntro:
        workload.autoscaler === 'none'
          ? 'None: the replica count is fixed.'
          : 'The autoscaler computes a replica count for each target and follows the highest.',
      triggers:
        workload.autoscaler === 'none'
          ? []
          : workload.metrics.map((metric) => cell(metric.description)),
      behaviour: workload.autoscaler === 'none' ? ['No autoscaling.'] : describeBehaviour(workload),
      simulation: scaleSimulation(workload),
      procedures: workloadProcedures(environment, workload, input.specPath).map(renderProcedure),
      alerts,
    };
  });
  const quotas = Object.keys(view.quotas)
    .sort()
    .map((name) => ({
      name: code(name),
      rows: quotaEntries(view.quotas[name] ?? {}).map((entry) => {
        const used = usageAtMax(groups, entry);
        const what = entry.field === 'count' ? 'pods' : entry.resource;
        return {
          resource: code(entry.key),
          used: formatQuantity(what, used),
          limit: entry.limit !== undefined ? formatQuantity(what, entry.limit) : '–',
          share: share(used, entry.limit),
        };
      }),
    }));
  const pools = Object.keys(view.nodePools)
    .sort()
    .map((name) => poolSection(environment, name, groups));
  const capacityIntro =
    quotas.length === 0 && pools.length === 0
      ? 'The spec defines no quotas or node pools to check against.'
      : `Every workload of the base at its maximum replica count (${groups.map((group) => `${code(group.name)} × ${group.maxReplicas}`).join(', ') || 'none'}), with the requests the overlay sets.`;
  const configMap = environment.prometheus.adapterConfigMap;
  const where =
    view.prometheus.adapterRulesOnly === true
      ? `another ScalePlan of the cluster writes the adapter's ConfigMap; it lists ${code(`${input.clusterDirectory ?? ''}/${ADAPTER_RULES_FILE}`)} in its ${code('prometheus.adapterRulesFrom')}, which merges these rules`
      : `the rules are in the ConfigMap ${code(configMap)} (namespace ${code(environment.prometheus.adapterNamespace)}, key ${code('config.yaml')}) of the cluster directory ${code(input.clusterDirectory ?? '')}, one for every environment of the cluster; install prometheus-adapter with ${code(`rules.existing=${configMap}`)}`;
  const pipeline = [
    ...(input.adapterRules.length === 0
      ? []
      : [adapterSentence(environment, input.adapterRules, where)]),
    ...[dcgmNote(environment)].filter((note): note is string => note !== undefined),
    ...(input.adapterRules.length === 0
      ? []
      : ["New series appear after the adapter's relist interval (10m by default)."]),
  ];
  const adapter = pipeline.length > 0 ? pipeline.join(' ') : undefined;
  const planAlerts = alertRows(input.planAlerts.summaries);
  return runbookTemplate({
    header: input.header,
    title: cell(`${environment.plan.metadata.name} (${view.name})`),
    description:
      environment.plan.metadata.description !== undefined
        ? cell(environment.plan.metadata.description)
        : undefined,
    facts,
    workloads,
    capacityIntro,
    quotas,
    pools,
    adapter,
    planAlerts,
  });
}

export { clusterApplication, environmentApplication } from './applications.js';

export interface ClusterRunbookInput {
  plan: { metadata: { name: string } };
  cluster: string;
  /** `clusters/<cluster>`, relative to the output directory. */
  directory: string;
  header: string;
  specPath: string;
  environments: readonly { name: string; namespace: string | undefined }[];
  priorityClasses: readonly string[];
  prometheus: PrometheusContext;
  ownRules: readonly AdapterRule[];
  included: readonly { entry: string; rules: readonly AdapterRule[] }[];
  writesConfigMap: boolean;
}

/** RUNBOOK.md of a cluster directory: what it holds, who syncs it, how the adapter gets rules. */
export function renderClusterRunbook(input: ClusterRunbookInput): string {
  const plan = input.plan.metadata.name;
  const environments = input.environments.map((environment) => environment.name);
  const holds: string[] = [];
  if (input.priorityClasses.length > 0) {
    holds.push(`PriorityClasses ${input.priorityClasses.map(code).join(', ')}`);
  }
  if (input.writesConfigMap) {
    holds.push(
      `ConfigMap ${code(`${input.prometheus.adapterNamespace}/${input.prometheus.adapterConfigMap}`)}`,
    );
  }
  if (input.ownRules.length > 0) {
    holds.push(`${code(ADAPTER_RULES_FILE)} (not deployed; for other plans to merge)`);
  }
  const owners = [
    {
      directory: code(`${input.directory}/`),
      holds: holds.join('; '),
      application: `${code(clusterApplication(plan, input.cluster))} (plugin parameter ${code(`env: ${input.directory}`)})`,
    },
    ...input.environments.map((environment) => ({
      directory: code(`${environment.name}/`),
      holds: `the objects of namespace ${environment.namespace !== undefined ? code(environment.namespace) : '(as the base sets it)'}`,
      application: `${code(environmentApplication(plan, environment.name))} (plugin parameter ${code(`env: ${environment.name}`)})`,
    })),
  ];
  const adapter: string[] = [];
  if (input.ownRules.length > 0 || input.included.length > 0) {
    adapter.push(
      input.writesConfigMap
        ? `prometheus-adapter reads one configuration; this directory writes it: ConfigMap ${code(input.prometheus.adapterConfigMap)} in ${code(input.prometheus.adapterNamespace)}, key ${code('config.yaml')}. Install the adapter chart with ${code(`rules.existing=${input.prometheus.adapterConfigMap}`)} (and ${code('rules.default=false')}).`
        : `${code('prometheus.adapterRulesOnly')} is set: another ScalePlan of the cluster writes the adapter's ConfigMap. It must list this directory's ${code(ADAPTER_RULES_FILE)} in its ${code('prometheus.adapterRulesFrom')}; compile it again whenever this file changes (its ${code('compile --check')} fails until then).`,
    );
    if (input.ownRules.length > 0) {
      adapter.push(
        `Rules of ${plan} (${environments.map(code).join(', ')}): ${input.ownRules.map((rule) => code(rule.name)).join(', ')}; also written alone to ${code(ADAPTER_RULES_FILE)}, for another plan's ${code('adapterRulesFrom')}.`,
      );
    }
    for (const source of input.included) {
      adapter.push(
        `Merged from ${code(source.entry)} (another ScalePlan's rules file): ${source.rules.map((rule) => code(rule.name)).join(', ') || 'no rules'}.`,
      );
    }
  }
  return clusterRunbookTemplate({
    header: input.header,
    title: cell(`${plan} on cluster ${input.cluster}`),
    facts: [
      `Spec: ${code(input.specPath)}; build with ${code(`kubectl kustomize ${input.directory}`)} from the output directory.`,
      `Environments on this cluster: ${input.environments.map((environment) => `${code(environment.name)} (namespace ${environment.namespace !== undefined ? code(environment.namespace) : 'as the base sets it'})`).join(', ')}.`,
    ],
    owners,
    ownership:
      "Every object is in exactly one directory: the cluster-scoped objects and those outside the environments' namespaces are here, once for the cluster, so deleting or pruning an environment's Application never removes them. Sync this directory before the environments (or give its Application an earlier sync wave): their pods name its PriorityClasses.",
    priorityClasses:
      input.priorityClasses.length > 0
        ? `${input.priorityClasses.map(code).join(', ')}: one definition for every environment of the cluster (the spec is refused when two environments define one differently).`
        : undefined,
    adapter: adapter.length > 0 ? adapter.map((line) => `- ${line}`).join('\n') : undefined,
  });
}
