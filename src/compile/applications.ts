/* The names of the Argo CD Applications that the docs and the runbooks use. */

/** The Argo CD Application the docs and runbooks name for a cluster directory. */
export function clusterApplication(plan: string, cluster: string): string {
  return `${plan}-cluster-${cluster}`;
}

/** The Argo CD Application the docs and runbooks name for an environment. */
export function environmentApplication(plan: string, environment: string): string {
  return `${plan}-${environment}`;
}
