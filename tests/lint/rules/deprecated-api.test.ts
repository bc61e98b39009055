import rule from '../../../src/lint/rules/deprecated-api.js';
import { ruleTester } from '../../_utils.js';

const FIXTURES = 'fixtures/rules/deprecated-api';
const HPA_V2BETA2 = `${FIXTURES}/hpa-v2beta2.yaml`;

ruleTester().run(rule, {
  valid: [
    { fixture: `${FIXTURES}/current.yaml` },
    {
      // Alpha versions have no deprecation period: nothing to say while they are served.
      name: 'removed alpha versions at a version that still serves them',
      fixture: `${FIXTURES}/removed-alpha.yaml`,
      settings: { kubeVersion: '1.13' },
    },
    {
      name: 'current APIs at an old version too',
      fixture: `${FIXTURES}/current.yaml`,
      settings: { kubeVersion: '1.23' },
    },
    // autoscaling/v2beta2 is deprecated in 1.23 and removed in 1.26.
    {
      name: 'v2beta2 HPA at 1.22: not yet deprecated',
      fixture: HPA_V2BETA2,
      settings: { kubeVersion: '1.22' },
    },
    {
      name: 'v1 Endpoints at 1.32: not yet deprecated',
      fixture: `${FIXTURES}/endpoints.yaml`,
      settings: { kubeVersion: '1.32' },
    },
    {
      name: 'removed APIs at a version that still serves them without a warning',
      code: 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n',
      settings: { kubeVersion: '1.20' },
    },
    {
      name: 'version comparison is numeric: 1.9 is older than 1.16',
      code: 'apiVersion: apps/v1beta2\nkind: Deployment\nmetadata:\n  name: web\n',
      settings: { kubeVersion: '1.8' },
    },
  ],
  invalid: [
    {
      name: 'alpha versions removed in 1.14 and 1.21: errors at a version that dropped them',
      fixture: `${FIXTURES}/removed-alpha.yaml`,
      settings: { kubeVersion: '1.30' },
      errors: [
        {
          messageId: 'removed',
          line: 2,
          column: 13,
          messageIncludes: [
            'InitializerConfiguration "pod-image-policy" uses admissionregistration.k8s.io/v1alpha1',
            'removed in 1.14',
            'MutatingWebhookConfiguration',
          ],
        },
        {
          messageId: 'removed',
          line: 13,
          column: 13,
          messageIncludes: ['removed in 1.21', 'batch/v1'],
        },
      ],
    },
    {
      name: 'v2beta2 HPA at 1.23: deprecated, a warning',
      output:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api\n  minReplicas: 2\n  maxReplicas: 8\n',
      fixture: HPA_V2BETA2,
      settings: { kubeVersion: '1.23' },
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 13,
          endColumn: 32,
          severity: 'warning',
          messageIncludes: [
            'deprecated since Kubernetes 1.23 and removed in 1.26',
            'autoscaling/v2',
          ],
        },
      ],
    },
    {
      name: 'v2beta2 HPA at 1.25: still a warning',
      output:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api\n  minReplicas: 2\n  maxReplicas: 8\n',
      fixture: HPA_V2BETA2,
      settings: { kubeVersion: '1.25' },
      errors: [{ messageId: 'deprecated', line: 1, column: 13, severity: 'warning' }],
    },
    {
      name: 'v2beta2 HPA at 1.26: removed, an error',
      output:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api\n  minReplicas: 2\n  maxReplicas: 8\n',
      fixture: HPA_V2BETA2,
      settings: { kubeVersion: '1.26' },
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 13,
          endColumn: 32,
          severity: 'error',
          messageIncludes: [
            'which Kubernetes 1.26 no longer serves (removed in 1.26)',
            'Use autoscaling/v2.',
          ],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/removed.yaml`,
      output:
        'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n---\napiVersion: autoscaling/v2beta1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 6\n---\napiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: report:1.0\n---\napiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n',
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 13,
          endColumn: 31,
          severity: 'error',
          messageIncludes: [
            'Deployment "web" uses extensions/v1beta1',
            'Kubernetes 1.34 no longer serves (removed in 1.16)',
            'apps/v1',
            'spec.selector',
          ],
        },
        {
          messageId: 'removed',
          line: 15,
          column: 13,
          messageIncludes: [
            'PodDisruptionBudget "web" uses policy/v1beta1',
            'removed in 1.25',
            'policy/v1',
          ],
        },
        {
          messageId: 'removed',
          line: 25,
          column: 13,
          messageIncludes: ['uses autoscaling/v2beta1', 'removed in 1.25', 'target block'],
        },
        {
          messageId: 'removed',
          line: 37,
          column: 13,
          messageIncludes: ['CronJob "report" uses batch/v1beta1', 'batch/v1'],
        },
        {
          messageId: 'removed',
          line: 52,
          column: 13,
          messageIncludes: [
            'Ingress "web" uses networking.k8s.io/v1beta1',
            'removed in 1.22',
            'pathType',
          ],
        },
      ],
    },
    {
      name: 'the same file at 1.22: two removed, three deprecated',
      output:
        'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n---\napiVersion: autoscaling/v2beta1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 6\n---\napiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: report:1.0\n---\napiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n',
      fixture: `${FIXTURES}/removed.yaml`,
      settings: { kubeVersion: '1.22' },
      errors: [
        { messageId: 'removed', line: 1, column: 13, severity: 'error' },
        {
          messageId: 'deprecated',
          line: 15,
          column: 13,
          severity: 'warning',
          messageIncludes: ['since Kubernetes 1.21'],
        },
        {
          messageId: 'deprecated',
          line: 25,
          column: 13,
          severity: 'warning',
          messageIncludes: ['since Kubernetes 1.22'],
        },
        { messageId: 'deprecated', line: 37, column: 13, severity: 'warning' },
        { messageId: 'removed', line: 52, column: 13, severity: 'error' },
      ],
    },
    {
      fixture: `${FIXTURES}/vpa-v1beta2.yaml`,
      errors: [
        {
          messageId: 'deprecatedCustomResource',
          line: 1,
          column: 13,
          endColumn: 39,
          severity: 'warning',
          messageIncludes: ['Vertical Pod Autoscaler 0.13', 'autoscaling.k8s.io/v1.'],
        },
      ],
    },
    {
      name: 'a VPA CRD does not follow the Kubernetes version: a warning at any version',
      fixture: `${FIXTURES}/vpa-v1beta2.yaml`,
      settings: { kubeVersion: '1.20' },
      errors: [{ messageId: 'deprecatedCustomResource', line: 1, column: 13, severity: 'warning' }],
    },
    {
      fixture: `${FIXTURES}/endpoints.yaml`,
      errors: [
        {
          messageId: 'deprecated',
          line: 10,
          column: 13,
          severity: 'warning',
          messageIncludes: [
            'Endpoints "legacy-db" uses v1, deprecated since Kubernetes 1.33 (no removal scheduled yet)',
            'EndpointSlice',
          ],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/list.yaml`,
      errors: [
        {
          messageId: 'removed',
          line: 8,
          column: 17,
          endColumn: 50,
          messageIncludes: [
            'Role "reader" uses rbac.authorization.k8s.io/v1beta1',
            'rbac.authorization.k8s.io/v1',
          ],
        },
      ],
    },
  ],
});
