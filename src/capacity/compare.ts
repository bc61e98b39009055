/*
 * The capacity diff of a change: the same paths read in the base tree and in the working
 * tree. A path the base does not have yet (added by the change) counts as empty there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openBaseTree } from './base-tree.js';
import { diffCapacity, type CapacityChange } from './diff.js';
import { capacityReport, type CapacityReport, type CapacityRequest } from './report.js';

export interface CapacityComparison {
  base: CapacityReport;
  head: CapacityReport;
  changes: CapacityChange[];
}

const EMPTY: CapacityReport = { namespaces: [], pools: [], unbounded: [] };

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
    return { base, head, changes: diffCapacity(base, head) };
  } finally {
    tree.dispose();
  }
}
