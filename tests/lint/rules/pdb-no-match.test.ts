import rule from '../../../src/lint/rules/pdb-no-match.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-no-match';

ruleTester().run(rule, {
  valid: [
    {
      name: 'a budget for the pods of an Argo Rollout',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout.yaml',
    },
    {
      name: 'a budget for the pods of a Rollout with workloadRef',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout-workload-ref.yaml',
    },
    {
      name: 'budgets for operator-made pods',
      fixture: 'fixtures/rules/pdb-no-match/operators.yaml',
    },
    { fixture: `${DIR}/matches.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      name: 'a budget for an Alertmanager of another name',
      fixture: 'fixtures/rules/pdb-no-match/operators-wrong.yaml',
      errors: [
        { messageId: 'noMatch', line: 13, column: 3, messageIncludes: ['alertmanager=backup'] },
      ],
    },
    {
      fixture: `${DIR}/typo.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 22,
          column: 3,
          endColumn: 11,
          severity: 'warning',
          messageIncludes: ['"api" selects "app=apl"', 'namespace "shop"'],
        },
      ],
    },
    {
      name: "the workload's own labels are not its pods' labels",
      fixture: `${DIR}/workload-labels.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 22,
          column: 3,
          messageIncludes: ['app.kubernetes.io/name=web'],
        },
      ],
    },
    {
      name: 'a budget only selects pods in its own namespace',
      fixture: `${DIR}/other-namespace.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 20,
          column: 3,
          messageIncludes: [
            'namespace "default"',
            'Deployment "search" in namespace "search" does',
          ],
        },
      ],
    },
    {
      name: 'In, NotIn, Exists and DoesNotExist that exclude the only pods',
      fixture: `${DIR}/expressions.yaml`,
      errors: [
        { messageId: 'noMatch', line: 18, column: 3, messageIncludes: ['app in (web,worker)'] },
        { messageId: 'noMatch', line: 27, column: 3, messageIncludes: ['track notin (canary)'] },
        { messageId: 'noMatch', line: 36, column: 3, messageIncludes: ['"exists" selects "tier"'] },
        { messageId: 'noMatch', line: 45, column: 3, messageIncludes: ['app=api,!track'] },
      ],
    },
    {
      name: 'absent selector, empty policy/v1beta1 selector, empty policy/v1 selector in an empty namespace',
      fixture: `${DIR}/empty-selectors.yaml`,
      errors: [
        { messageId: 'noSelector', line: 19, column: 1, messageIncludes: ['"no-selector"'] },
        { messageId: 'emptyV1beta1', line: 30, column: 3 },
        {
          messageId: 'noMatch',
          line: 40,
          column: 3,
          messageIncludes: ['every pod ({})', 'namespace "jobs"'],
        },
      ],
    },
  ],
});
