import type { Manifest } from '../../k8s/manifest.js';
import { countsOwnPods, readSpreadTerms } from '../../k8s/spread.js';
import { describeSelector } from '../../k8s/selectors.js';
import { WORKLOAD_KINDS } from '../../k8s/workloads.js';
import { defineRule } from '../rule.js';

const WHEN_UNSATISFIABLE = new Set(['DoNotSchedule', 'ScheduleAnyway']);

export default defineRule<
  'maxSkew' | 'whenUnsatisfiable' | 'minDomains' | 'duplicate' | 'noSelector' | 'otherPods'
>({
  id: 'topology-spread-invalid',
  meta: {
    description:
      'Require topology spread constraints that the API server accepts and that count the pods they belong to',
    severity: 'error',
    category: 'disruption',
    kinds: [...WORKLOAD_KINDS],
    scope: 'object',
    messages: {
      maxSkew:
        '{{kind}} "{{name}}": topologySpreadConstraints[{{index}}].maxSkew is {{actual}} but must be at least 1; the API server rejects the object.',
      whenUnsatisfiable:
        '{{kind}} "{{name}}": topologySpreadConstraints[{{index}}].whenUnsatisfiable is {{actual}} but must be DoNotSchedule or ScheduleAnyway; the API server rejects the object.',
      minDomains:
        '{{kind}} "{{name}}": topologySpreadConstraints[{{index}}].minDomains {{problem}}; the API server rejects the object.',
      duplicate:
        '{{kind}} "{{name}}": topologySpreadConstraints[{{index}}] repeats topologyKey {{topologyKey}} with whenUnsatisfiable {{when}} of constraint {{first}}; the API server rejects duplicate pairs. Merge them.',
      noSelector:
        '{{kind}} "{{name}}": topologySpreadConstraints[{{index}}] has no labelSelector, so it counts no pods in any domain and spreads nothing. Set labelSelector to the pod template labels.',
      otherPods:
        '{{kind}} "{{name}}": topologySpreadConstraints[{{index}}] selects "{{selector}}", which its own pods (labelled {{labels}}) do not match; it balances other pods, not these, so they may all land in one domain. Set labelSelector to the pod template labels.',
    },
    rationale:
      "The API server validates each topology spread constraint: `maxSkew` at least 1, `whenUnsatisfiable` DoNotSchedule or ScheduleAnyway, `minDomains` at least 1 and only with DoNotSchedule, and no two constraints with the same topologyKey and whenUnsatisfiable. The OpenAPI schema checks none of this, so offline validation passes and the apply fails. Two mistakes pass the API server and silently spread nothing, and are warnings: a constraint without labelSelector (kube-scheduler counts no pods, so every domain looks empty), and one whose selector does not match the pod's own labels (it balances some other workload's pods). A malformed field is schema-invalid's.",
    remediation:
      'Use `maxSkew: 1`, `whenUnsatisfiable: ScheduleAnyway` (or DoNotSchedule with minDomains), one constraint per topologyKey and policy, and `labelSelector.matchLabels` equal to the pod template labels.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      topologySpreadConstraints:\n        - maxSkew: 0\n          topologyKey: topology.kubernetes.io/zone\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector:\n            matchLabels: {app: web}\n      containers: [{name: web, image: web:1.0}]\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: topology.kubernetes.io/zone\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector:\n            matchLabels: {app: web}\n      containers: [{name: web, image: web:1.0}]\n',
    },
    peers:
      'kube-score pod-topology-spread-constraints fails constraints with maxSkew below 1, whenUnsatisfiable outside the two values, or a selector that does not match the pod labels; Kyverno topologyspreadconstraints-policy requires a constraint count and keys. scaleplan checks the full API server validation and the selector.',
  },
  create(context) {
    const visit = (manifest: Manifest) => {
      const workload = context.set.workload(manifest);
      if (!workload?.containersKnown) {
        return;
      }
      const constraints = readSpreadTerms(workload.podSpec, workload.podSpecPath).filter(
        (term) => term.source === 'topologySpreadConstraints',
      );
      const seen = new Map<string, number>();
      constraints.forEach((term, index) => {
        const base = { kind: manifest.kind, name: manifest.name, index };
        const { raw } = term;
        if (typeof raw.maxSkew === 'number' && raw.maxSkew < 1) {
          context.report({
            manifest,
            path: [...term.path, 'maxSkew'],
            target: 'value',
            messageId: 'maxSkew',
            data: { ...base, actual: raw.maxSkew },
          });
        }
        const when = raw.whenUnsatisfiable;
        if (typeof when === 'string' && !WHEN_UNSATISFIABLE.has(when)) {
          context.report({
            manifest,
            path: [...term.path, 'whenUnsatisfiable'],
            target: 'value',
            messageId: 'whenUnsatisfiable',
            data: { ...base, actual: `"${when}"` },
          });
        }
        if (typeof raw.minDomains === 'number') {
          const problem =
            raw.minDomains < 1
              ? `is ${raw.minDomains} but must be at least 1`
              : when !== 'DoNotSchedule'
                ? `is set, which is only allowed with whenUnsatisfiable: DoNotSchedule`
                : undefined;
          if (problem) {
            context.report({
              manifest,
              path: [...term.path, 'minDomains'],
              target: 'value',
              messageId: 'minDomains',
              data: { ...base, problem },
            });
          }
        }
        if (typeof term.topologyKey === 'string' && typeof when === 'string') {
          const key = `${term.topologyKey}\u0000${when}`;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, index);
          } else {
            context.report({
              manifest,
              path: term.path,
              messageId: 'duplicate',
              data: { ...base, topologyKey: term.topologyKey, when, first },
            });
          }
        }
        if (!workload.labelsKnown) {
          return;
        }
        const hasMatchLabelKeys =
          Array.isArray(raw.matchLabelKeys) && raw.matchLabelKeys.length > 0;
        if (raw.labelSelector === undefined || raw.labelSelector === null) {
          if (!hasMatchLabelKeys) {
            context.report({
              manifest,
              path: term.path,
              messageId: 'noSelector',
              severity: 'warning',
              data: base,
            });
          }
          return;
        }
        if (term.selector && !countsOwnPods(term, workload.templateLabels, manifest.namespace)) {
          const labels = Object.entries(workload.templateLabels);
          context.report({
            manifest,
            path: [...term.path, 'labelSelector'],
            messageId: 'otherPods',
            severity: 'warning',
            data: {
              ...base,
              selector: describeSelector(term.selector),
              labels:
                labels.length === 0
                  ? 'with nothing'
                  : `"${labels.map(([key, value]) => `${key}=${value}`).join(',')}"`,
            },
          });
        }
      });
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});
