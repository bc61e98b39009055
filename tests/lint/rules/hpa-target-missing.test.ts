import rule from '../../../src/lint/rules/hpa-target-missing.js';
import { ruleTester } from '../../_utils.js';

ruleTester().run(rule, {
  valid: [
    {
      name: 'a target declared external',
      code: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web, namespace: shop}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 4\n',
      references: { assumeExternal: ['Deployment/shop/web'] },
    },
    { fixture: 'fixtures/rules/hpa-target-missing/targets-found.yaml' },
    { fixture: 'fixtures/rules/hpa-target-missing/malformed.yaml' },
  ],
  invalid: [
    {
      name: 'an absent Argo Rollout',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout-workload-ref.yaml',
      errors: [
        { messageId: 'missing', line: 48, column: 75, messageIncludes: ['Rollout "payments"'] },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-target-missing/typo.yaml',
      errors: [
        {
          messageId: 'missing',
          line: 22,
          column: 11,
          endLine: 22,
          endColumn: 18,
          severity: 'warning',
          messageIncludes: ['Deployment "chekout"', 'not in the set', 'namespace "shop"'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-target-missing/other-namespace.yaml',
      errors: [
        { messageId: 'missing', line: 20, column: 65, messageIncludes: ['namespace "shop"'] },
        {
          messageId: 'missing',
          line: 29,
          column: 26,
          messageIncludes: ['ScaledObject "search"', 'namespace "default"'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-target-missing/wrong-kind-or-group.yaml',
      errors: [
        {
          messageId: 'wrongGroup',
          line: 19,
          column: 17,
          endColumn: 35,
          messageIncludes: ['group "extensions"', 'Set scaleTargetRef.apiVersion to apps/v1'],
        },
        { messageId: 'missing', line: 30, column: 66, messageIncludes: ['StatefulSet "api"'] },
      ],
    },
  ],
});
