import { defineRule } from '../rule.js';

/**
 * Parse problems are found while loading, before any rule runs; the engine reports them
 * under this rule's id and messages, so they share severity config, suppression and docs.
 */
export default defineRule({
  id: 'parse-error',
  meta: {
    description:
      'Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build',
    severity: 'error',
    category: 'set',
    kinds: [],
    scope: 'object',
    messages: {
      syntax: 'Invalid YAML: {{detail}}',
      notAnObject: 'Not a Kubernetes object: {{detail}}',
      kustomizeBuild:
        'Kustomize cannot build this directory, so none of its objects was linted: {{detail}}',
    },
    rationale:
      'kubectl and Argo CD refuse the whole file when one document is not valid YAML, and a document with only apiVersion or only kind is neither applied nor recognised as something to skip. Duplicate keys are errors too: YAML parsers disagree on which value wins. A Kustomize directory that does not build (a remote base out of reach, a missing resource, an unknown field) is reported on its kustomization file, at the entry Kustomize names, and the other inputs are still linted.',
    remediation:
      'Fix the YAML at the reported position; give every Kubernetes document both apiVersion and kind.',
    defaultOptions: {},
    examples: {
      incorrect: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  name: web-2\n',
      correct: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
    },
    peers:
      'kube-linter and kube-score stop at the first broken file; scaleplan reports each broken document and lints the rest.',
  },
  create: () => ({}),
});
