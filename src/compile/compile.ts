import type { BaseInfo } from '../plan/base.js';
import { environmentNames, resolveEnvironment } from '../plan/resolve.js';
import { isEnabled } from '../plan/model.js';
import type { ScalePlan } from '../plan/types.js';
import { adapterConfigMap, adapterRules } from './adapter.js';
import { prometheusRule, workloadAlerts, type WorkloadAlerts } from './alerts.js';
import { autoscalerDocuments } from './autoscalers.js';
import { environmentContext, type EnvironmentContext } from './context.js';
import { CONFIGURATIONS_FILE, kustomization, nameReferenceConfiguration } from './kustomization.js';
import {
  ingress,
  podDisruptionBudget,
  priorityClasses,
  resourceQuotas,
  serviceLabelPatch,
  serviceMonitor,
  workloadPatch,
} from './objects.js';
import { renderRunbook } from './runbook.js';
import { toYamlStream, type Json } from './yaml.js';

/** One generated file of an environment. */
export type GeneratedFile =
  { path: string; kind: 'yaml'; documents: Json[] } | { path: string; kind: 'text'; text: string };

export interface EnvironmentOverlay {
  name: string;
  /** Files of `<output>/<name>/`, paths relative to that directory. */
  files: GeneratedFile[];
}

/** What a spec compiles to, in memory. */
export interface OverlayPlan {
  environments: EnvironmentOverlay[];
}

export interface CompileContext {
  base: BaseInfo;
  /** The spec file relative to the output directory (`../scaleplan.yaml`), `/`-separated. */
  specFromOutput: string;
  /** The base directory relative to the output directory (`../base`). */
  baseFromOutput: string;
  /** Environments to compile; default every one. Unknown names are the caller's error. */
  environments?: readonly string[];
}

export const KUSTOMIZATION_FILE = 'kustomization.yaml';
export const RUNBOOK_FILE = 'RUNBOOK.md';

/** `../` + a path relative to the output directory = the path from an environment directory. */
function fromEnvironment(pathFromOutput: string): string {
  return pathFromOutput === '.' ? '..' : `../${pathFromOutput}`;
}

/**
 * Compiles a checked spec into overlays: pure, deterministic, no file system. Every object is
 * generated from the spec and the base's index; the same inputs give the same plan.
 */
export function compile(plan: ScalePlan, context: CompileContext): OverlayPlan {
  const names = context.environments ?? environmentNames(plan);
  return {
    environments: names.map((name) =>
      compileEnvironment(
        environmentContext(plan, resolveEnvironment(plan, name), context.base),
        context,
      ),
    ),
  };
}

function compileEnvironment(
  environment: EnvironmentContext,
  context: CompileContext,
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
  add('priority-classes.yaml', priorityClasses(environment), resources);
  add('quotas.yaml', resourceQuotas(environment), resources);
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
    add(`${workload.name}-ingress.yaml`, ingressObject ? [ingressObject] : [], resources);
    const monitor = serviceMonitor(environment, workload);
    add(`${workload.name}-servicemonitor.yaml`, monitor ? [monitor] : [], resources);
    const alerts = workloadAlerts(environment, workload);
    alertsByWorkload.set(workload.name, alerts);
    const rule = prometheusRule(environment, workload, alerts);
    add(`${workload.name}-alerts.yaml`, rule ? [rule] : [], resources);
  }
  const rules = adapterRules(environment);
  const adapterName = rules.length > 0 ? environment.prometheus.adapterConfigMap : undefined;
  if (rules.length > 0) {
    add('prometheus-adapter.yaml', [adapterConfigMap(environment, rules)], resources);
  }
  for (const workload of environment.workloads) {
    const patch = workloadPatch(environment, workload);
    add(`${workload.name}-patch.yaml`, patch ? [patch] : [], patches);
    const servicePatch = serviceLabelPatch(workload);
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
        adapterConfigMap: adapterName,
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
      adapterRules: rules,
    }),
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { name: environment.view.name, files };
}

function headerText(specPath: string): string {
  return `Generated by scaleplan from ${specPath}; do not edit. Change the spec and run "scaleplan compile".`;
}

/**
 * The plan as file contents, keyed by path relative to the output directory
 * (`<env>/<file>`): YAML with a header comment naming the spec, Markdown as rendered.
 */
export function emit(
  plan: OverlayPlan,
  context: Pick<CompileContext, 'specFromOutput'>,
): Map<string, string> {
  const specPath = fromEnvironment(context.specFromOutput);
  const output = new Map<string, string>();
  for (const environment of plan.environments) {
    for (const file of environment.files) {
      const content =
        file.kind === 'yaml'
          ? `# ${headerText(specPath)}\n${toYamlStream(file.documents)}`
          : file.text;
      output.set(`${environment.name}/${file.path}`, content);
    }
  }
  return new Map([...output.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
