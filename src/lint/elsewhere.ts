import type { ManifestSet } from '../k8s/manifest-set.js';
import type { LabelSelector } from '../k8s/selectors.js';
import type { Workload } from '../k8s/workloads.js';
import type { RelatedDescriptor } from './rule.js';

/**
 * The copy-paste mistake of every reference rule: a selector that matches nothing where it
 * looks, but the pods of a workload in another namespace. These helpers find that workload
 * and say so in the message and as a related location, in the same words for every rule.
 */
export function workloadElsewhere(
  set: ManifestSet,
  selector: LabelSelector,
  outside?: string,
): Workload | undefined {
  for (const namespace of set.workloadNamespaces()) {
    if (namespace === outside) {
      continue;
    }
    const [workload] = set.workloadsSelectedBy(namespace, selector);
    if (workload) {
      return workload;
    }
  }
  return undefined;
}

/** ` (Deployment "web" in namespace "shop" does, <why>)`, or nothing. */
export function elsewhereNote(workload: Workload | undefined, why: string): string {
  return workload
    ? ` (${workload.kind} "${workload.manifest.name}" in namespace "${workload.namespace}" does, ${why})`
    : '';
}

/** The matching pod labels as a related location, spread into a report. */
export function elsewhereRelated(workload: Workload | undefined): {
  related?: RelatedDescriptor[];
} {
  return workload
    ? {
        related: [
          {
            manifest: workload.manifest,
            path: [...workload.templatePath, 'metadata', 'labels'],
            target: 'key',
            message: `These pod labels match, in namespace "${workload.namespace}".`,
          },
        ],
      }
    : {};
}
