/**
 * The semantic checks of a ScalePlan: everything the schema cannot say (names that must
 * exist in the base, bounds that must agree, quotas that must hold at maximum scale). One
 * checker walks the plan once and reports every problem with its position; it is long
 * because the spec is wide, and each method checks one block of it.
 */
import { type BaseInfo } from '../base.js';
import { type SpecSource } from '../load.js';
import type { SpecProblem } from '../problems.js';
import { clusterEnvironments, environmentNames, resolveEnvironment } from '../resolve.js';
import { type ScalePlan } from '../types.js';
import { checkAdapterRules, checkPlanAlertRules, checkWorkloadAlertRules } from './monitoring.js';
import { Checker } from './checker.js';
import { checkCluster, checkEnvironmentNames } from './cluster.js';
import { checkQuotas, checkNodePools, checkMetricNames, checkQuotaFit } from './environment.js';
import { checkObjectNames, checkSharedIngresses } from './ingresses.js';
import { checkWorkload } from './workload.js';

function run(c: Checker): SpecProblem[] {
  checkEnvironmentNames(c);
  const views = new Map(
    environmentNames(c.plan).map((name) => [name, resolveEnvironment(c.plan, name)]),
  );
  for (const [cluster, names] of clusterEnvironments(c.plan)) {
    checkCluster(
      c,
      cluster,
      names.flatMap((name) => views.get(name) ?? []),
    );
  }
  for (const view of views.values()) {
    checkQuotas(c, view);
    checkNodePools(c, view);
    checkPlanAlertRules(c, view);
    checkAdapterRules(c, view);
    for (const workload of view.workloads) {
      checkWorkload(c, view, workload);
      checkWorkloadAlertRules(c, workload);
    }
    checkSharedIngresses(c, view);
    checkObjectNames(c, view);
    checkMetricNames(c, view);
    if (c.base) {
      checkQuotaFit(c, view, c.base);
    }
  }
  return c.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export { needsPromQL } from './monitoring.js';

/**
 * Semantic checks of a spec that passed the schema: references between its parts, replica
 * and disruption arithmetic, quantities, and — when the base has been read — the workloads,
 * containers and Services it names, and quotas against every workload at maximum scale.
 * A plan with PromQL of its own (needsPromQL: alerting or adapter rules) needs `loadPromQL()`
 * first.
 */
export function checkSpec(
  plan: ScalePlan,
  source: SpecSource,
  base: BaseInfo | undefined,
): SpecProblem[] {
  return run(new Checker(plan, source, base));
}
