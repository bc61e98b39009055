import {
  behaviorPath,
  effectiveScalingRules,
  HPA_KIND,
  readAutoscaler,
  SCALED_OBJECT_KIND,
  type ScalingPolicy,
} from '../../k8s/autoscaling.js';
import { fastestScaleDown, HPA_SYNC_PERIOD_SECONDS } from '../../k8s/hpa-controller.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

interface Options {
  maxFraction: number;
  windowSeconds: number;
  stabilizationSeconds: number;
}

/** Float noise must not turn "exactly half" into "more than half". */
const EPSILON = 1e-9;

export default defineRule<'tooFast', Options>({
  id: 'hpa-scale-down-too-fast',
  meta: {
    description:
      'Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window',
    severity: 'warning',
    category: 'autoscaling',
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: 'object',
    messages: {
      tooFast:
        '{{autoscaler}} can remove {{percent}}% ({{removed}} of its {{max}} replicas) within {{window}}s ({{policies}}, selectPolicy {{select}}) with only a {{stabilization}}s stabilization window; one quiet minute takes away most of the capacity and the next spike waits for new pods to start. Allow at most {{limit}}% per {{window}}s (e.g. a Pods policy of 1 per 60s) or raise stabilizationWindowSeconds to {{stabilizationMinimum}}.',
    },
    rationale: `An HPA without \`behavior\` waits 5 minutes (the stabilization window) and may then remove every pod above minReplicas at once (100 % per 15 s). That default is tolerable because of the long window; the danger is a short window combined with permissive policies, where a minute of low traffic (a deploy, a dropped metric, a lunch break) scales a busy service from its peak to its floor, and the next burst lands on a handful of pods while new ones start.

The rule computes the fastest scale-down the cluster will run: the written \`behavior.scaleDown\` (or KEDA's \`advanced.horizontalPodAutoscalerConfig.behavior\`) with Kubernetes defaults for what is missing. The model follows the HPA controller: it starts at the autoscaler's maxReplicas (the worst case: peak load that suddenly drops) with the metric asking for minReplicas, and acts at every sync (every ${HPA_SYNC_PERIOD_SECONDS} s) during the window. At each sync every policy limits the new count relative to the count at the start of its own period, in whole pods as the controller computes them: \`Pods\` subtracts its value, \`Percent\` multiplies by 1 − value/100 and truncates (Go's \`int32(start * (1 - value/100))\`), so 50 % of 5 replicas leaves 2 and removes 60 %, and Percent policies compound once per period (30 % per 30 s takes 10 replicas to 7, then to 4: 60 % in a minute). Pods policies remove their value once per period, measured against maxReplicas. \`selectPolicy: Max\` (the default) takes the policy allowing the biggest change at each step, \`Min\` the smallest, and \`Disabled\` never scales down. The arithmetic is the one module (src/k8s/hpa-controller.ts) that the RUNBOOK's timings and the scale simulation also use. It fires when more than \`maxFraction\` of the replicas can go within \`windowSeconds\` and the stabilization window is shorter than \`stabilizationSeconds\`; exactly half is allowed.`,
    remediation:
      'Add a scale-down policy that removes at most half the replicas per minute, such as `{type: Percent, value: 50, periodSeconds: 60}` or `{type: Pods, value: 1, periodSeconds: 60}` (with `selectPolicy: Min` when several policies should all hold), or keep the 300 s default stabilization window.',
    defaultOptions: { maxFraction: 0.5, windowSeconds: 60, stabilizationSeconds: 300 },
    optionsSchema: {
      type: 'object',
      properties: {
        maxFraction: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Largest share of the replicas that may be removed within windowSeconds.',
        },
        windowSeconds: {
          type: 'integer',
          minimum: 15,
          maximum: 3600,
          description: 'Length of the window the removals are counted over, in seconds.',
        },
        stabilizationSeconds: {
          type: 'integer',
          minimum: 0,
          maximum: 3600,
          description:
            'A scale-down stabilization window at least this long makes fast policies acceptable.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 20\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 60\n      policies:\n        - {type: Percent, value: 100, periodSeconds: 15}\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 20\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 60\n      policies:\n        - {type: Percent, value: 50, periodSeconds: 60}\n',
    },
    peers: 'None of kube-linter, kube-score, Polaris or the Kyverno policies look at HPA behavior.',
  },
  create(context) {
    const visit = (manifest: Manifest, options: Options) => {
      const rules = effectiveScalingRules(manifest, 'scaleDown');
      if (
        rules.selectPolicy === 'Disabled' ||
        rules.stabilizationWindowSeconds >= options.stabilizationSeconds ||
        rules.policies.length === 0
      ) {
        return;
      }
      const bounds = readAutoscaler(manifest);
      if (bounds.maxReplicas === undefined || bounds.maxReplicas < 2) {
        return;
      }
      // KEDA's own HPA never goes below 1; KEDA removes the last pod after its cooldown.
      const floor =
        manifest.kind === SCALED_OBJECT_KIND ? Math.max(1, bounds.minReplicas) : bounds.minReplicas;
      const run = fastestScaleDown(rules, bounds.maxReplicas, floor, options.windowSeconds);
      if (run.fraction <= options.maxFraction + EPSILON) {
        return;
      }
      const scaleDownPath = [...behaviorPath(manifest), 'scaleDown'];
      context.report({
        manifest,
        path: rules.explicit.policies
          ? [...scaleDownPath, 'policies']
          : [...scaleDownPath, 'stabilizationWindowSeconds'],
        target: rules.explicit.policies ? 'key' : 'value',
        messageId: 'tooFast',
        data: {
          autoscaler: `${manifest.kind} "${manifest.name}"`,
          percent: formatPercent(run.fraction),
          removed: run.from - run.to,
          max: bounds.maxReplicas,
          window: options.windowSeconds,
          policies: describePolicies(rules.policies, rules.explicit.policies),
          select: rules.selectPolicy,
          stabilization: rules.stabilizationWindowSeconds,
          limit: formatPercent(options.maxFraction),
          stabilizationMinimum: options.stabilizationSeconds,
        },
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  },
});

function describePolicies(policies: readonly ScalingPolicy[], explicit: boolean): string {
  const described = policies
    .map((policy) =>
      policy.type === 'Percent'
        ? `Percent ${policy.value}% per ${policy.periodSeconds}s`
        : `Pods ${policy.value} per ${policy.periodSeconds}s`,
    )
    .join(', ');
  return explicit ? described : `the default policy ${described}`;
}

/** A share as a percentage with one decimal, rounded up so that a share above half never reads "50". */
function formatPercent(fraction: number): string {
  return String(Math.ceil(fraction * 1000 - EPSILON) / 10);
}
