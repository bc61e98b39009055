import { HPA_KIND, readAutoscaler } from '../../k8s/autoscaling.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'hpa-min-max',
  meta: {
    description: 'Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler',
    severity: 'error',
    category: 'autoscaling',
    kinds: [HPA_KIND],
    scope: 'object',
    messages: {
      minAboveMax:
        'HorizontalPodAutoscaler "{{name}}" has minReplicas {{min}} above maxReplicas {{max}}; the API server rejects it and the workload never scales.',
      minEqualsMax:
        'HorizontalPodAutoscaler "{{name}}" has minReplicas equal to maxReplicas ({{max}}), so it can never scale; set a lower minReplicas or drop the HPA and set replicas.',
    },
    rationale:
      'An HPA whose minimum exceeds its maximum is rejected at admission (in Argo CD the sync fails); one whose bounds are equal is accepted but never changes the replica count, which usually hides a copy-paste mistake.',
    remediation: 'Set spec.minReplicas below spec.maxReplicas.',
    autofix:
      '`--fix` does not swap `minReplicas` and `maxReplicas`, even where the swap looks unambiguous: which of the two numbers is the mistake (a typo in one, a capacity plan in the other, a copied value) is not in the manifest, and a swap silently changes the capacity the autoscaler may reach.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 5\n  maxReplicas: 3\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 6\n',
    },
    peers:
      'Polaris hpaMaxAvailability (maxReplicas > minReplicas) is the nearest check; it reports equal bounds as a failure where scaleplan reports info.',
  },
  create(context) {
    return {
      [HPA_KIND](manifest) {
        const { minReplicas, maxReplicas } = readAutoscaler(manifest);
        if (maxReplicas === undefined) {
          return;
        }
        const data = { name: manifest.name, min: minReplicas, max: maxReplicas };
        if (minReplicas > maxReplicas) {
          const hasMin = manifest.get(['spec', 'minReplicas']) !== undefined;
          context.report({
            manifest,
            path: ['spec', hasMin ? 'minReplicas' : 'maxReplicas'],
            messageId: 'minAboveMax',
            data,
          });
        } else if (minReplicas === maxReplicas) {
          context.report({
            manifest,
            path: ['spec', 'maxReplicas'],
            messageId: 'minEqualsMax',
            data,
            severity: 'info',
          });
        }
      },
    };
  },
});
