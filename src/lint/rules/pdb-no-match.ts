import { EXTERNAL_ASSUMPTIONS } from '../../k8s/external.js';
import { POD_LABEL_ASSUMPTIONS } from '../../k8s/pod-labels.js';
import { PDB_KIND, readPdbSelector } from '../../k8s/disruption.js';
import { describeSelector, isEmptySelector } from '../../k8s/selectors.js';
import { elsewhereNote, elsewhereRelated, workloadElsewhere } from '../elsewhere.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'pdb-no-match',
  meta: {
    description:
      'Require the selector of a PodDisruptionBudget to match a pod template in its namespace',
    severity: 'warning',
    category: 'disruption',
    kinds: [PDB_KIND],
    scope: 'set',
    messages: {
      noMatch:
        'PodDisruptionBudget "{{name}}" selects {{selector}}, but no pod template in namespace "{{namespace}}" in the set has those labels{{elsewhere}}; it protects nothing, so a drain may evict every pod it was meant to keep. Match the labels of the pod template (spec.template.metadata.labels), not the workload\'s own labels.',
      noSelector:
        'PodDisruptionBudget "{{name}}" has no selector, so it selects no pods and protects nothing. Add spec.selector.matchLabels with the pod template labels of the workload it is for.',
      emptyV1beta1:
        'PodDisruptionBudget "{{name}}" is policy/v1beta1 with an empty selector, which selects no pods in that API version (in policy/v1 it would select every pod of the namespace); it protects nothing. Use policy/v1, or select the pod template labels.',
    },
    rationale:
      "A PodDisruptionBudget protects exactly the pods its label selector matches in its own namespace, by their labels (so the labels of the pod template, not the Deployment's own `metadata.labels`). A typo in a label, a selector copied from another app, or a budget in the wrong namespace is accepted by the API server and then does nothing: the drain it was written for evicts every pod at once. Selectors are evaluated as Kubernetes does, with `matchLabels` and the `In`, `NotIn`, `Exists` and `DoesNotExist` expressions. An absent selector selects nothing; an empty selector `{}` selects every pod of the namespace in `policy/v1` and nothing in `policy/v1beta1`." +
      ' ' +
      POD_LABEL_ASSUMPTIONS +
      ' ' +
      EXTERNAL_ASSUMPTIONS,
    remediation:
      "Copy the labels from the workload's `spec.template.metadata.labels` (usually the same as its `spec.selector.matchLabels`) into the budget's `spec.selector.matchLabels`, and create the budget in the workload's namespace. If the pods come from elsewhere (an operator, another repository), lint them together.",
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n  template:\n    metadata:\n      labels: {app.kubernetes.io/name: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n  template:\n    metadata:\n      labels: {app.kubernetes.io/name: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n',
    },
    peers:
      'None of kube-linter, kube-score, Polaris or the Kyverno policies report a budget that selects nothing; kube-score and Polaris only look from the workload side ("has a PodDisruptionBudget").',
  },
  create(context) {
    return {
      [PDB_KIND](pdb) {
        const parsed = readPdbSelector(pdb);
        // A malformed selector (`selector: []`) is schema-invalid's finding.
        if (!('selector' in parsed) || context.set.pdbSelection(pdb).length > 0) {
          return;
        }
        const written = pdb.get(['spec', 'selector']);
        if (written === undefined || written === null) {
          context.report({
            manifest: pdb,
            path: ['spec', 'selector'],
            messageId: 'noSelector',
            data: { name: pdb.name },
          });
          return;
        }
        if (parsed.selector.matchesNone) {
          context.report({
            manifest: pdb,
            path: ['spec', 'selector'],
            target: 'key',
            messageId: 'emptyV1beta1',
            data: { name: pdb.name },
          });
          return;
        }
        if (context.set.podsMayBeOutside(pdb.namespace, parsed.selector)) {
          return;
        }
        // Say so when the labels exist in another namespace: the usual copy-paste mistake.
        const elsewhere = workloadElsewhere(context.set, parsed.selector, pdb.namespace);
        context.report({
          manifest: pdb,
          path: ['spec', 'selector'],
          target: 'key',
          messageId: 'noMatch',
          data: {
            name: pdb.name,
            selector: isEmptySelector(parsed.selector)
              ? 'every pod ({})'
              : `"${describeSelector(parsed.selector)}"`,
            namespace: pdb.namespace,
            elsewhere: elsewhereNote(
              elsewhere,
              'but a budget only covers pods of its own namespace',
            ),
          },
          ...elsewhereRelated(elsewhere),
        });
      },
    };
  },
});
