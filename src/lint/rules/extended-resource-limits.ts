import { isExtendedResource, isWholeQuantity } from '../../k8s/quantity.js';
import {
  describeContainer,
  effectiveLimit,
  hasReadableResources,
  quantityGreater,
  writtenQuantity,
  type ResolvedQuantity,
} from '../../k8s/resources.js';
import { containerResources, WORKLOAD_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import type { Fixer, FixResult } from '../fix.js';

export default defineRule({
  id: 'extended-resource-limits',
  meta: {
    description:
      'Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request',
    severity: 'error',
    category: 'requests',
    kinds: [...WORKLOAD_KINDS],
    scope: 'set',
    messages: {
      missingLimit:
        '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} without a limit: extended resources cannot be overcommitted, so the API server requires the limit ("Limit must be set for non overcommitable resources") and rejects the object. Set limits["{{resource}}"]: {{request}} (the limit alone is enough; the request defaults to it).',
      mismatch:
        '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} but its limit is {{limit}}: extended resources cannot be overcommitted, so the API server rejects a request that differs from the limit ("must be equal to {{resource}} limit"). Set only limits["{{resource}}"], or the same value in both.',
      fraction:
        '{{container}} of {{kind}} "{{name}}" asks for {{value}} {{resource}} in its {{field}}, a fraction: devices are allocated whole, so the API server rejects the object ("must be an integer"). Use a whole number (GPU time-slicing and MIG expose shares of a GPU as whole units of another resource).',
    },
    rationale:
      'Extended resources (a `/` in the name outside the `kubernetes.io` domain: `nvidia.com/gpu`, `amd.com/gpu`, `gpu.intel.com/i915`, vendor NICs and FPGAs) are whole devices that the kubelet hands to one container; Kubernetes does not overcommit them. The API server therefore enforces three things on every container, pod templates included: the limit must be set, a request must equal the limit, and the value must be a whole number (`0.5`, `500m` and `1.5` are rejected). A limit alone is the recommended form: the request defaults to it. A LimitRange `default` for the resource counts as the limit. All three mistakes fail the apply or the Argo CD sync, often only in the environment that adds the GPU patch.',
    remediation:
      'Write the device count once, as a whole number under `resources.limits` (e.g. `nvidia.com/gpu: 1`); drop the request or make it identical.',
    autofix:
      '`--fix` sets the limit to the request, spelled as the request is: it changes a written limit that differs, or adds `limits: {<resource>: <request>}` next to the requests when only a LimitRange default or nothing sets one. A fractional request is not fixed: how many whole devices a container needs is for its owner to choose.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            requests: {nvidia.com/gpu: 1}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            limits: {nvidia.com/gpu: 1}\n',
    },
    peers:
      'kube-linter, kube-score and Polaris have no check for extended resources; schema validators such as kubeconform cannot catch these because the rules live in API server code.',
  },
  create(context) {
    const visit = (manifest: Manifest): void => {
      const workload = context.set.workload(manifest);
      // A Rollout with workloadRef runs its Deployment's template: reported there.
      if (!workload?.ownsTemplate) {
        return;
      }
      const defaults = context.set.limitRangeDefaults(manifest.namespace);
      for (const container of workload.containers) {
        if (!hasReadableResources(container)) {
          continue;
        }
        const resources = new Set(
          (['requests', 'limits'] as const).flatMap((field) =>
            Object.keys(containerResources(container.container, field)),
          ),
        );
        for (const resource of [...resources].filter(isExtendedResource)) {
          const request = writtenQuantity(workload, container, 'requests', resource);
          const limit = effectiveLimit(workload, container, resource, defaults);
          const data = {
            container: describeContainer(container),
            kind: manifest.kind,
            name: manifest.name,
            resource,
          };
          const fractional = [request, limit].find(
            (value): value is ResolvedQuantity =>
              value !== undefined &&
              value.origin !== 'limitRange' &&
              value.value !== undefined &&
              !isWholeQuantity(value.raw),
          );
          if (fractional) {
            context.report({
              manifest,
              path: fractional.path,
              messageId: 'fraction',
              data: {
                ...data,
                value: String(fractional.raw),
                field: fractional.origin === 'request' ? 'requests' : 'limits',
              },
              autofix: () => ({
                refused: `How many whole ${resource} devices the container needs is for its owner to choose.`,
              }),
            });
            continue;
          }
          if (request?.value === undefined) {
            continue;
          }
          if (!limit) {
            context.report({
              manifest,
              path: request.path,
              messageId: 'missingLimit',
              data: { ...data, request: String(request.raw) },
              fix: `resources: {limits: {${resource}: ${String(request.raw)}}}`,
              autofix: (fixer) => setLimit(fixer, manifest, request, resource),
            });
            continue;
          }
          if (
            limit.value !== undefined &&
            (quantityGreater(request.value, limit.value) ||
              quantityGreater(limit.value, request.value))
          ) {
            context.report({
              manifest,
              path: request.path,
              messageId: 'mismatch',
              data: { ...data, request: String(request.raw), limit: String(limit.raw) },
              ...(limit.origin === 'limitRange'
                ? {
                    related: [
                      {
                        manifest: limit.manifest,
                        path: limit.path,
                        message: `LimitRange "${limit.manifest.name}" sets the default ${resource} limit here.`,
                      },
                    ],
                  }
                : {}),
              fix: `resources: {limits: {${resource}: ${String(limit.raw)}}}`,
              autofix: (fixer) =>
                limit.origin === 'limit'
                  ? fixer.replaceValue(limit.manifest, limit.path, quantityText(request))
                  : limit.origin === 'limitRange'
                    ? setLimit(fixer, manifest, request, resource)
                    : { refused: `The ${resource} limit comes from the pod's resources.` },
            });
          }
        }
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});

function quantityText(quantity: ResolvedQuantity): string | number {
  return typeof quantity.raw === 'number' ? quantity.raw : String(quantity.raw);
}

/** Writes `limits: {resource: request}` on the container, as the request spells it. */
function setLimit(
  fixer: Fixer,
  manifest: Manifest,
  request: ResolvedQuantity,
  resource: string,
): FixResult {
  const text = fixer.valueText(manifest, request.path);
  if (text === undefined || request.origin !== 'request') {
    return { refused: `The ${resource} request is not written on the container.` };
  }
  const resources = request.path.slice(0, -2);
  const limits = manifest.get([...resources, 'limits']);
  return typeof limits === 'object' && limits !== null
    ? fixer.setField(manifest, [...resources, 'limits'], resource, text)
    : fixer.setField(manifest, resources, 'limits', { [resource]: text });
}
