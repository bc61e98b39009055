import type { Manifest } from '../../k8s/manifest.js';
import {
  describeSelector,
  isEmptySelector,
  parseLabelSelector,
  parseMapSelector,
  selectorMatches,
} from '../../k8s/selectors.js';
import { labelsAt, podTemplatePath } from '../../k8s/workloads.js';
import { defineRule } from '../rule.js';

/**
 * The kinds whose controller owns the pods its selector matches. The API server checks, in
 * ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateReplicaSetSpec,
 * ValidateDaemonSetSpec and ValidateReplicationControllerSpec, that the selector is not empty
 * and matches `spec.template.metadata.labels`.
 */
const KINDS = [
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'DaemonSet',
  'ReplicationController',
  'Job',
] as const;

/**
 * API versions that default an absent selector to the template labels (the pre-apps/v1
 * versions and ReplicationController): there only a written selector can be wrong.
 */
const DEFAULTS_SELECTOR = new Set(['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']);

export default defineRule<'mismatch' | 'empty'>({
  id: 'workload-selector-mismatch',
  meta: {
    description: "Require a workload's selector to match the labels of its own pod template",
    severity: 'error',
    category: 'set',
    kinds: [...KINDS],
    scope: 'object',
    messages: {
      mismatch:
        '{{kind}} "{{name}}" selects "{{selector}}" but its pod template is labelled {{labels}}; the API server rejects it ("selector does not match template labels"), so the apply or sync fails. Make spec.selector a subset of spec.template.metadata.labels.',
      empty:
        '{{kind}} "{{name}}" has an empty selector; the API server rejects it ("empty selector is invalid"), since the controller would adopt every pod of the namespace. Select the pod template labels.',
    },
    rationale:
      "A controller owns the pods its selector matches, so the API server refuses a Deployment, StatefulSet, ReplicaSet, DaemonSet or ReplicationController whose selector does not match its own pod template (or is empty, in apps/v1): the pods it would create would not be its own. The OpenAPI schema cannot express this, so schema validation offline passes while kubectl apply and Argo CD fail. Every other rule that follows the pods (budgets, Services, autoscalers) would otherwise judge a workload that never exists. Selectors that default to the template labels (absent in extensions/v1beta1, apps/v1beta1 and v1beta2, or in a ReplicationController) and Jobs without manualSelector (the Job controller generates the selector) are not judged; a malformed or missing selector is schema-invalid's.",
    remediation:
      'Copy `spec.selector.matchLabels` from the pod template labels (or add the missing labels to the template). The selector of an existing Deployment or StatefulSet is immutable: changing it means recreating the object.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: webapp}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n',
    },
    peers:
      'kube-linter mismatching-selector (Deployments and OpenShift DeploymentConfigs, which scaleplan does not lint) and kube-score statefulset-pod-selector-labels-match-template-metadata-labels (StatefulSets only) check the same condition; scaleplan checks every controller kind the API server checks.',
  },
  create(context) {
    const visit = (manifest: Manifest) => {
      const templatePath = podTemplatePath(manifest.kind);
      if (!templatePath || manifest.group === 'apps.openshift.io') {
        return;
      }
      const raw = manifest.get(['spec', 'selector']);
      const isController = manifest.kind === 'ReplicationController';
      if (raw === undefined || raw === null) {
        // apps/v1 requires it (schema-invalid); older versions and RCs default it.
        return;
      }
      if (manifest.kind === 'Job' && manifest.get(['spec', 'manualSelector']) !== true) {
        return;
      }
      const parsed = isController ? parseMapSelector(raw) : parseLabelSelector(raw);
      if (!('selector' in parsed)) {
        return;
      }
      const selector = parsed.selector;
      if (selector.matchesNone) {
        // A ReplicationController's empty map: the API server defaults it to the labels.
        return;
      }
      if (isEmptySelector(selector)) {
        // A ReplicationController or an old apps version fills an empty selector in.
        if (isController || DEFAULTS_SELECTOR.has(manifest.apiVersion)) {
          return;
        }
        context.report({
          manifest,
          path: ['spec', 'selector'],
          messageId: 'empty',
          data: { kind: manifest.kind, name: manifest.name },
        });
        return;
      }
      const labels = labelsAt(manifest.object, [...templatePath, 'metadata', 'labels']);
      if (selectorMatches(selector, labels)) {
        return;
      }
      const written = Object.entries(labels);
      context.report({
        manifest,
        path: ['spec', 'selector'],
        messageId: 'mismatch',
        data: {
          kind: manifest.kind,
          name: manifest.name,
          selector: describeSelector(selector),
          labels:
            written.length === 0
              ? 'with nothing'
              : `"${written.map(([key, value]) => `${key}=${value}`).join(',')}"`,
        },
      });
    };
    return Object.fromEntries(KINDS.map((kind) => [kind, visit]));
  },
});
