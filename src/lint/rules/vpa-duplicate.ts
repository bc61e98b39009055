import { readTargetRef, VPA_KIND } from '../../k8s/autoscaling.js';
import { defineRule } from '../rule.js';

export default defineRule<'duplicate'>({
  id: 'vpa-duplicate',
  meta: {
    description: 'Disallow more than one VerticalPodAutoscaler on one workload',
    severity: 'error',
    category: 'autoscaling',
    kinds: [VPA_KIND],
    scope: 'set',
    messages: {
      duplicate:
        'VerticalPodAutoscaler "{{vpa}}" targets {{kind}} "{{target}}", which VerticalPodAutoscaler "{{first}}" already targets; with two VPAs on one workload the updater and the admission controller pick one at random for each pod, so requests flip between two recommendations and pods are evicted again and again. Keep one VPA per workload.',
    },
    rationale:
      'The VPA documentation calls more than one VPA matching the same pods undefined behaviour: the admission controller applies whichever VPA it finds first for each new pod, the updater evicts pods whose requests differ from "their" recommendation, and the two recommenders never converge. It usually happens when a chart ships a VPA and a platform team adds another. Both objects must target the same workload (group, kind, name, namespace) in the set; the second and later ones are reported, pointing at the first.',
    remediation:
      'Delete the extra VerticalPodAutoscaler, or merge its container policies into the first.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n---\napiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web-memory\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n',
      correct:
        'apiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n---\napiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n',
    },
    peers:
      'Kyverno prevent-duplicate-vpa (other/prevent-duplicate-vpa) denies a second VPA for the same target at admission; scaleplan reports it in the set, also when the target workload is not in it.',
  },
  create(context) {
    // Target identity as the VPA resolves it: namespace, API group, kind, name.
    const first = new Map<string, string>();
    return {
      [VPA_KIND](manifest) {
        const ref = readTargetRef(manifest);
        if (!ref) {
          return;
        }
        const group =
          ref.apiVersion === undefined ? '' : ref.apiVersion.split('/').slice(0, -1).join('/');
        const key = [manifest.namespace, group, ref.kind, ref.name].join('\u0000');
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, manifest.name);
          return;
        }
        const firstVpa = context.set.get(VPA_KIND, manifest.namespace, earlier);
        context.report({
          manifest,
          path: [...ref.path, 'name'],
          target: 'value',
          messageId: 'duplicate',
          data: { vpa: manifest.name, kind: ref.kind, target: ref.name, first: earlier },
          ...(firstVpa
            ? {
                related: [
                  {
                    manifest: firstVpa,
                    path: [...ref.path, 'name'],
                    message: `VerticalPodAutoscaler "${earlier}" targets it first.`,
                  },
                ],
              }
            : {}),
        });
      },
    };
  },
});
