import { EXTERNAL_ASSUMPTIONS } from '../../k8s/external.js';
import { readTargetRef, VPA_KIND } from '../../k8s/autoscaling.js';
import { defineRule } from '../rule.js';

export default defineRule<'missing'>({
  id: 'vpa-target-missing',
  meta: {
    description: 'Require the targetRef of a VerticalPodAutoscaler to name a workload in the set',
    severity: 'warning',
    category: 'autoscaling',
    kinds: [VPA_KIND],
    scope: 'set',
    messages: {
      missing:
        'VerticalPodAutoscaler "{{vpa}}" targets {{kind}} "{{target}}", which is not in the set (namespace "{{namespace}}"); the recommender finds no pods, so the VPA never recommends or applies requests. Fix targetRef, or lint the workload together with its VPA.',
    },
    rationale:
      "The VPA recommender resolves `spec.targetRef` (API group, kind, name, in the VPA's namespace) through the scale subresource to find the pods it sizes. A typo or a renamed workload leaves the VPA with no pods: it reports no recommendation and the workload keeps whatever requests it had, while everyone believes they are being managed. The API server accepts such a VPA. " +
      EXTERNAL_ASSUMPTIONS,
    remediation:
      'Point `targetRef` at the workload (apiVersion, kind and name exactly as written, same namespace), or lint the workload with it.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: wbe}\n  updatePolicy: {updateMode: "Off"}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  updatePolicy: {updateMode: "Off"}\n',
    },
    peers:
      'Kyverno verify-vpa-target (other/verify-vpa-target) looks the target up in the live cluster with an API call; scaleplan looks in the linted set and the declared external objects.',
  },
  create(context) {
    return {
      [VPA_KIND](manifest) {
        // A reference without a name or kind is schema-invalid's finding.
        const ref = readTargetRef(manifest);
        if (
          !ref ||
          context.set.resolveTarget(ref, manifest.namespace) ||
          context.set.external.mayExist(ref.kind, manifest.namespace, ref.name)
        ) {
          return;
        }
        context.report({
          manifest,
          path: [...ref.path, 'name'],
          target: 'value',
          messageId: 'missing',
          data: {
            vpa: manifest.name,
            kind: ref.kind,
            target: ref.name,
            namespace: manifest.namespace,
          },
        });
      },
    };
  },
});
