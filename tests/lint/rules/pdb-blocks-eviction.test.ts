import rule from '../../../src/lint/rules/pdb-blocks-eviction.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-blocks-eviction';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/allows-evictions.yaml` }, { fixture: `${DIR}/malformed.yaml` }],
  invalid: [
    {
      name: 'an Argo Rollout at its HPA minimum',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout.yaml',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 33,
          column: 17,
          messageIncludes: ['Rollout "checkout" runs at the minimum of 2 pods'],
        },
      ],
    },
    {
      name: 'a Rollout with workloadRef, its pods selected by rollouts-pod-template-hash',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout-workload-ref.yaml',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 40,
          column: 17,
          messageIncludes: ['Rollout "cart" runs at the minimum of 3 pods'],
        },
      ],
    },
    {
      fixture: `${DIR}/zero-disruptions.yaml`,
      errors: [
        {
          messageId: 'alwaysBlocks',
          line: 9,
          column: 19,
          endColumn: 20,
          severity: 'error',
          messageIncludes: ['"zero" sets maxUnavailable 0'],
        },
        { messageId: 'alwaysBlocks', line: 19, column: 19, messageIncludes: ['maxUnavailable 0%'] },
        { messageId: 'alwaysBlocks', line: 29, column: 17, messageIncludes: ['minAvailable 100%'] },
      ],
    },
    {
      fixture: `${DIR}/equals-hpa-minimum.yaml`,
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 32,
          column: 17,
          endColumn: 18,
          messageIncludes: [
            'minimum of 3 pods',
            'HorizontalPodAutoscaler "checkout" minReplicas 3',
            'minAvailable 3 required of 3',
            'minAvailable: 2 at most',
          ],
        },
      ],
    },
    {
      name: 'minReplicas, minReplicaCount and replicas defaults',
      fixture: `${DIR}/defaults.yaml`,
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 20,
          column: 17,
          messageIncludes: ['spec.replicas unset, 1', 'raise the minimum replica count'],
        },
        {
          messageId: 'blocksAtMinimum',
          line: 52,
          column: 17,
          messageIncludes: ['HorizontalPodAutoscaler "web" minReplicas 1 (default)'],
        },
        {
          messageId: 'blocksAtMinimum',
          line: 84,
          column: 17,
          messageIncludes: ['minReplicaCount 0 (default), judged at its first pod'],
        },
      ],
    },
    {
      fixture: `${DIR}/percent-rounding.yaml`,
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 22,
          column: 17,
          messageIncludes: [
            'StatefulSet "zk"',
            'minAvailable 50% = ceil(50% × 1) = 1 required of 1',
          ],
        },
        {
          messageId: 'blocksAtMinimum',
          line: 45,
          column: 17,
          messageIncludes: ['ReplicaSet "etcd"', 'ceil(67% × 3) = 3 required of 3'],
        },
      ],
    },
    {
      fixture: `${DIR}/several-workloads.yaml`,
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 35,
          column: 17,
          messageIncludes: [
            'Deployment "frontend-blue" and Deployment "frontend-green" run',
            'spec.replicas 2 + Deployment "frontend-green": spec.replicas 1',
          ],
        },
      ],
    },
  ],
});
