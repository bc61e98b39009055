import type { BaseInfo } from '../plan/base.js';
import { clusterEnvironments, environmentNames, resolveEnvironment } from '../plan/resolve.js';
import { isEnabled } from '../plan/model.js';
import { CLUSTERS_DIRECTORY, type PriorityClassSpec, type ScalePlan } from '../plan/types.js';
import {
  ADAPTER_CONFIGMAP_FILE,
  ADAPTER_RULES_FILE,
  adapterConfig,
  adapterConfigMap,
  adapterRules,
  mergeAdapterRules,
} from './adapter.js';
import {
  planAlerts,
  planPrometheusRule,
  prometheusRule,
  workloadAlerts,
  type WorkloadAlerts,
} from './alerts.js';
import { autoscalerDocuments } from './autoscalers.js';
import { environmentContext, type EnvironmentContext } from './context.js';
import {
  CONFIGURATIONS_FILE,
  clusterKustomization,
  kustomization,
  nameReferenceConfiguration,
} from './kustomization.js';
import type { AdapterRule } from './metrics.js';
import {
  ingress,
  sharedIngress,
  podDisruptionBudget,
  priorityClasses,
  resourceQuotas,
  serviceLabelPatch,
  serviceMonitor,
  workloadPatch,
} from './objects.js';
import { renderClusterRunbook, renderRunbook } from './runbook.js';
import { toYamlStream, type Json } from './yaml.js';

/** One generated file of an environment or cluster directory. */
export type GeneratedFile =
  { path: string; kind: 'yaml'; documents: Json[] } | { path: string; kind: 'text'; text: string };

export interface EnvironmentOverlay {
  name: string;
  /** The cluster the environment is deployed to. */
  cluster: string;
  /** Files of `<output>/<name>/`, paths relative to that directory. */
  files: GeneratedFile[];
}

/** The cluster-wide objects of one cluster, compiled once for all its environments. */
export interface ClusterOverlay {
  name: string;
  /** `clusters/<name>`, relative to the output directory. */
  directory: string;
  /** Every environment of the spec on this cluster. */
  environments: string[];
  /** Files of `<output>/clusters/<name>/`, paths relative to that directory. */
  files: GeneratedFile[];
}

/** What a spec compiles to, in memory. */
export interface OverlayPlan {
  environments: EnvironmentOverlay[];
  /** The clusters of the compiled environments that have cluster-wide objects. */
  clusters: ClusterOverlay[];
}

/** Rules another ScalePlan wrote for the same adapter (`adapterRulesFrom`), already read. */
export interface IncludedRules {
  /** The entry of `adapterRulesFrom`, as written in the spec. */
  entry: string;
  rules: AdapterRule[];
}

export interface CompileContext {
  base: BaseInfo;
  /** The spec file relative to the output directory (`../scaleplan.yaml`), `/`-separated. */
  specFromOutput: string;
  /** The base directory relative to the output directory (`../base`). */
  baseFromOutput: string;
  /** Environments to compile; default every one. Unknown names are the caller's error. */
  environments?: readonly string[];
  /** The rules files of `adapterRulesFrom`, by entry (read and checked by the caller). */
  includedRules?: ReadonlyMap<string, AdapterRule[]>;
}

export const KUSTOMIZATION_FILE = 'kustomization.yaml';
export const RUNBOOK_FILE = 'RUNBOOK.md';
export const PRIORITY_CLASSES_FILE = 'priority-classes.yaml';
/** The plan-wide alerts (`spec.alerts`); a workload's file is `<workload>-alerts.yaml`. */
export const PLAN_ALERTS_FILE = 'alerts.yaml';

/** The directory of a cluster, relative to the output directory. */
export function clusterDirectory(cluster: string): string {
  return `${CLUSTERS_DIRECTORY}/${cluster}`;
}

/** A path relative to the output directory, seen from a directory `depth` levels below it. */
function fromDirectory(pathFromOutput: string, depth: number): string {
  const up = Array.from({ length: depth }, () => '..').join('/');
  return pathFromOutput === '.' ? up : `${up}/${pathFromOutput}`;
}

/** `../` + a path relative to the output directory = the path from an environment directory. */
function fromEnvironment(pathFromOutput: string): string {
  return fromDirectory(pathFromOutput, 1);
}

/**
 * Compiles a checked spec into overlays: pure, deterministic, no file system. Every object is
 * generated from the spec and the base's index; the same inputs give the same plan. Objects
 * that are cluster-scoped or live outside the environment's namespace (PriorityClasses, the
 * prometheus-adapter rules) go to the cluster directory of each cluster the compiled
 * environments are on, made from every environment of that cluster: an overlay holds only
 * objects of its own namespace, so no two Argo CD Applications own one object.
 */
export function compile(plan: ScalePlan, context: CompileContext): OverlayPlan {
  const names = context.environments ?? environmentNames(plan);
  const contexts = new Map<string, EnvironmentContext>();
  const contextOf = (name: string): EnvironmentContext => {
    let environment = contexts.get(name);
    if (!environment) {
      environment = environmentContext(plan, resolveEnvironment(plan, name), context.base);
      contexts.set(name, environment);
    }
    return environment;
  };
  const clusters: ClusterOverlay[] = [];
  for (const [cluster, members] of clusterEnvironments(plan)) {
    if (!members.some((name) => names.includes(name))) {
      continue;
    }
    const overlay = compileCluster(cluster, members.map(contextOf), context);
    if (overlay) {
      clusters.push(overlay);
    }
  }
  const withDirectory = new Set(clusters.map((cluster) => cluster.name));
  const environments = names.map((name) =>
    compileEnvironment(contextOf(name), context, withDirectory),
  );
  return { environments, clusters };
}

function compileEnvironment(
  environment: EnvironmentContext,
  context: CompileContext,
  clustersWithDirectory: ReadonlySet<string>,
): EnvironmentOverlay {
  const files: GeneratedFile[] = [];
  const resources: string[] = [];
  const patches: string[] = [];
  const add = (path: string, documents: Json[], list: string[]): void => {
    if (documents.length > 0) {
      files.push({ path, kind: 'yaml', documents });
      list.push(path);
    }
  };
  add('quotas.yaml', resourceQuotas(environment), resources);
  const planRules = planAlerts(environment);
  const planRule = planPrometheusRule(environment, planRules);
  add(PLAN_ALERTS_FILE, planRule ? [planRule] : [], resources);
  const alertsByWorkload = new Map<string, WorkloadAlerts>();
  let needsConfigurations = false;
  for (const workload of environment.workloads) {
    for (const file of autoscalerDocuments(workload)) {
      add(file.file, file.documents, resources);
      if (workload.autoscaler === 'keda' || isEnabled(workload.spec.vpa)) {
        needsConfigurations = true;
      }
    }
    if (workload.spec.disruption?.enabled !== false) {
      add(`${workload.name}-pdb.yaml`, [podDisruptionBudget(workload)], resources);
    }
    const ingressObject = ingress(workload);
    add(`${workload.names.ingress}-ingress.yaml`, ingressObject ? [ingressObject] : [], resources);
    const monitor = serviceMonitor(environment, workload);
    add(`${workload.name}-servicemonitor.yaml`, monitor ? [monitor] : [], resources);
    const alerts = workloadAlerts(environment, workload);
    alertsByWorkload.set(workload.name, alerts);
    const rule = prometheusRule(environment, workload, alerts);
    add(`${workload.name}-alerts.yaml`, rule ? [rule] : [], resources);
  }
  for (const [name, spec] of Object.entries(environment.view.ingresses)) {
    add(`${name}-ingress.yaml`, [sharedIngress(environment, name, spec)], resources);
  }
  const rules = adapterRules(environment);
  for (const workload of environment.workloads) {
    const patch = workloadPatch(environment, workload);
    add(`${workload.name}-patch.yaml`, patch ? [patch] : [], patches);
    const servicePatch = serviceLabelPatch(workload, environment.prometheus.scrape);
    add(`${workload.name}-service-patch.yaml`, servicePatch ? [servicePatch] : [], patches);
  }
  const objectKinds = environment.workloads.flatMap((workload) =>
    workload.autoscaler === 'hpa'
      ? (workload.spec.scaleOn?.metrics ?? []).flatMap((metric) =>
          metric.object !== undefined ? [metric.object.kind] : [],
        )
      : [],
  );
  if (objectKinds.length > 0) {
    needsConfigurations = true;
  }
  if (needsConfigurations) {
    files.push({
      path: CONFIGURATIONS_FILE,
      kind: 'yaml',
      documents: [nameReferenceConfiguration(objectKinds)],
    });
  }
  files.push({
    path: KUSTOMIZATION_FILE,
    kind: 'yaml',
    documents: [
      kustomization(environment, {
        base: fromEnvironment(context.baseFromOutput),
        resources,
        patches,
        configurations: needsConfigurations,
        clusterDirectory: clustersWithDirectory.has(environment.view.cluster)
          ? `../${clusterDirectory(environment.view.cluster)}`
          : undefined,
      }),
    ],
  });
  const specPath = fromEnvironment(context.specFromOutput);
  files.push({
    path: 'RUNBOOK.md',
    kind: 'text',
    text: renderRunbook({
      environment,
      header: `<!-- ${headerText(specPath)} -->`,
      specPath,
      basePath: fromEnvironment(context.baseFromOutput),
      alerts: alertsByWorkload,
      planAlerts: planRules,
      adapterRules: rules,
      clusterDirectory: clustersWithDirectory.has(environment.view.cluster)
        ? `../${clusterDirectory(environment.view.cluster)}`
        : undefined,
    }),
  });
  return {
    name: environment.view.name,
    cluster: environment.view.cluster,
    files: sortFiles(files),
  };
}

function sortFiles(files: GeneratedFile[]): GeneratedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The cluster directory: the PriorityClasses of the cluster's environments, the adapter's
 * ConfigMap with the rules of all of them and of `adapterRulesFrom`, and this plan's own rules
 * file for other plans to merge. Undefined when the cluster has no cluster-wide object.
 */
function compileCluster(
  cluster: string,
  environments: readonly EnvironmentContext[],
  context: CompileContext,
): ClusterOverlay | undefined {
  const [first] = environments;
  if (!first) {
    return undefined;
  }
  const classes: Record<string, PriorityClassSpec> = {};
  for (const environment of environments) {
    Object.assign(classes, environment.view.priorityClasses);
  }
  const own = mergeAdapterRules(environments.map(adapterRules));
  const settings = first.view.prometheus;
  const included = (settings.adapterRulesFrom ?? []).map((entry): IncludedRules => ({
    entry,
    rules: context.includedRules?.get(entry) ?? [],
  }));
  const merged = mergeAdapterRules([own, ...included.map((source) => source.rules)]);
  const writesConfigMap = settings.adapterRulesOnly !== true && merged.length > 0;
  const priorityObjects = priorityClasses(classes);
  if (priorityObjects.length === 0 && merged.length === 0) {
    return undefined;
  }
  const files: GeneratedFile[] = [];
  const resources: string[] = [];
  if (priorityObjects.length > 0) {
    files.push({ path: PRIORITY_CLASSES_FILE, kind: 'yaml', documents: priorityObjects });
    resources.push(PRIORITY_CLASSES_FILE);
  }
  if (writesConfigMap) {
    files.push({
      path: ADAPTER_CONFIGMAP_FILE,
      kind: 'yaml',
      documents: [adapterConfigMap(first.prometheus, merged)],
    });
    resources.push(ADAPTER_CONFIGMAP_FILE);
  }
  if (own.length > 0) {
    files.push({ path: ADAPTER_RULES_FILE, kind: 'yaml', documents: [adapterConfig(own)] });
  }
  files.push({
    path: KUSTOMIZATION_FILE,
    kind: 'yaml',
    documents: [clusterKustomization(first.plan.spec.labels ?? {}, resources)],
  });
  const directory = clusterDirectory(cluster);
  const specPath = fromDirectory(context.specFromOutput, 2);
  files.push({
    path: RUNBOOK_FILE,
    kind: 'text',
    text: renderClusterRunbook({
      plan: first.plan,
      cluster,
      directory,
      header: `<!-- ${headerText(specPath)} -->`,
      specPath,
      environments: environments.map((environment) => ({
        name: environment.view.name,
        namespace: environment.finalNamespace,
      })),
      priorityClasses: Object.keys(classes).sort(),
      prometheus: first.prometheus,
      ownRules: own,
      included,
      writesConfigMap,
    }),
  });
  return {
    name: cluster,
    directory,
    environments: environments.map((environment) => environment.view.name),
    files: sortFiles(files),
  };
}

function headerText(specPath: string): string {
  return `Generated by scaleplan from ${specPath}; do not edit. Change the spec and run "scaleplan compile".`;
}

/**
 * The plan as file contents, keyed by path relative to the output directory
 * (`<env>/<file>`, `clusters/<cluster>/<file>`): YAML with a header comment naming the spec,
 * Markdown as rendered.
 */
export function emit(
  plan: OverlayPlan,
  context: Pick<CompileContext, 'specFromOutput'>,
): Map<string, string> {
  const output = new Map<string, string>();
  const directories = [
    ...plan.environments.map((environment) => ({ directory: environment.name, ...environment })),
    ...plan.clusters,
  ];
  for (const { directory, files } of directories) {
    const specPath = fromDirectory(context.specFromOutput, directory.split('/').length);
    for (const file of files) {
      const content =
        file.kind === 'yaml'
          ? `# ${headerText(specPath)}\n${toYamlStream(file.documents)}`
          : file.text;
      output.set(`${directory}/${file.path}`, content);
    }
  }
  return new Map([...output.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
