import rule from '../../../src/lint/rules/servicemonitor-no-match.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/servicemonitor-no-match';

ruleTester().run(rule, {
  valid: [
    {
      name: 'Services the cluster or the operator provides, and a namespace the set holds only a Role in',
      fixture: `${DIR}/external.yaml`,
    },
    {
      name: 'a namespace declared external',
      fixture: `${DIR}/external-wrong.yaml`,
      references: { assumeExternal: ['kube-system'] },
    },
    { fixture: `${DIR}/valid.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      name: 'no operator in the set writes the kubelet Service; kube-dns has other labels',
      fixture: `${DIR}/external-wrong.yaml`,
      errors: [
        {
          messageId: 'noService',
          line: 11,
          column: 3,
          messageIncludes: ['app.kubernetes.io/name=kubelet'],
        },
        { messageId: 'noService', line: 20, column: 3, messageIncludes: ['k8s-app=coredns'] },
      ],
    },
    {
      name: 'Services are matched by their own labels, in the namespaces of namespaceSelector',
      fixture: `${DIR}/selectors.yaml`,
      errors: [
        {
          messageId: 'noService',
          line: 19,
          column: 3,
          endColumn: 11,
          severity: 'warning',
          messageIncludes: [
            '"wrong-label" selects Services labelled "app=web" in namespace "shop"',
          ],
        },
        {
          messageId: 'noService',
          line: 30,
          column: 3,
          messageIncludes: [
            'Service "web" selects pods with those labels, but does not carry them',
          ],
        },
        {
          messageId: 'noService',
          line: 40,
          column: 3,
          messageIncludes: ['"app.kubernetes.io/name=web,team notin (shop)"'],
        },
        {
          messageId: 'noService',
          line: 53,
          column: 3,
          messageIncludes: [
            'in namespace "monitoring"',
            'Service "web" in namespace "shop" does, outside the namespaces',
          ],
        },
        {
          messageId: 'noService',
          line: 65,
          column: 3,
          messageIncludes: ['in namespaces "payments" and "billing"'],
        },
      ],
    },
    {
      name: 'port names a Service port, targetPort a container port of the pods behind it',
      fixture: `${DIR}/ports.yaml`,
      errors: [
        {
          messageId: 'portMissing',
          line: 39,
          column: 13,
          endColumn: 20,
          messageIncludes: [
            'endpoints[1] scrapes the Service port named "metrics"',
            'ports: "http" and "web-metrics"',
          ],
        },
        {
          messageId: 'targetPortMissing',
          line: 42,
          column: 19,
          messageIncludes: ['targetPort 9100', '"http" (8080) and "metrics" (9090)'],
        },
        {
          messageId: 'portMissing',
          line: 63,
          column: 13,
          messageIncludes: ['Service "single" has no port with that name (ports: unnamed 9090)'],
        },
      ],
    },
    {
      name: 'PodMonitors select pod templates and name or number their container ports',
      fixture: `${DIR}/podmonitor.yaml`,
      errors: [
        {
          messageId: 'podPortMissing',
          line: 28,
          column: 13,
          messageIncludes: ['podMetricsEndpoints[1] scrapes the container port named "http"'],
        },
        {
          messageId: 'podPortMissing',
          line: 30,
          column: 19,
          messageIncludes: ['the container port 9200', '"metrics" (9100)'],
        },
        { messageId: 'noPod', line: 38, column: 3, messageIncludes: ['"app=wroker"'] },
        {
          messageId: 'noPod',
          line: 48,
          column: 3,
          messageIncludes: ['Deployment "worker" in namespace "jobs" does'],
        },
      ],
    },
  ],
});
