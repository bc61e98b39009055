import { unservedApi } from '../../k8s/api-versions.js';
import { findDeprecation } from '../../k8s/deprecations.js';
import { wordList } from '../../shared/words.js';
import { defineRule } from '../rule.js';

export default defineRule<'unserved'>({
  id: 'unknown-api-version',
  meta: {
    description: 'Disallow a built-in kind under an API version that does not serve it',
    severity: 'error',
    category: 'set',
    kinds: ['*'],
    scope: 'object',
    messages: {
      unserved:
        '{{kind}} "{{name}}" has apiVersion {{apiVersion}}, which does not serve {{kind}}; the API server rejects it ("no matches for kind {{kind}} in version {{apiVersion}}"), so the object never exists and no other rule counts it. Use {{use}}.',
    },
    rationale:
      'The API server finds the kind of an object through its apiVersion. When that group/version does not serve the kind (a `v1` PodDisruptionBudget, an `apps/v2` Deployment, an `autoscaling/v3` HorizontalPodAutoscaler), kubectl apply and Argo CD fail with "no matches for kind", and nothing the object describes reaches the cluster: a workload "protected" only by such a budget has none. Schema validation offline skips such objects (there is no schema for a version that does not exist), so scaleplan checks the version against every version of the kind that Kubernetes has served since 1.16 (current ones from the bundled schemas, removed ones from the deprecation table; deprecated-api reports those). Every other rule leaves the object out: it is not a budget, workload or autoscaler. Only kinds scaleplan knows under Kubernetes\' own API groups are judged: another project may use the same kind name in its own group (Knative\'s `serving.knative.dev` Service), and a custom resource\'s group may serve versions newer than scaleplan\'s copy of its CRD.',
    remediation:
      'Use an apiVersion that serves the kind (`policy/v1` for PodDisruptionBudget, `apps/v1` for workloads, `autoscaling/v2` for HorizontalPodAutoscaler).',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'kubeconform and kube-linter schema-validation skip an unknown apiVersion with -ignore-missing-schemas (or fail every unknown kind without it); Polaris, kube-score and Kyverno evaluate such an object as if the API server accepted it (all seven Polaris pdbDisruptionsIsZero fixtures are `apiVersion: v1` budgets).',
  },
  create(context) {
    return {
      '*'(manifest) {
        const unserved = unservedApi(manifest.apiVersion, manifest.kind);
        if (!unserved) {
          return;
        }
        // Prefer the versions still served, and name the removed ones only when none is.
        const current = unserved.servedBy.filter(
          (apiVersion) => findDeprecation(apiVersion, manifest.kind) === undefined,
        );
        const use = current.length > 0 ? current : unserved.servedBy;
        context.report({
          manifest,
          path: ['apiVersion'],
          target: 'value',
          messageId: 'unserved',
          data: {
            kind: manifest.kind,
            name: manifest.name === '' ? '(no name)' : manifest.name,
            apiVersion: manifest.apiVersion,
            use: wordList(
              use.map((apiVersion) => `apiVersion: ${apiVersion}`),
              'or',
            ),
          },
        });
      },
    };
  },
});
