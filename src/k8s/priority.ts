/** PriorityClass facts from the Kubernetes scheduling API (pkg/apis/scheduling). */
export const PRIORITY_CLASS_KIND = 'PriorityClass';

/** The highest value a user-defined PriorityClass may have; larger ones are the system's. */
export const HIGHEST_USER_PRIORITY = 1_000_000_000;

/** The names user-defined classes may not start with. */
export const SYSTEM_PRIORITY_PREFIX = 'system-';

/** The built-in classes every cluster has, with their values (never a globalDefault). */
export const SYSTEM_PRIORITY_CLASSES: ReadonlyMap<string, number> = new Map([
  ['system-cluster-critical', 2 * HIGHEST_USER_PRIORITY],
  ['system-node-critical', 2 * HIGHEST_USER_PRIORITY + 1000],
]);
