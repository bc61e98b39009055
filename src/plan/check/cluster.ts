/*
 * What environments that share a cluster must agree on, and the environment names.
 */
import { closestMatch } from '../../shared/closest.js';
import type { FieldPath } from '../../source/locate.js';
import { type EnvironmentView } from '../resolve.js';
import { CLUSTERS_DIRECTORY } from '../types.js';
import type { Checker } from './checker.js';
import { ADAPTER_SETTINGS, canonicalJson, quotedNames } from './checker.js';

/**
 * What the environments of one cluster share. Cluster-wide objects are compiled once per
 * cluster, so the environments must define them alike: a PriorityClass or adapter setting
 * that differs between two of them is an error where the second one writes it, never two
 * objects. Each environment needs a namespace of its own, which its overlay then fills.
 */
export function checkCluster(c: Checker, cluster: string, views: readonly EnvironmentView[]): void {
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
      c.report(
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
    c.report(
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
      c.report(
        at,
        `environment "${view.name}" shares cluster "${cluster}" with ${quotedNames(views.filter((other) => other !== view))} but sets no namespace, so both would write the same objects; give each environment on a cluster a namespace of its own.`,
        'key',
      );
      continue;
    }
    const other = namespaces.get(view.namespace);
    if (other) {
      c.report(
        c.plan.spec.environments?.[view.name]?.namespace !== undefined ? [...at, 'namespace'] : at,
        `environments "${other.name}" and "${view.name}" share cluster "${cluster}" and namespace "${view.namespace}", so they would write the same objects; give each environment on a cluster a namespace of its own.`,
        c.plan.spec.environments?.[view.name]?.namespace !== undefined ? 'value' : 'key',
      );
    } else {
      namespaces.set(view.namespace, view);
    }
  }
  const clusterScoped = c.base?.clusterScoped ?? [];
  if (clusterScoped.length > 0) {
    c.report(
      ['spec', 'base'],
      `the base ${c.base?.display ?? ''} holds cluster-scoped ${clusterScoped.map((object) => `${object.kind} "${object.name}"`).join(', ')}, which every overlay of cluster "${cluster}" (${quotedNames(views)}) would write again: two Argo CD Applications would own one object. Move ${clusterScoped.length === 1 ? 'it' : 'them'} out of the base into a directory of its own, or put the environments on different clusters.`,
    );
  }
}

export function checkEnvironmentNames(c: Checker): void {
  const known = Object.keys(c.plan.spec.workloads);
  if (c.plan.spec.environments?.[CLUSTERS_DIRECTORY] !== undefined) {
    c.report(
      ['spec', 'environments', CLUSTERS_DIRECTORY],
      `an environment cannot be called "${CLUSTERS_DIRECTORY}": <output>/${CLUSTERS_DIRECTORY}/ holds the cluster directories (cluster-wide objects, one directory per cluster). Rename the environment.`,
      'key',
    );
  }
  for (const [environment, spec] of Object.entries(c.plan.spec.environments ?? {})) {
    for (const name of Object.keys(spec.workloads ?? {})) {
      if (!known.includes(name)) {
        const suggestion = closestMatch(name, known);
        c.report(
          ['spec', 'environments', environment, 'workloads', name],
          `environment "${environment}" overrides workload "${name}", which spec.workloads does not define${suggestion ? `; did you mean "${suggestion}"?` : `. Known workloads: ${known.join(', ')}.`}`,
          'key',
        );
      }
    }
  }
}
