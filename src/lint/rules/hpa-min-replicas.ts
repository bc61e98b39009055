import { HPA_KIND } from '../../k8s/autoscaling.js';
import { asObject } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

interface Options {
  minimum: number;
}

export default defineRule<'belowMinimum' | 'defaultMinimum', Options>({
  id: 'hpa-min-replicas',
  meta: {
    description: 'Require HorizontalPodAutoscalers to keep at least two replicas',
    severity: 'warning',
    category: 'autoscaling',
    kinds: [HPA_KIND],
    scope: 'object',
    messages: {
      belowMinimum:
        'HorizontalPodAutoscaler "{{name}}" has minReplicas {{minReplicas}}, below {{minimum}}: in a quiet hour it scales the workload down to {{min}}, and then one node drain, crash or rollout {{consequence}}. Set minReplicas to at least {{minimum}}.',
      defaultMinimum:
        'HorizontalPodAutoscaler "{{name}}" does not set minReplicas, so it defaults to 1: in a quiet hour it scales the workload down to one pod, and then one node drain, crash or rollout leaves no ready pod. Set minReplicas to at least {{minimum}}.',
    },
    rationale:
      'An HPA scales down to minReplicas whenever the metric is low, which for most services is every night. With one pod left, every voluntary disruption (a node drain, a cluster-autoscaler scale-down, a rollout with maxUnavailable) and every crash is an outage until a new pod is ready, and a PodDisruptionBudget that protects the last pod blocks the drain instead. `minReplicas` defaults to 1 when it is not written. KEDA ScaledObjects are not checked: a `minReplicaCount` of 0 or 1 there is usually a deliberate scale-to-zero for queue workers.',
    remediation:
      'Set `spec.minReplicas` to 2 or more (3 to survive a zone outage). If the workload really may run as one pod, silence the rule for it with `scaleplan.dev/ignore: "hpa-min-replicas"`.',
    defaultOptions: { minimum: 2 },
    optionsSchema: {
      type: 'object',
      properties: {
        minimum: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          description: 'Smallest acceptable minReplicas.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 1\n  maxReplicas: 10\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n',
    },
    peers:
      'kube-linter hpa-minimum-three-replicas (minimum 3), kube-score horizontalpodautoscaler-replicas (threshold MinReplicasHPA in its run configuration) and Polaris hpaMinAvailability (minimum 2) check the same; Polaris passes an HPA without minReplicas although it defaults to 1. The strict policy pack uses a minimum of 3 as kube-linter does.',
  },
  create(context) {
    return {
      [HPA_KIND](manifest, options) {
        if (!asObject(manifest.get(['spec']))) {
          return;
        }
        const raw = manifest.get(['spec', 'minReplicas']);
        const written = raw !== undefined && raw !== null;
        // A minReplicas that is not a whole number is schema-invalid's finding.
        if (written && !(typeof raw === 'number' && Number.isInteger(raw))) {
          return;
        }
        const min = written ? (raw as number) : 1;
        if (min >= options.minimum) {
          return;
        }
        context.report({
          manifest,
          path: ['spec', 'minReplicas'],
          messageId: written ? 'belowMinimum' : 'defaultMinimum',
          data: {
            name: manifest.name,
            minReplicas: min,
            min: `${min} pod${min === 1 ? '' : 's'}`,
            minimum: options.minimum,
            consequence:
              min <= 1
                ? 'leaves no ready pod'
                : `leaves ${min - 1} pod${min === 2 ? '' : 's'} to carry all the traffic`,
          },
          fix: `minReplicas: ${options.minimum}`,
        });
      },
    };
  },
});
