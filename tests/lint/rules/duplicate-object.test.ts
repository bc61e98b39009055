import rule from '../../../src/lint/rules/duplicate-object.js';
import { ruleTester } from '../../_utils.js';

ruleTester().run(rule, {
  valid: [
    { fixture: 'fixtures/rules/duplicate-object/distinct-objects.yaml' },
    { fixture: 'fixtures/rules/duplicate-object/namespaced-crd-kind.yaml' },
  ],
  invalid: [
    {
      fixture: 'fixtures/rules/duplicate-object/same-service-twice.yaml',
      errors: [
        { messageId: 'duplicate', line: 13, column: 9, endColumn: 12, messageIncludes: ['"shop"'] },
      ],
    },
    {
      fixture: 'fixtures/rules/duplicate-object/across-files',
      errors: [
        {
          messageId: 'duplicateClusterScoped',
          file: 'fixtures/rules/duplicate-object/across-files/b.yaml',
          line: 4,
          column: 9,
        },
      ],
    },
    {
      name: 'a cluster-scoped operator kind has no namespace, whatever metadata says',
      fixture: 'fixtures/rules/duplicate-object/cluster-scoped-crd-kind.yaml',
      errors: [
        {
          messageId: 'duplicateClusterScoped',
          line: 14,
          column: 9,
          messageIncludes: ['ClusterPolicy "require-requests" is defined more than once'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/duplicate-object/default-namespace',
      errors: [{ messageId: 'duplicate', line: 11, column: 9 }],
    },
  ],
});
