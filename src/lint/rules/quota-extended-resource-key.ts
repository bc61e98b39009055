import { RESOURCE_QUOTA_KIND, readQuotaHard, untrackedExtendedResource } from '../../k8s/quota.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'quota-extended-resource-key',
  meta: {
    description:
      'Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix',
    severity: 'error',
    category: 'quota',
    kinds: [RESOURCE_QUOTA_KIND],
    scope: 'object',
    messages: {
      bare: 'ResourceQuota "{{name}}" limits "{{key}}", which Kubernetes accepts but never enforces: quota counts extended resources only under requests.{{resource}}, so pods in namespace "{{namespace}}" can take any number of {{resource}}. {{action}}',
      limits:
        'ResourceQuota "{{name}}" limits "{{key}}", which Kubernetes accepts but never enforces: extended resources cannot be overcommitted, so quota counts them only under requests.{{resource}} (limits.* keys exist for cpu, memory and ephemeral-storage), and pods in namespace "{{namespace}}" can take any number of {{resource}}. {{action}}',
    },
    rationale:
      'The API server accepts any qualified resource name as a quota key, but the quota system only counts an extended resource (`nvidia.com/gpu`, `amd.com/gpu`, …) under the `requests.` prefix ("as overcommit is not supported by extended resources, only quota items in the format requests.<name> are allowed"). A quota keyed `nvidia.com/gpu: 4` or `limits.nvidia.com/gpu: 4` is stored, shown by `kubectl describe quota` with no usage, and enforces nothing: one team can take every GPU of the cluster. The mistake is common because cpu and memory do work without the prefix. Since request and limit of an extended resource are always equal, `requests.<name>` caps both.',
    remediation:
      'Rename the key to `requests.<name>` (e.g. `requests.nvidia.com/gpu: 4`), or delete it when the quota already has that key.',
    autofix:
      '`--fix` renames the key to `requests.<resource>`, keeping its value, quoting and comment; when the quota already has that key, it deletes the untracked one (which limited nothing).',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: gpu\n  namespace: ml\nspec:\n  hard:\n    requests.cpu: "64"\n    nvidia.com/gpu: "8"\n',
      correct:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: gpu\n  namespace: ml\nspec:\n  hard:\n    requests.cpu: "64"\n    requests.nvidia.com/gpu: "8"\n',
    },
    peers:
      'No peer linter checks quota keys; kubeconform-style schema validation passes them because any qualified name is a valid ResourceList key.',
  },
  create(context) {
    return {
      [RESOURCE_QUOTA_KIND](quota) {
        const entries = readQuotaHard(quota);
        const keys = new Set(entries.map((entry) => entry.key));
        for (const entry of entries) {
          const untracked = untrackedExtendedResource(entry.key);
          if (!untracked) {
            continue;
          }
          const tracked = `requests.${untracked.resource}`;
          context.report({
            manifest: quota,
            path: entry.path,
            target: 'key',
            messageId: untracked.form,
            data: {
              name: quota.name,
              key: entry.key,
              resource: untracked.resource,
              namespace: quota.namespace,
              action: keys.has(tracked)
                ? `The quota already has ${tracked}; delete this key.`
                : `Rename the key to ${tracked}.`,
            },
            fix: tracked,
            // The untracked key limits nothing, so renaming it (or dropping it beside the
            // tracked one) changes no quota that is enforced today but the one meant.
            autofix: (fixer) =>
              keys.has(tracked)
                ? fixer.removeField(quota, entry.path)
                : fixer.renameKey(quota, entry.path, tracked),
          });
        }
      },
    };
  },
});
