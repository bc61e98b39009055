import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import type { BaseInfo } from '../plan/base.js';
import { problemAt, type SpecSource } from '../plan/load.js';
import type { SpecProblem } from '../plan/problems.js';
import { clusterEnvironments, resolveEnvironment, type EnvironmentView } from '../plan/resolve.js';
import type { ScalePlan } from '../plan/types.js';
import type { FieldPath } from '../source/locate.js';
import { adapterRuleKey, adapterRules, parseAdapterRules } from './adapter.js';
import { environmentContext } from './context.js';
import type { AdapterRule } from './metrics.js';
import { sameJson } from './objects.js';
import { isWithin } from './paths.js';

/** A rules file other plans write is small; anything larger is not one. */
const MAX_RULES_FILE_BYTES = 1024 * 1024;

/**
 * Reads the rules files `prometheus.adapterRulesFrom` names (relative to the spec). Each must
 * be a regular file inside the repository, symlinks resolved (the Argo CD plugin compiles
 * untrusted repositories), holding a prometheus-adapter configuration. Problems point at the
 * entry of the spec that names the file.
 */
export function readIncludedRules(
  plan: ScalePlan,
  source: SpecSource,
  specDirectory: string,
  repositoryRoot: string,
): { rules: Map<string, AdapterRule[]>; problems: SpecProblem[] } {
  const rules = new Map<string, AdapterRule[]>();
  const problems: SpecProblem[] = [];
  const seen = new Set<string>();
  for (const environments of clusterEnvironments(plan).values()) {
    for (const name of environments) {
      const view = resolveEnvironment(plan, name);
      (view.prometheus.adapterRulesFrom ?? []).forEach((entry, index) => {
        if (seen.has(entry)) {
          return;
        }
        seen.add(entry);
        const at = view.fieldPath('prometheus', ['adapterRulesFrom', index]);
        const read = readRulesFile(entry, specDirectory, repositoryRoot);
        if (typeof read === 'string') {
          problems.push(problemAt(source, at, read));
        } else {
          rules.set(entry, read);
        }
      });
    }
  }
  return { rules, problems };
}

function readRulesFile(
  entry: string,
  specDirectory: string,
  repositoryRoot: string,
): AdapterRule[] | string {
  const file = path.resolve(specDirectory, entry);
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return `the rules file "${entry}" does not exist (looked for ${file}); compile the other ScalePlan first, or correct the path (relative to this spec).`;
  }
  if (!isWithin(repositoryRoot, real)) {
    return `the rules file "${entry}" leads outside the repository (${real}); adapterRulesFrom only reads files of the repository the spec is in.`;
  }
  const stat = fs.statSync(real);
  if (!stat.isFile()) {
    return `the rules file "${entry}" is not a regular file.`;
  }
  if (stat.size > MAX_RULES_FILE_BYTES) {
    return `the rules file "${entry}" is larger than 1 MiB; it is not a prometheus-adapter rules file.`;
  }
  let document: unknown;
  try {
    document = jsYaml.load(fs.readFileSync(real, 'utf8'));
  } catch (error) {
    return `the rules file "${entry}" is not valid YAML: ${error instanceof jsYaml.YAMLException ? error.reason : String(error)}.`;
  }
  const parsed = parseAdapterRules(document);
  return typeof parsed === 'string'
    ? `the rules file "${entry}" cannot be merged: ${parsed}.`
    : parsed;
}

/**
 * prometheus-adapter serves one definition per metric name. The rules of every environment of
 * a cluster and of the files it merges go into one configuration, so a name two of them define
 * differently is an error: at the workload's `scaleOn` of the environment that differs, or at
 * the `adapterRulesFrom` entry whose file does.
 */
export function checkClusterRules(
  plan: ScalePlan,
  source: SpecSource,
  base: BaseInfo,
  included: ReadonlyMap<string, AdapterRule[]>,
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  for (const [cluster, environments] of clusterEnvironments(plan)) {
    const first = new Map<string, { rule: AdapterRule; from: string }>();
    const compare = (rule: AdapterRule, from: string, at: FieldPath): void => {
      const key = adapterRuleKey(rule);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { rule, from });
      } else if (!sameJson(earlier.rule.rule, rule.rule)) {
        problems.push(
          problemAt(
            source,
            at,
            `the metric "${rule.name}" is served by prometheus-adapter of cluster "${cluster}" with one rule, but ${from} defines it differently from ${earlier.from}; the adapter reads one configuration. Give the metrics different names, or define them alike.`,
          ),
        );
      }
    };
    let view: EnvironmentView | undefined;
    for (const name of environments) {
      view = resolveEnvironment(plan, name);
      const environment = environmentContext(plan, view, base);
      for (const rule of adapterRules(environment)) {
        const workload = environment.workloads.find((candidate) =>
          candidate.metrics.some(
            (metric) =>
              metric.adapter !== undefined &&
              adapterRuleKey(metric.adapter) === adapterRuleKey(rule),
          ),
        );
        const resolved = view.workloads.find((candidate) => candidate.name === workload?.name);
        compare(
          rule,
          `environment "${name}"`,
          resolved ? resolved.fieldPath(['scaleOn']) : ['spec', 'environments', name],
        );
      }
    }
    if (view) {
      const entries = view.prometheus.adapterRulesFrom ?? [];
      entries.forEach((entry, index) => {
        for (const rule of included.get(entry) ?? []) {
          compare(
            rule,
            `the rules file "${entry}"`,
            view.fieldPath('prometheus', ['adapterRulesFrom', index]),
          );
        }
      });
    }
  }
  return problems;
}
