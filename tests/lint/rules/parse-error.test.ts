import rule from '../../../src/lint/rules/parse-error.js';
import { ruleTester } from '../../_utils.js';

ruleTester().run(rule, {
  valid: [{ fixture: 'fixtures/rules/parse-error/skipped-documents.yaml' }],
  invalid: [
    {
      fixture: 'fixtures/rules/parse-error/broken-and-valid.yaml',
      errors: [{ messageId: 'syntax', line: 5, column: 1, messageIncludes: ['same column'] }],
    },
    {
      name: 'the document after a broken one is still linted',
      files: {
        'broken.yaml': 'a: [1\n---\nkind: Service\n',
      },
      errors: [
        { messageId: 'syntax', line: 2, column: 1 },
        { messageId: 'notAnObject', line: 3, column: 1 },
      ],
    },
    {
      fixture: 'fixtures/rules/parse-error/unterminated-quote.yaml',
      errors: [{ messageId: 'syntax', line: 6, column: 13, messageIncludes: ['quote'] }],
    },
    {
      fixture: 'fixtures/rules/parse-error/duplicate-key.yaml',
      errors: [{ messageId: 'syntax', line: 5, column: 3, messageIncludes: ['unique'] }],
    },
    {
      fixture: 'fixtures/rules/parse-error/kind-without-apiversion.yaml',
      errors: [
        { messageId: 'notAnObject', line: 1, column: 1, messageIncludes: ['no apiVersion'] },
      ],
    },
  ],
});
