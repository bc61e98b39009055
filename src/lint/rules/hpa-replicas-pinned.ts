import { SCALABLE_VISIT_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule, type RuleVisitors } from '../rule.js';

export default defineRule({
  id: 'hpa-replicas-pinned',
  meta: {
    description:
      'Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales',
    severity: 'warning',
    category: 'autoscaling',
    kinds: [...SCALABLE_VISIT_KINDS],
    scope: 'set',
    messages: {
      pinned:
        '{{kind}} "{{name}}" sets spec.replicas to {{replicas}} while {{autoscaler}} scales it; every GitOps sync or kubectl apply resets the live count to {{replicas}}, scaling it down under load. Remove spec.replicas and let the autoscaler own the count.',
    },
    rationale:
      'An autoscaler changes the replica count through the scale subresource, but the manifest in Git still says `replicas: N`. Every Argo CD or Flux sync, and every `kubectl apply`, writes N back: a workload the HPA had scaled to 12 pods for a traffic peak drops to N in one step, and the HPA needs several sync periods to scale it up again. kube-score checks this for Deployments only; StatefulSets and ReplicaSets behave the same way.',
    remediation:
      "Delete `spec.replicas` from the workload (set the starting size with the autoscaler's minReplicas). If a tool insists on the field, tell Argo CD to ignore it with `ignoreDifferences: [{group: apps, kind: Deployment, jsonPointers: [/spec/replicas]}]`.",
    autofix:
      "`--fix` deletes `spec.replicas` (its line and trailing comment) from the file it is written in: the manifest, or the Kustomize base or strategic-merge patch that sets it. It refuses when the count comes from a kustomization's `replicas:` or a JSON 6902 patch, or when `spec` would be left empty.",
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 3\n  maxReplicas: 10\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 3\n  maxReplicas: 10\n',
    },
    peers:
      'kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured checks Deployments only and matches the HPA by kind and name; scaleplan also checks StatefulSets, ReplicaSets and KEDA ScaledObjects and matches the API group.',
  },
  create(context) {
    const visit = (manifest: Manifest) => {
      const workload = context.set.workload(manifest);
      // A non-integer replicas is rejected by the API server: schema-invalid's finding.
      const replicas = workload?.declaredReplicas;
      if (replicas === undefined) {
        return;
      }
      const autoscalers = context.set.autoscalersOf(manifest);
      const first = autoscalers[0];
      if (!first) {
        return;
      }
      context.report({
        manifest,
        path: ['spec', 'replicas'],
        target: 'key',
        messageId: 'pinned',
        data: {
          kind: manifest.kind,
          name: manifest.name,
          replicas,
          autoscaler: `${first.manifest.kind} "${first.manifest.name}"`,
        },
        related: autoscalers.map((autoscaler) => ({
          manifest: autoscaler.manifest,
          path: autoscaler.target?.path ?? ['metadata', 'name'],
          target: 'key' as const,
          message: `${autoscaler.manifest.kind} "${autoscaler.manifest.name}" scales this workload.`,
        })),
        fix: `Delete spec.replicas from ${manifest.kind} "${manifest.name}".`,
        autofix: (fixer) => fixer.removeField(manifest, ['spec', 'replicas']),
      });
    };
    const visitors: RuleVisitors<Record<string, never>> = {};
    for (const kind of SCALABLE_VISIT_KINDS) {
      visitors[kind] = visit;
    }
    return visitors;
  },
});
