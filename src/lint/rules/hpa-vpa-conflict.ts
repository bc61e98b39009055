import {
  readAutoscalerResourceMetrics,
  readTargetRef,
  VPA_KIND,
  type HpaMetric,
} from '../../k8s/autoscaling.js';
import { ACTING_VPA_MODES, readVpaUpdateMode, VpaContainerPolicies } from '../../k8s/vpa.js';
import { defineRule } from '../rule.js';

/** The resources both autoscalers can act on (metrics-server serves only these). */
const SHARED_RESOURCES: ReadonlySet<string> = new Set(['cpu', 'memory']);

export default defineRule({
  id: 'hpa-vpa-conflict',
  meta: {
    description:
      'Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on',
    severity: 'error',
    category: 'autoscaling',
    kinds: [VPA_KIND],
    scope: 'set',
    messages: {
      conflict:
        'VerticalPodAutoscaler "{{name}}" ({{mode}}) sets the {{resources}} requests of {{kind}} "{{target}}", which {{autoscaler}} scales on; each request the VPA changes moves the utilization the HPA reads, so the two fight (the HPA adds pods while the VPA resizes them). Set updateMode: "Off" for recommendations only, drop {{resources}} from controlledResources, or scale the HPA on a custom metric.',
    },
    rationale:
      "An HPA that scales on cpu or memory *utilization* divides usage by the pods' requests; a VPA in any mode but `Off` rewrites those requests (`Initial` when pods are created, which the HPA does all the time; `Auto`, `Recreate`, `InPlaceOrRecreate` and `InPlace` on running pods too). Both react to the same signal: under load the HPA adds pods while the VPA raises requests, so utilization drops and the HPA scales back in, and the cycle repeats. The Kubernetes and VPA documentation both say not to combine them on cpu or memory. The VPA mode defaults to `Recreate` when `updatePolicy` is absent, and `controlledResources` defaults to cpu and memory; a container policy with `mode: Off` leaves that container alone. A `Resource` metric conflicts when the VPA controls the resource in any container; a `ContainerResource` metric only when it controls the named container. KEDA `cpu`/`memory` triggers are Resource metrics of the HPA that KEDA creates. When the workload is not in the set, the rule still fires if the conflict holds whatever its containers are called.",
    remediation:
      'Run the VPA with `updatePolicy: {updateMode: "Off"}` and apply its recommendations by hand, or restrict it with `resourcePolicy.containerPolicies[].controlledResources` to the resource the HPA does not use (e.g. memory for a CPU-scaled workload), or scale the HPA on a request-rate or queue metric instead.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n---\napiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  updatePolicy:\n    updateMode: Auto\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n---\napiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  updatePolicy:\n    updateMode: Auto\n  resourcePolicy:\n    containerPolicies:\n      - {containerName: "*", controlledResources: [memory]}\n',
    },
    peers:
      'The Kyverno policy library has no HPA/VPA conflict check; kube-linter, kube-score and Polaris do not read VPAs.',
  },
  create(context) {
    return {
      [VPA_KIND](vpa) {
        const mode = readVpaUpdateMode(vpa);
        const ref = readTargetRef(vpa);
        if (!mode || !ACTING_VPA_MODES.has(mode.mode) || !ref) {
          return;
        }
        const autoscalers = context.set.autoscalersReferencing(ref, vpa.namespace);
        if (autoscalers.length === 0) {
          return;
        }
        const target = context.set.resolveTarget(ref, vpa.namespace);
        const workload = target && context.set.workload(target);
        // The VPA resizes the regular containers; unknown names when the workload is absent.
        const names = workload?.containers
          .filter((container) => container.kind === 'container')
          .map((container) => container.name);
        const containers = names && names.length > 0 ? names : undefined;
        const policies = new VpaContainerPolicies(vpa);
        const conflicts = (metric: HpaMetric): boolean => {
          if (metric.name === undefined || !SHARED_RESOURCES.has(metric.name)) {
            return false;
          }
          if (metric.type === 'ContainerResource') {
            return (
              metric.container !== undefined &&
              policies.controlledIn(metric.container).has(metric.name)
            );
          }
          return policies.controlsInPod(metric.name, containers);
        };
        for (const autoscaler of autoscalers) {
          const conflicting = readAutoscalerResourceMetrics(autoscaler.manifest).filter(conflicts);
          if (conflicting.length === 0) {
            continue;
          }
          const resources = [...new Set(conflicting.map((metric) => metric.name))]
            .sort()
            .join(' and ');
          const label = `${autoscaler.manifest.kind} "${autoscaler.manifest.name}"`;
          context.report({
            manifest: vpa,
            path: mode.explicit ? mode.path : ref.path,
            target: mode.explicit ? 'value' : 'key',
            messageId: 'conflict',
            data: {
              name: vpa.name,
              mode: mode.explicit
                ? `updateMode ${mode.mode}`
                : 'updateMode Recreate, the default when none is set',
              resources,
              kind: ref.kind,
              target: ref.name,
              autoscaler: label,
            },
            related: conflicting.map((metric) => ({
              manifest: autoscaler.manifest,
              path: metric.path,
              message: `${label} scales on ${metric.name}${metric.container ? ` of container "${metric.container}"` : ''} here.`,
            })),
            fix: 'updatePolicy: {updateMode: "Off"}',
          });
        }
      },
    };
  },
});
