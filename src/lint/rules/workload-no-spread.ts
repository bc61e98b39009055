import type { Manifest } from '../../k8s/manifest.js';
import { countsOwnPods, HOSTNAME_KEY, readSpreadTerms, ZONE_KEY } from '../../k8s/spread.js';
import { wordList } from '../../shared/words.js';
import { defineRule } from '../rule.js';

interface Options {
  topologyKeys: string[];
  requireEveryKey: boolean;
}

const KINDS = ['Deployment', 'StatefulSet', 'Rollout'] as const;

export default defineRule<'noSpread' | 'keyMissing', Options>({
  id: 'workload-no-spread',
  meta: {
    description:
      'Require replicated or autoscaled workloads to spread their pods over nodes or zones with pod anti-affinity or a topology spread constraint',
    severity: 'info',
    category: 'disruption',
    kinds: [...KINDS],
    scope: 'set',
    messages: {
      noSpread:
        '{{kind}} "{{name}}" runs up to {{max}} replicas but neither pod anti-affinity nor a topology spread constraint over {{keys}} selects its own pods; the scheduler may put several (or all) of them on one node or in one zone, and losing that node or zone takes them down together. Add a topologySpreadConstraint with topologyKey {{firstKey}} and a labelSelector matching the pod template labels.',
      keyMissing:
        '{{kind}} "{{name}}" runs up to {{max}} replicas and spreads them over {{covered}} but not over {{missing}}, which requireEveryKey asks for, so several of them may still share one domain of {{missing}} and go down together. Add a topologySpreadConstraint with topologyKey {{firstKey}} and a labelSelector matching the pod template labels.',
    },
    rationale:
      "Replicas protect a service only if they fail independently. Without an explicit rule, the scheduler's default spreading (the cluster-level PodTopologySpread defaults: maxSkew 3 over hostname and 5 over zone, ScheduleAnyway, for pods behind a Service or controller) is only a scoring preference that loses against resource fit, so a three-replica Deployment can land on one node. A term counts when its topologyKey is one of `topologyKeys` and its labelSelector matches the workload's own pod labels (a selector for other pods spreads nothing); one such term is enough, or, with `requireEveryKey`, one per key (spreading over zones alone can still stack a zone's pods on one node). Workloads with at most one replica and no autoscaler are not checked. Because the scheduler's defaults already spread most pods somewhat, this is an info and off in the recommended pack; the strict pack turns it on as a warning.",
    remediation:
      'Add `topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: <pod labels>}}]` (and one over `kubernetes.io/hostname`), or a preferred pod anti-affinity over `kubernetes.io/hostname`.',
    defaultOptions: { topologyKeys: [HOSTNAME_KEY, ZONE_KEY], requireEveryKey: false },
    optionsSchema: {
      type: 'object',
      properties: {
        topologyKeys: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          description: 'Topology keys a spreading term must use to count.',
        },
        requireEveryKey: {
          type: 'boolean',
          description:
            'Require a spreading term over every key of `topologyKeys` instead of over one of them.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: topology.kubernetes.io/zone\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector:\n            matchLabels: {app: web}\n      containers: [{name: web, image: web:1.0}]\n',
    },
    peers:
      'kube-linter no-anti-affinity (replicas above 1, anti-affinity over hostname only), kube-score deployment-has-host-podantiaffinity / statefulset-has-host-podantiaffinity and pod-topology-spread-constraints, Polaris topologySpreadConstraint (a constraint over hostname or zone). Kyverno topologyspreadconstraints-policy (constraints over both hostname and zone, from 3 replicas). scaleplan accepts either mechanism, over hostname or zone (both with `requireEveryKey`), and also counts autoscaled workloads by their maximum.',
  },
  create(context) {
    const visit = (manifest: Manifest, options: Options) => {
      const workload = context.set.workload(manifest);
      if (!workload?.labelsKnown || !workload.containersKnown) {
        return;
      }
      const max = context.set.maximumReplicas(workload);
      if (max === undefined || max < 2) {
        return;
      }
      const covered = new Set(
        readSpreadTerms(workload.podSpec, workload.podSpecPath)
          .filter((term) => countsOwnPods(term, workload.templateLabels, manifest.namespace))
          .map((term) => term.topologyKey),
      );
      const spreadOver = options.topologyKeys.filter((key) => covered.has(key));
      const missing = options.topologyKeys.filter((key) => !covered.has(key));
      if (spreadOver.length > 0 && (!options.requireEveryKey || missing.length === 0)) {
        return;
      }
      if (spreadOver.length > 0) {
        context.report({
          manifest,
          path: ['metadata', 'name'],
          target: 'value',
          messageId: 'keyMissing',
          data: {
            kind: manifest.kind,
            name: manifest.name,
            max,
            covered: wordList(spreadOver, 'and'),
            missing: wordList(missing, 'and'),
            firstKey: missing[0] ?? ZONE_KEY,
          },
        });
        return;
      }
      context.report({
        manifest,
        path: ['metadata', 'name'],
        target: 'value',
        messageId: 'noSpread',
        data: {
          kind: manifest.kind,
          name: manifest.name,
          max,
          keys: wordList(options.topologyKeys, 'or'),
          firstKey: options.topologyKeys[options.topologyKeys.length - 1] ?? ZONE_KEY,
        },
      });
    };
    return Object.fromEntries(KINDS.map((kind) => [kind, visit]));
  },
});
