import { describe, expect, it } from 'vitest';
import type { BaseInfo } from '../../src/plan/base.js';
import { parseSpec } from '../../src/plan/load.js';
import { checkSpec } from '../../src/plan/check/index.js';
import { clusterEnvironments, resolveEnvironment } from '../../src/plan/resolve.js';
import type { ScalePlan } from '../../src/plan/types.js';
import { SourceFile } from '../../src/source/source-file.js';

// Environments on one cluster share its cluster-wide objects, so the spec must let them:
// what differs between two of them is an error at the line that makes it differ.

const BASE: BaseInfo = {
  display: './base',
  workloads: [
    {
      kind: 'Deployment',
      name: 'web',
      namespace: undefined,
      selector: { matchLabels: { app: 'web' } },
      templateLabels: { app: 'web' },
      containers: [{ name: 'web', kind: 'container', requests: {}, limits: {} }],
      replicas: undefined,
      tolerations: [],
      affinity: undefined,
      topologySpreadConstraints: [],
      priorityClassName: undefined,
    },
  ],
  services: [],
  references: [],
  clusterScoped: [],
};

function spec(environments: string, top = ''): string {
  return `apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata: {name: shop}
spec:
  base: ./base
  namespace: shop
${top}  priorityClasses:
    web-critical: {value: 1000}
  workloads:
    web:
      resources: {requests: {cpu: 100m}}
      replicas: {min: 2, max: 5}
      scaleOn: {cpu: 70%}
      priorityClass: web-critical
  environments:
${environments}`;
}

function check(text: string, base: BaseInfo = BASE): { plan: ScalePlan; problems: string[] } {
  const parsed = parseSpec(new SourceFile('scaleplan.yaml', text));
  expect(parsed.problems).toEqual([]);
  const plan = parsed.spec as ScalePlan;
  return {
    plan,
    problems: checkSpec(plan, parsed.source, base).map(
      (problem) =>
        `${problem.file}:${problem.line}:${problem.column} ${problem.field}: ${problem.message}`,
    ),
  };
}

describe('clusters of a spec', () => {
  it('puts every environment on cluster "default" unless it names one', () => {
    const { plan, problems } = check(
      spec(`    staging: {namespace: shop-staging}
    production: {}
    eu: {cluster: eu-west, namespace: shop}
`),
    );
    expect(problems).toEqual([]);
    expect([...clusterEnvironments(plan)]).toEqual([
      ['default', ['production', 'staging']],
      ['eu-west', ['eu']],
    ]);
    expect(resolveEnvironment(plan, 'eu').cluster).toBe('eu-west');
  });

  it('refuses a PriorityClass defined differently by two environments of one cluster', () => {
    const { problems } = check(
      spec(`    staging:
      namespace: shop-staging
      priorityClasses:
        web-critical: {value: 10}
    production: {}
`),
    );
    expect(problems).toEqual([
      'scaleplan.yaml:19:23 spec.environments.staging.priorityClasses.web-critical: environments "production" and "staging" share cluster "default" but PriorityClass "web-critical" differs ({"value":1000} there, {"value":10} here); the cluster has one. Make them equal, or put "staging" on another cluster (environments.staging.cluster).',
    ]);
  });

  it('accepts different PriorityClass values on different clusters', () => {
    const { problems } = check(
      spec(`    staging:
      cluster: test
      priorityClasses:
        web-critical: {value: 10}
    production: {}
`),
    );
    expect(problems).toEqual([]);
  });

  it('refuses a second global default on one cluster, and adapter settings that differ', () => {
    const { problems } = check(
      spec(`    staging:
      namespace: shop-staging
      priorityClasses:
        batch: {value: 1, globalDefault: true}
      prometheus: {adapterConfigMap: staging-rules}
    production:
      priorityClasses:
        other: {value: 2, globalDefault: true}
`),
    );
    expect(problems).toEqual([
      'scaleplan.yaml:19:42 spec.environments.staging.priorityClasses.batch.globalDefault: only one PriorityClass of cluster "default" may be the global default; "other" already is. Remove globalDefault here or there.',
      'scaleplan.yaml:20:38 spec.environments.staging.prometheus.adapterConfigMap: environments "production" and "staging" share cluster "default" but prometheus.adapterConfigMap differs (null there, "staging-rules" here); the cluster has one. Make them equal, or put "staging" on another cluster (environments.staging.cluster).',
    ]);
  });

  it('needs a namespace of its own for each environment of a shared cluster', () => {
    const text = spec(`    staging: {}
    production: {}
`).replace('  namespace: shop\n', '');
    const { problems } = check(text);
    expect(problems).toEqual([
      'scaleplan.yaml:15:5 spec.environments.staging: environment "staging" shares cluster "default" with "production" but sets no namespace, so both would write the same objects; give each environment on a cluster a namespace of its own.',
      'scaleplan.yaml:16:5 spec.environments.production: environment "production" shares cluster "default" with "staging" but sets no namespace, so both would write the same objects; give each environment on a cluster a namespace of its own.',
    ]);
    const same = check(
      spec(`    staging: {namespace: shop}
    production: {}
`),
    );
    expect(same.problems).toEqual([
      'scaleplan.yaml:16:26 spec.environments.staging.namespace: environments "production" and "staging" share cluster "default" and namespace "shop", so they would write the same objects; give each environment on a cluster a namespace of its own.',
    ]);
  });

  it('refuses an environment called clusters, and a base with cluster-scoped objects on a shared cluster', () => {
    expect(check(spec(`    clusters: {}\n`)).problems).toEqual([
      'scaleplan.yaml:16:5 spec.environments.clusters: an environment cannot be called "clusters": <output>/clusters/ holds the cluster directories (cluster-wide objects, one directory per cluster). Rename the environment.',
    ]);
    const base = { ...BASE, clusterScoped: [{ kind: 'Namespace', name: 'shop' }] };
    const shared = spec(`    staging: {namespace: shop-staging}
    production: {}
`);
    expect(check(shared, base).problems).toEqual([
      'scaleplan.yaml:5:9 spec.base: the base ./base holds cluster-scoped Namespace "shop", which every overlay of cluster "default" ("production", "staging") would write again: two Argo CD Applications would own one object. Move it out of the base into a directory of its own, or put the environments on different clusters.',
    ]);
    // One environment per cluster: nothing is written twice.
    expect(
      check(shared.replace('staging: {namespace: shop-staging}', 'staging: {cluster: test}'), base)
        .problems,
    ).toEqual([]);
  });
});
