import { defineRule } from '../rule.js';

export default defineRule({
  id: 'duplicate-object',
  meta: {
    description: 'Disallow two objects with the same kind, namespace and name',
    severity: 'error',
    category: 'set',
    kinds: ['*'],
    scope: 'set',
    messages: {
      duplicate:
        '{{kind}} "{{name}}" is defined more than once in namespace "{{namespace}}"; the later one silently replaces the earlier on apply.',
      duplicateClusterScoped:
        '{{kind}} "{{name}}" is defined more than once; the later one silently replaces the earlier on apply.',
    },
    rationale:
      'kubectl apply and Argo CD apply objects one after the other, so of two objects with the same identity only the last survives, and which one that is depends on file order. Kustomize refuses to build such a set at all.',
    remediation: 'Delete one of the objects, or give them different names or namespaces.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 8080}]\n',
      correct:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-admin\nspec:\n  ports: [{port: 8080}]\n',
    },
  },
  create(context) {
    return {
      '*'(manifest) {
        if (manifest.name === '') {
          return;
        }
        const same = context.set.sameIdentity(manifest);
        const first = same[0];
        if (same.length < 2 || first === manifest || first === undefined) {
          return;
        }
        context.report({
          manifest,
          path: ['metadata', 'name'],
          messageId: manifest.namespace === '' ? 'duplicateClusterScoped' : 'duplicate',
          data: { kind: manifest.kind, name: manifest.name, namespace: manifest.namespace },
          related: [
            { manifest: first, path: ['metadata', 'name'], message: 'First defined here.' },
          ],
        });
      },
    };
  },
});
