import { readTargetRef, VPA_KIND } from '../../k8s/autoscaling.js';
import { defineRule } from '../rule.js';
import type { Manifest } from '../../k8s/manifest.js';

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
    const keyOf = (manifest: Manifest): string | undefined => {
      const ref = readTargetRef(manifest);
      if (!ref) {
        return undefined;
      }
      const group =
        ref.apiVersion === undefined ? '' : ref.apiVersion.split('/').slice(0, -1).join('/');
      return [manifest.namespace, group, ref.kind, ref.name].join('\u0000');
    };
    // The first VPA of each target in set order, decided over the whole set (not by what was
    // visited before), so a run that visits only some files reports exactly the same.
    let firsts: Map<string, Manifest> | undefined;
    const firstOf = (key: string): Manifest | undefined => {
      if (!firsts) {
        firsts = new Map();
        for (const vpa of context.set.byKind(VPA_KIND)) {
          const vpaKey = keyOf(vpa);
          if (vpaKey !== undefined && !firsts.has(vpaKey)) {
            firsts.set(vpaKey, vpa);
          }
        }
      }
      return firsts.get(key);
    };
    return {
      [VPA_KIND](manifest) {
        const ref = readTargetRef(manifest);
        const key = keyOf(manifest);
        if (!ref || key === undefined) {
          return;
        }
        const firstVpa = firstOf(key);
        if (!firstVpa || firstVpa === manifest) {
          return;
        }
        const earlier = firstVpa.name;
        context.report({
          manifest,
          path: [...ref.path, 'name'],
          target: 'value',
          messageId: 'duplicate',
          data: { vpa: manifest.name, kind: ref.kind, target: ref.name, first: earlier },
          related: [
            {
              manifest: firstVpa,
              path: [...ref.path, 'name'],
              message: `VerticalPodAutoscaler "${earlier}" targets it first.`,
            },
          ],
        });
      },
    };
  },
});
