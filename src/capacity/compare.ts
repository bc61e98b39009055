/*
 * The capacity diff of a change: the same paths read in the base tree and in the working
 * tree. A path the base does not have yet (added by the change) counts as empty there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openBaseTree } from './base-tree.js';
import { diffCapacity, type CapacityChange } from './diff.js';
import {
  capacityReport,
  type AutoscalerBehaviour,
  type CapacityReport,
  type CapacityRequest,
} from './report.js';

export interface CapacityComparison {
  base: CapacityReport;
  head: CapacityReport;
  changes: CapacityChange[];
  /** Autoscalers of the head that are new or scale differently (bounds or behaviour). */
  changedAutoscalers: AutoscalerBehaviour[];
}

function behaviourKey(autoscaler: AutoscalerBehaviour): string {
  return `${autoscaler.namespace}\u0000${autoscaler.kind}\u0000${autoscaler.name}`;
}

/** What the controller reads of an autoscaler ("explicit" marks are not behaviour). */
function behaviourOf(autoscaler: AutoscalerBehaviour): string {
  const rules = ({
    stabilizationWindowSeconds,
    selectPolicy,
    policies,
  }: AutoscalerBehaviour['scaleUp']) => ({
    stabilizationWindowSeconds,
    selectPolicy,
    policies,
  });
  return JSON.stringify([
    autoscaler.minReplicas,
    autoscaler.maxReplicas,
    rules(autoscaler.scaleUp),
    rules(autoscaler.scaleDown),
  ]);
}

function changedAutoscalers(base: CapacityReport, head: CapacityReport): AutoscalerBehaviour[] {
  const before = new Map(
    base.autoscalers.map((autoscaler) => [behaviourKey(autoscaler), autoscaler]),
  );
  return head.autoscalers.filter((autoscaler) => {
    const was = before.get(behaviourKey(autoscaler));
    return !was || behaviourOf(was) !== behaviourOf(autoscaler);
  });
}

const EMPTY: CapacityReport = { namespaces: [], autoscalers: [], pools: [], unbounded: [] };

export async function compareCapacity(
  request: CapacityRequest & { base: string },
): Promise<CapacityComparison> {
  const head = await capacityReport(request);
  const tree = openBaseTree(request.base, request.cwd);
  try {
    const relative = (file: string): string =>
      path.isAbsolute(file) ? path.relative(request.cwd, file) : file;
    const paths = request.paths
      .map(relative)
      .filter((file) => fs.existsSync(path.resolve(tree.cwd, file)));
    const specFile =
      request.specFile !== undefined &&
      fs.existsSync(path.resolve(tree.cwd, relative(request.specFile)))
        ? relative(request.specFile)
        : undefined;
    const base =
      paths.length === 0
        ? EMPTY
        : await capacityReport({
            ...request,
            cwd: tree.cwd,
            paths,
            ...(specFile !== undefined ? { specFile } : { specFile: undefined }),
          });
    return {
      base,
      head,
      changes: diffCapacity(base, head),
      changedAutoscalers: changedAutoscalers(base, head),
    };
  } finally {
    tree.dispose();
  }
}
