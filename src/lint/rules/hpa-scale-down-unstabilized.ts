import {
  behaviorPath,
  effectiveScalingRules,
  HPA_KIND,
  SCALED_OBJECT_KIND,
} from '../../k8s/autoscaling.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

interface Options {
  minimumSeconds: number;
}

export default defineRule<'unstabilized', Options>({
  id: 'hpa-scale-down-unstabilized',
  meta: {
    description:
      'Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects',
    severity: 'warning',
    category: 'autoscaling',
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: 'object',
    messages: {
      unstabilized:
        '{{autoscaler}} sets scaleDown.stabilizationWindowSeconds to {{window}}, so it removes pods once the metric has been low for {{window}}s; below {{minimum}}s the replica count follows each dip of the metric and flaps, killing pods that must start cold minutes later. Raise it to at least {{minimum}} (Kubernetes defaults to 300).',
    },
    rationale:
      'The scale-down stabilization window makes the HPA use the highest recommendation of the last N seconds, so a short lull in traffic (or one noisy scrape) does not remove pods that the next minute needs again. With a window of a few seconds the replica count tracks the metric: pods are terminated, caches and connection pools are lost, and the scale-up that follows pays the pod start-up time again. Kubernetes defaults to 300 s when `behavior.scaleDown` is absent; this rule only fires on a window that is written down. For KEDA it reads `spec.advanced.horizontalPodAutoscalerConfig.behavior`, which KEDA copies into its HPA.',
    remediation:
      'Set `behavior.scaleDown.stabilizationWindowSeconds` to at least 60, or remove it to get the 300 s default. A workload that must release capacity quickly is better served by a scale-down policy (e.g. 50 % per minute) than by a short window.',
    autofix:
      "`--fix` raises `stabilizationWindowSeconds` to the larger of the `minimumSeconds` option and Kubernetes' default of 300 seconds, in place.",
    defaultOptions: { minimumSeconds: 60 },
    optionsSchema: {
      type: 'object',
      properties: {
        minimumSeconds: {
          type: 'integer',
          minimum: 0,
          maximum: 3600,
          description: 'Smallest acceptable scale-down stabilization window, in seconds.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 0\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 300\n',
    },
    peers: 'None of kube-linter, kube-score, Polaris or the Kyverno policies look at HPA behavior.',
  },
  create(context) {
    const visit = (manifest: Manifest, options: Options) => {
      const rules = effectiveScalingRules(manifest, 'scaleDown');
      // With scale-down disabled nothing flaps; a default (300 s) window is never too short.
      if (rules.selectPolicy === 'Disabled' || !rules.explicit.stabilization) {
        return;
      }
      const window = rules.stabilizationWindowSeconds;
      if (window >= options.minimumSeconds) {
        return;
      }
      context.report({
        manifest,
        path: [...behaviorPath(manifest), 'scaleDown', 'stabilizationWindowSeconds'],
        messageId: 'unstabilized',
        data: {
          autoscaler: `${manifest.kind} "${manifest.name}"`,
          window,
          minimum: options.minimumSeconds,
        },
        fix: `stabilizationWindowSeconds: ${Math.max(options.minimumSeconds, 300)}`,
        autofix: (fixer) =>
          fixer.replaceValue(
            manifest,
            [...behaviorPath(manifest), 'scaleDown', 'stabilizationWindowSeconds'],
            Math.max(options.minimumSeconds, 300),
          ),
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  },
});
