import type { FieldPath } from '../source/locate.js';

/**
 * Where each core workload kind keeps its pod template. On its own so that manifest.ts (the
 * sketched paths) and workloads.ts read the one table without importing each other.
 */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, FieldPath>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
