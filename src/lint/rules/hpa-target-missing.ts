import { EXTERNAL_ASSUMPTIONS } from '../../k8s/external.js';
import { groupOf, HPA_KIND, readTargetRef, SCALED_OBJECT_KIND } from '../../k8s/autoscaling.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'hpa-target-missing',
  meta: {
    description:
      'Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set',
    severity: 'warning',
    category: 'autoscaling',
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: 'set',
    messages: {
      missing:
        '{{autoscaler}} scales {{kind}} "{{target}}", which is not in the set (namespace "{{namespace}}"); an autoscaler whose target does not exist reports FailedGetScale and scales nothing. Fix scaleTargetRef, or lint the workload together with its autoscaler.',
      wrongGroup:
        '{{autoscaler}} looks for {{kind}} "{{target}}" in API group "{{group}}", but the {{kind}} in the set has apiVersion {{actualApiVersion}}; the autoscaler cannot find its target and scales nothing. Set scaleTargetRef.apiVersion to {{actualApiVersion}}.',
    },
    rationale:
      'An HPA (or the HPA that KEDA creates for a ScaledObject) finds its target through the API group, kind, name and its own namespace in `scaleTargetRef`. A typo, a renamed Deployment, a target in another namespace or an outdated `extensions/v1beta1` group leaves the autoscaler with nothing to scale: it sits in `FailedGetScale` while the workload runs at whatever replica count it has. The API server accepts such an autoscaler without complaint.' +
      ' ' +
      EXTERNAL_ASSUMPTIONS,
    remediation:
      'Point `scaleTargetRef` at the workload: apiVersion (e.g. `apps/v1`), kind and name exactly as the workload writes them, in the same namespace. If the workload comes from another source (a Helm release, another repository), lint both together.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: wbe}\n  minReplicas: 2\n  maxReplicas: 10\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n',
    },
    peers:
      'kube-linter dangling-horizontalpodautoscaler matches the target by name only (any kind, any group); kube-score horizontalpodautoscaler-has-target matches apiVersion, kind, name and namespace, as scaleplan does. scaleplan also checks KEDA ScaledObjects and says when only the API group is wrong.',
  },
  create(context) {
    const visit = (manifest: Manifest) => {
      // A reference without a name or kind is schema-invalid's finding.
      const ref = readTargetRef(manifest);
      if (
        !ref ||
        context.set.resolveTarget(ref, manifest.namespace) ||
        context.set.external.mayExist(ref.kind, manifest.namespace, ref.name)
      ) {
        return;
      }
      const autoscaler = `${manifest.kind} "${manifest.name}"`;
      const sameName = context.set.find(ref.kind, manifest.namespace, ref.name)[0];
      if (sameName) {
        context.report({
          manifest,
          path: [...ref.path, 'apiVersion'],
          messageId: 'wrongGroup',
          data: {
            autoscaler,
            kind: ref.kind,
            target: ref.name,
            group: groupOf(ref.apiVersion),
            actualApiVersion: sameName.apiVersion,
          },
          related: [
            {
              manifest: sameName,
              path: ['apiVersion'],
              message: `The ${ref.kind} is defined here.`,
            },
          ],
        });
        return;
      }
      context.report({
        manifest,
        path: [...ref.path, 'name'],
        messageId: 'missing',
        data: { autoscaler, kind: ref.kind, target: ref.name, namespace: manifest.namespace },
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  },
});
