import { apiStatus } from '../../k8s/deprecations.js';
import { defineRule } from '../rule.js';
import type { Fixer, FixResult } from '../fix.js';
import type { Manifest } from '../../k8s/manifest.js';

export default defineRule({
  id: 'deprecated-api',
  meta: {
    description:
      'Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones',
    severity: 'error',
    category: 'set',
    kinds: ['*'],
    scope: 'object',
    messages: {
      removed:
        '{{kind}} {{object}} uses {{apiVersion}}, which Kubernetes {{kubeVersion}} no longer serves (removed in {{removedIn}}): kubectl apply and Argo CD fail with "no matches for kind". Use {{replacement}}{{note}}.',
      deprecated:
        '{{kind}} {{object}} uses {{apiVersion}}, deprecated since Kubernetes {{deprecatedIn}}{{removal}}; move to {{replacement}}{{note}} before a cluster upgrade breaks the apply.',
      deprecatedCustomResource:
        '{{kind}} {{object}} uses {{apiVersion}}, deprecated since {{project}} {{deprecatedIn}} and not served by its CRD from {{project}} {{removedIn}} on; use {{replacement}}.',
    },
    rationale:
      'Kubernetes stops serving beta API versions a few releases after their replacement ships, and alpha versions in any release. A manifest that still uses one applies today and fails after the next cluster upgrade ("no matches for kind"), usually in the middle of a rollout. The table in src/k8s/deprecations.ts follows the Kubernetes Deprecated API Migration Guide and, for removed alpha versions (reported from the release that dropped them), the changelog of each release; the target version is --kube-version (or kubeVersion in .scaleplan.yaml).',
    remediation:
      'Change apiVersion to the replacement the message names and apply the migration note (for example HPA targetAverageUtilization becomes target.averageUtilization in autoscaling/v2).',
    autofix:
      '`--fix` changes `apiVersion` where the move is mechanical: HorizontalPodAutoscaler `autoscaling/v2beta2` \u2192 `autoscaling/v2` (the same fields) and PodDisruptionBudget `policy/v1beta1` \u2192 `policy/v1` (refused when the selector is empty or missing: it selects no pods in v1beta1 and every pod of the namespace in v1). Every other move renames or reshapes fields and is left to `kubectl convert` and a person.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'kube-score stable-version, kube-linter no-extensions-v1beta, Kyverno check-deprecated-apis, Pluto and kubent. scaleplan weighs the target version: removed APIs are errors, deprecated ones warnings.',
  },
  create(context) {
    const kubeVersion = context.settings.kubeVersion;
    return {
      '*'(manifest) {
        const status = apiStatus(manifest.apiVersion, manifest.kind, kubeVersion);
        if (!status) {
          return;
        }
        const { deprecation } = status;
        const base = {
          apiVersion: manifest.apiVersion,
          kind: manifest.kind,
          object: manifest.name === '' ? '(no name)' : `"${manifest.name}"`,
          replacement: deprecation.replacement,
          note: deprecation.note ? ` (${deprecation.note})` : '',
          deprecatedIn: deprecation.deprecatedIn,
        };
        if (deprecation.project) {
          context.report({
            manifest,
            path: ['apiVersion'],
            messageId: 'deprecatedCustomResource',
            severity: 'warning',
            data: {
              ...base,
              project: deprecation.project,
              removedIn: deprecation.removedIn ?? 'a later release',
            },
          });
        } else if (status.state === 'removed') {
          context.report({
            manifest,
            path: ['apiVersion'],
            messageId: 'removed',
            autofix: (fixer) => convertMechanically(fixer, manifest),
            data: { ...base, kubeVersion, removedIn: deprecation.removedIn ?? '' },
          });
        } else {
          context.report({
            manifest,
            path: ['apiVersion'],
            messageId: 'deprecated',
            autofix: (fixer) => convertMechanically(fixer, manifest),
            severity: 'warning',
            data: {
              ...base,
              removal: deprecation.removedIn
                ? ` and removed in ${deprecation.removedIn}`
                : ' (no removal scheduled yet)',
            },
          });
        }
      },
    };
  },
});

/**
 * The conversions that are a change of apiVersion alone: autoscaling/v2 is v2beta2 promoted
 * with the same fields, policy/v1 is v1beta1 with the same fields but one meaning changed (an
 * empty selector selects every pod in v1, none in v1beta1), so a PDB without a non-empty
 * selector is left to a person. Every other move renames or reshapes fields.
 */
function convertMechanically(fixer: Fixer, manifest: Manifest): FixResult {
  const target = MECHANICAL[`${manifest.apiVersion} ${manifest.kind}`];
  if (!target) {
    return {
      refused: `Moving ${manifest.kind} from ${manifest.apiVersion} changes its fields; convert it by hand (kubectl convert).`,
    };
  }
  if (manifest.kind === 'PodDisruptionBudget') {
    const selector = manifest.get(['spec', 'selector']);
    if (typeof selector !== 'object' || selector === null || Object.keys(selector).length === 0) {
      return {
        refused:
          'An empty or missing selector selects no pods in policy/v1beta1 but every pod of the namespace in policy/v1; set the selector first.',
      };
    }
  }
  return fixer.replaceValue(manifest, ['apiVersion'], target);
}

const MECHANICAL: Record<string, string> = {
  'autoscaling/v2beta2 HorizontalPodAutoscaler': 'autoscaling/v2',
  'policy/v1beta1 PodDisruptionBudget': 'policy/v1',
};
