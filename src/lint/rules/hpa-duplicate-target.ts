import {
  HPA_KIND,
  readTargetRef,
  SCALED_OBJECT_KIND,
  type Autoscaler,
} from '../../k8s/autoscaling.js';
import { asArray, asObject, type Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'hpa-duplicate-target',
  meta: {
    description:
      'Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload',
    severity: 'error',
    category: 'autoscaling',
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: 'set',
    messages: {
      duplicate:
        '{{autoscaler}} scales {{kind}} "{{target}}", which {{first}} already scales; two autoscalers overwrite each other\'s replica count at every sync, so the workload flaps between their recommendations. Keep one: merge the metrics into one HPA, or let KEDA own the workload and delete the HPA.',
    },
    rationale:
      "Each HPA (and the HPA that KEDA creates for every ScaledObject) computes its own desired replica count and writes it to the target's scale subresource every 15 seconds. Two of them on one workload do not combine their metrics: the last writer wins, so the count jumps between the two recommendations, pods are created and killed in a loop, and `kubectl describe hpa` shows `AmbiguousSelector` at best. The classic way to get there is adding a KEDA ScaledObject next to an existing HPA. KEDA itself creates an HPA named `keda-hpa-<name>` owned by the ScaledObject; that one is not a duplicate. It only appears in manifests exported from a live cluster (GitOps repositories never contain it), and scaleplan recognises it by its ownerReference.",
    remediation:
      'Delete all but one autoscaler. An HPA can scale on several metrics at once (it takes the highest recommendation); KEDA can take over CPU and memory with `cpu`/`memory` triggers.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {name: web}\n  triggers:\n    - {type: prometheus, metadata: {serverAddress: "http://prometheus:9090", query: "sum(rate(http_requests_total[1m]))", threshold: "100"}}\n',
      correct:
        'apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {name: web}\n  minReplicaCount: 2\n  maxReplicaCount: 10\n  triggers:\n    - {type: cpu, metricType: Utilization, metadata: {value: "70"}}\n    - {type: prometheus, metadata: {serverAddress: "http://prometheus:9090", query: "sum(rate(http_requests_total[1m]))", threshold: "100"}}\n',
    },
    peers:
      'None of kube-linter, kube-score, Polaris or the Kyverno policies look for two autoscalers on one workload.',
  },
  create(context) {
    const visit = (manifest: Manifest) => {
      const ref = readTargetRef(manifest);
      if (!ref) {
        return;
      }
      // By reference, so that two autoscalers of a workload outside the set conflict too.
      const all = context.set.autoscalersReferencing(ref, manifest.namespace);
      const autoscalers = all.filter((candidate) => !isKedaOwnHpa(candidate, all));
      const first = autoscalers[0];
      if (
        !first ||
        first.manifest === manifest ||
        !autoscalers.some((a) => a.manifest === manifest)
      ) {
        return;
      }
      // At the name: the field to change when the autoscaler meant another workload.
      context.report({
        manifest,
        path: [...ref.path, 'name'],
        messageId: 'duplicate',
        data: {
          autoscaler: `${manifest.kind} "${manifest.name}"`,
          kind: ref.kind,
          target: ref.name,
          first: `${first.manifest.kind} "${first.manifest.name}"`,
        },
        related: [
          {
            manifest: first.manifest,
            path: first.target?.path ?? ['metadata', 'name'],
            target: 'key',
            message: `${first.manifest.kind} "${first.manifest.name}" scales the same workload.`,
          },
        ],
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  },
});

/** The HPA that KEDA created for one of these ScaledObjects (found in cluster exports). */
function isKedaOwnHpa(autoscaler: Autoscaler, all: readonly Autoscaler[]): boolean {
  if (autoscaler.manifest.kind !== HPA_KIND) {
    return false;
  }
  const owners = asArray(asObject(autoscaler.manifest.object.metadata)?.ownerReferences);
  return owners.some((entry) => {
    const owner = asObject(entry);
    return (
      owner?.kind === SCALED_OBJECT_KIND &&
      typeof owner.apiVersion === 'string' &&
      owner.apiVersion.startsWith('keda.sh/') &&
      all.some(
        (candidate) =>
          candidate.manifest.kind === SCALED_OBJECT_KIND && candidate.manifest.name === owner.name,
      )
    );
  });
}
