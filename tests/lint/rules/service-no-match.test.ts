import rule from '../../../src/lint/rules/service-no-match.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/service-no-match';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/valid.yaml` },
    {
      name: 'labels controllers add: pod-name and pod-index below the maximum replicas, hashes, job names',
      fixture: `${DIR}/controller-labels.yaml`,
    },
    {
      name: 'pods of Prometheus, Alertmanager, ThanosRuler, PrometheusAgent, Rollout and ScaledJob',
      fixture: `${DIR}/operators.yaml`,
    },
    {
      name: 'pods the set cannot know: a workloadRef elsewhere, an object declared external',
      fixture: `${DIR}/unknown-pods.yaml`,
      references: { assumeExternal: ['Deployment/platform/metrics-server'] },
    },
    {
      name: 'a namespace declared external',
      fixture: `${DIR}/unknown-pods.yaml`,
      references: { assumeExternal: ['platform'] },
    },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'target ports are not checked with checkTargetPorts: false',
      fixture: `${DIR}/target-ports.yaml`,
      options: { checkTargetPorts: false },
    },
  ],
  invalid: [
    {
      name: 'controller labels the workload does not get, or with values its pods cannot have',
      fixture: `${DIR}/controller-labels-wrong.yaml`,
      errors: [
        { messageId: 'noMatch', line: 17, column: 3, messageIncludes: ['pod-name=redis-3'] },
        { messageId: 'noMatch', line: 25, column: 3, messageIncludes: ['pod-name=cache-0'] },
        { messageId: 'noMatch', line: 33, column: 3, messageIncludes: ['pod-template-hash'] },
        { messageId: 'noMatch', line: 51, column: 3, messageIncludes: ['job-name=seed'] },
      ],
    },
    {
      name: 'operator-made pods of another name, ordinal or shard, and kinds of another group',
      fixture: `${DIR}/operators-wrong.yaml`,
      errors: [
        { messageId: 'noMatch', line: 12, column: 3, messageIncludes: ['instance=k9s'] },
        { messageId: 'noMatch', line: 20, column: 3, messageIncludes: ['prometheus-k8s-2'] },
        { messageId: 'noMatch', line: 27, column: 3, messageIncludes: ['shard=1'] },
        { messageId: 'noMatch', line: 40, column: 3, messageIncludes: ['instance=other'] },
        { messageId: 'noMatch', line: 57, column: 3, messageIncludes: ['pod-template-hash'] },
      ],
    },
    {
      name: 'a workloadRef elsewhere silences only its own namespace',
      fixture: `${DIR}/unknown-pods.yaml`,
      errors: [
        { messageId: 'noMatch', line: 30, column: 3, messageIncludes: ['"metrics-server"'] },
      ],
    },
    {
      name: "the workload's own labels are not its pods' labels",
      fixture: `${DIR}/typo.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 23,
          column: 3,
          endColumn: 11,
          severity: 'warning',
          messageIncludes: ['Service "web" selects "app=web"', 'namespace "shop"'],
        },
      ],
    },
    {
      name: 'a Service only selects pods of its own namespace',
      fixture: `${DIR}/other-namespace.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 20,
          column: 3,
          messageIncludes: [
            '"app=search,tier=backend"',
            'namespace "default"',
            'Deployment "search" in namespace "search" does',
          ],
        },
      ],
    },
    {
      name: 'named target ports resolve against running containers and the protocol; numeric ones against declared ports',
      fixture: `${DIR}/target-ports.yaml`,
      errors: [
        {
          messageId: 'namedTargetPortMissing',
          line: 41,
          column: 19,
          endColumn: 24,
          messageIncludes: [
            'port "admin" (81) sends traffic to the container port named "admin"',
            'Deployment "api"',
            'a TCP port',
            '"proxy", "http" and "metrics"',
          ],
        },
        {
          messageId: 'targetPortNotDeclared',
          line: 46,
          column: 19,
          messageIncludes: [
            'port "grpc" (9000) sends traffic to port 9001',
            '15001, 8080 and 9090',
          ],
        },
        {
          messageId: 'namedTargetPortMissing',
          line: 53,
          column: 19,
          messageIncludes: ['a UDP port', '"http" is a TCP port, the Service port is UDP'],
        },
        {
          messageId: 'targetPortNotDeclared',
          line: 55,
          column: 13,
          messageIncludes: ['port "legacy" (8081) sends traffic to port 8081'],
        },
      ],
    },
  ],
});
