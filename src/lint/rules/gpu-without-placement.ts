import {
  hasReadableResources,
  writtenQuantity,
  type ResolvedQuantity,
} from '../../k8s/resources.js';
import { WORKLOAD_KINDS } from '../../k8s/workloads.js';
import { asArray, asObject, type JsonObject, type Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import { wordList } from '../../shared/words.js';

interface Options {
  taintKey: string;
  resourceNames: string[];
  gpuNodeLabels: string[];
}

/** Label keys and values that name GPU nodes in practice (`nvidia.com/gpu.present`, `gpu=true`). */
const GPU_WORDS = /gpu|accelerator/i;

/** Operators with which a node selector term picks nodes that have the label. */
const SELECTING_OPERATORS: ReadonlySet<string> = new Set(['In', 'Exists', 'Gt', 'Lt']);

export default defineRule<'noPlacement', Options>({
  id: 'gpu-without-placement',
  meta: {
    description:
      'Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes',
    severity: 'warning',
    category: 'quota',
    kinds: [...WORKLOAD_KINDS],
    scope: 'object',
    messages: {
      noPlacement:
        '{{kind}} "{{name}}" requests {{resource}} but neither tolerates the {{taint}} taint nor selects GPU nodes: where GPU nodes are tainted (the usual setup) its pods stay Pending, and the cluster autoscaler adds no GPU node for a pod that would not tolerate it. Add a toleration for {{taint}} (effect NoSchedule), or a nodeSelector or node affinity on your GPU node label.',
    },
    rationale:
      'GPU node pools are tainted so that ordinary pods stay off expensive nodes (GKE and AKS GPU pools, EKS GPU node groups set up per the NVIDIA GPU Operator guides; commonly `nvidia.com/gpu:NoSchedule`). A pod that requests a GPU fits only on those nodes, so without a matching toleration the scheduler has nowhere to put it: it stays Pending with `untolerated taint`, and the cluster autoscaler, which simulates taints, never scales the GPU pool up for it. The rule accepts as placement: a toleration whose key is the taint key (option `taintKey`) or the requested resource name with effect NoSchedule or no effect, a toleration with `operator: Exists` and no key (tolerates every taint), or a `nodeSelector` or required or preferred node affinity term that selects nodes by a GPU label (a key or value containing `gpu` or `accelerator`, or a key listed in `gpuNodeLabels`; `NotIn`/`DoesNotExist` terms select the other nodes and do not count). Clusters whose API server runs the ExtendedResourceToleration admission plugin (GKE does) add the toleration automatically; turn the rule off there.',
    remediation:
      'Add `tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]` to the pod template (with your taint key), and usually a `nodeSelector` on the GPU pool label as well (e.g. `cloud.google.com/gke-accelerator`, `nvidia.com/gpu.present: "true"` from GPU feature discovery, or your node pool label).',
    defaultOptions: {
      taintKey: 'nvidia.com/gpu',
      resourceNames: ['nvidia.com/gpu', 'amd.com/gpu'],
      gpuNodeLabels: [],
    },
    optionsSchema: {
      type: 'object',
      properties: {
        taintKey: {
          type: 'string',
          minLength: 1,
          description: 'Key of the taint on GPU nodes (e.g. sku on AKS GPU pools).',
        },
        resourceNames: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'Extended resources that mean "this pod needs a GPU node".',
        },
        gpuNodeLabels: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description:
            'More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            limits: {nvidia.com/gpu: 1}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      nodeSelector:\n        nvidia.com/gpu.present: "true"\n      tolerations:\n        - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            limits: {nvidia.com/gpu: 1}\n',
    },
    peers:
      'kube-linter no-node-affinity asks for node affinity on every workload, GPU or not; no peer relates GPU requests to taints and tolerations.',
  },
  create(context) {
    const visit = (manifest: Manifest, options: Options): void => {
      const workload = context.set.workload(manifest);
      const podSpec = workload?.podSpec;
      if (!workload?.ownsTemplate || !podSpec) {
        return;
      }
      let requested: { resource: string; quantity: ResolvedQuantity } | undefined;
      for (const container of workload.containers) {
        if (requested || !hasReadableResources(container)) {
          continue;
        }
        for (const resource of options.resourceNames) {
          const quantity =
            writtenQuantity(workload, container, 'limits', resource) ??
            writtenQuantity(workload, container, 'requests', resource);
          if (quantity?.value !== undefined && quantity.value > 0) {
            requested = { resource, quantity };
            break;
          }
        }
      }
      if (!requested) {
        return;
      }
      const taintKeys = new Set([options.taintKey, requested.resource]);
      if (
        tolerates(podSpec, taintKeys) ||
        selectsGpuNodes(podSpec, new Set(options.gpuNodeLabels))
      ) {
        return;
      }
      context.report({
        manifest,
        path: requested.quantity.path,
        target: 'key',
        messageId: 'noPlacement',
        data: {
          kind: manifest.kind,
          name: manifest.name,
          resource: requested.resource,
          taint: wordList([...taintKeys], 'or'),
        },
        fix: `tolerations: [{key: ${options.taintKey}, operator: Exists, effect: NoSchedule}]`,
      });
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});

function tolerates(podSpec: JsonObject, taintKeys: ReadonlySet<string>): boolean {
  return asArray(podSpec.tolerations).some((entry) => {
    const toleration = asObject(entry);
    if (!toleration) {
      return false;
    }
    const effect = toleration.effect;
    if (effect !== undefined && effect !== null && effect !== '' && effect !== 'NoSchedule') {
      return false;
    }
    const key = toleration.key;
    if (key === undefined || key === null || key === '') {
      // An empty key with operator Exists matches every taint.
      return toleration.operator === 'Exists';
    }
    return typeof key === 'string' && taintKeys.has(key);
  });
}

function isGpuLabel(
  key: string,
  values: readonly unknown[],
  gpuNodeLabels: ReadonlySet<string>,
): boolean {
  return (
    gpuNodeLabels.has(key) ||
    GPU_WORDS.test(key) ||
    values.some((value) => typeof value === 'string' && GPU_WORDS.test(value))
  );
}

function selectsGpuNodes(podSpec: JsonObject, gpuNodeLabels: ReadonlySet<string>): boolean {
  const nodeSelector = asObject(podSpec.nodeSelector) ?? {};
  if (
    Object.entries(nodeSelector).some(([key, value]) => isGpuLabel(key, [value], gpuNodeLabels))
  ) {
    return true;
  }
  const nodeAffinity = asObject(asObject(podSpec.affinity)?.nodeAffinity);
  const required = asObject(nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
  const terms = [
    ...asArray(required?.nodeSelectorTerms),
    ...asArray(nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution).map(
      (weighted) => asObject(weighted)?.preference,
    ),
  ];
  return terms.some((term) =>
    asArray(asObject(term)?.matchExpressions).some((entry) => {
      const expression = asObject(entry);
      const key = expression?.key;
      const operator = expression?.operator;
      return (
        typeof key === 'string' &&
        typeof operator === 'string' &&
        SELECTING_OPERATORS.has(operator) &&
        isGpuLabel(key, asArray(expression?.values), gpuNodeLabels)
      );
    }),
  );
}
