import rule from '../../../src/lint/rules/missing-requests.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/missing-requests';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/limits-only.yaml` },
    { fixture: `${DIR}/limit-range.yaml` },
    { fixture: `${DIR}/pod-level.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      name: 'an Argo Rollout, at its own container',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout.yaml',
      errors: [
        {
          messageId: 'missing',
          line: 15,
          column: 13,
          messageIncludes: ['of Rollout "checkout" has no cpu request'],
        },
      ],
    },
    {
      name: 'a Rollout with workloadRef is reported at the Deployment, once',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout-workload-ref.yaml',
      errors: [
        { messageId: 'missing', line: 15, column: 13, messageIncludes: ['of Deployment "cart"'] },
      ],
    },
    {
      fixture: `${DIR}/containers.yaml`,
      errors: [
        {
          // No resources at all: the container's name, approximately.
          messageId: 'missing',
          line: 18,
          column: 11,
          endColumn: 15,
          severity: 'warning',
          messageIncludes: [
            'Sidecar container "proxy" of Deployment "api" has no cpu or memory request',
            'resources.requests.cpu and resources.requests.memory',
            'namespace "shop"',
          ],
        },
        {
          messageId: 'missing',
          line: 25,
          column: 13,
          endColumn: 21,
          messageIncludes: ['Container "api" of Deployment "api" has no memory request'],
        },
        { messageId: 'missing', line: 27, column: 11, messageIncludes: ['"worker"'] },
      ],
    },
    {
      name: 'ordinary init containers with includeInitContainers',
      fixture: `${DIR}/containers.yaml`,
      options: { includeInitContainers: true },
      errors: [
        {
          messageId: 'missing',
          line: 16,
          column: 11,
          messageIncludes: ['Init container "migrate" of Deployment "api" has no cpu or memory'],
        },
        { messageId: 'missing', line: 18, column: 11 },
        { messageId: 'missing', line: 25, column: 13 },
        { messageId: 'missing', line: 27, column: 11 },
      ],
    },
    {
      fixture: `${DIR}/workload-kinds.yaml`,
      errors: [
        {
          // `resources: {}`: the resources key.
          messageId: 'missing',
          line: 18,
          column: 11,
          endColumn: 20,
          messageIncludes: ['StatefulSet "db" has no cpu or memory request', 'namespace "default"'],
        },
        {
          // A cpu limit becomes the cpu request; memory is still missing.
          messageId: 'missing',
          line: 34,
          column: 11,
          messageIncludes: ['DaemonSet "agent" has no memory request'],
        },
        {
          messageId: 'missing',
          line: 49,
          column: 13,
          endColumn: 21,
          messageIncludes: ['Job "backfill" has no cpu request'],
        },
        { messageId: 'missing', line: 63, column: 15, messageIncludes: ['CronJob "report"'] },
        { messageId: 'missing', line: 75, column: 9, messageIncludes: ['Pod "debug"'] },
      ],
    },
    {
      name: 'only the resources the option names',
      fixture: `${DIR}/workload-kinds.yaml`,
      options: { resources: ['cpu'] },
      errors: [
        { messageId: 'missing', line: 18, column: 11, messageIncludes: ['has no cpu request'] },
        { messageId: 'missing', line: 49, column: 13 },
        { messageId: 'missing', line: 63, column: 15 },
      ],
    },
    {
      fixture: `${DIR}/limit-range-other-namespace.yaml`,
      errors: [
        {
          // cpu comes from the shop LimitRange's default; memory from nowhere.
          messageId: 'missing',
          line: 38,
          column: 11,
          messageIncludes: ['has no memory request'],
        },
      ],
    },
    {
      name: 'an autoscaled workload: the message says what the autoscaler loses',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          resources:\n            requests: {memory: 1Gi}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 4\n',
      errors: [
        {
          messageId: 'missing',
          line: 11,
          column: 13,
          messageIncludes: ['and its autoscaler cannot scale on cpu utilization.'],
        },
      ],
    },
    {
      name: 'pod-level resources before Kubernetes 1.34',
      fixture: `${DIR}/pod-level.yaml`,
      settings: { kubeVersion: '1.33' },
      errors: [
        { messageId: 'missing', line: 16, column: 11, messageIncludes: ['Container "api"'] },
        { messageId: 'missing', line: 18, column: 11, messageIncludes: ['Container "proxy"'] },
      ],
    },
  ],
});
