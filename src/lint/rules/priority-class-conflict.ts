import {
  HIGHEST_USER_PRIORITY,
  PRIORITY_CLASS_KIND,
  SYSTEM_PRIORITY_CLASSES,
  SYSTEM_PRIORITY_PREFIX,
} from '../../k8s/priority.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'priority-class-conflict',
  meta: {
    description:
      'Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name',
    severity: 'error',
    category: 'references',
    kinds: [PRIORITY_CLASS_KIND],
    scope: 'set',
    messages: {
      secondDefault:
        'PriorityClass "{{name}}" sets globalDefault, but "{{first}}" already does; only one class may be the default, and the Priority admission plugin rejects the second ("{{first}} is already marked as default"), so a sync applies one and fails on the other. Remove globalDefault from all but one class.',
      valueTooHigh:
        'PriorityClass "{{name}}" has value {{value}}, above {{limit}}, the highest a user-defined class may have (larger values are reserved for system-cluster-critical and system-node-critical); the API server rejects it. Use a value of at most {{limit}}.',
      reservedName:
        'PriorityClass "{{name}}" starts with the reserved "system-" prefix, which only the built-in system-cluster-critical ({{clusterCritical}}) and system-node-critical ({{nodeCritical}}) may use, with their own values and without globalDefault; the API server rejects it. Rename the class.',
    },
    rationale:
      'Kubernetes validates PriorityClasses strictly. A user-defined class may have a value of at most 1,000,000,000 (higher values belong to the built-in classes that protect system pods from preemption), its name may not start with `system-` unless it is exactly one of the two built-in classes with their value (pkg/apis/scheduling/validation), and at most one class in the cluster may set `globalDefault: true` (the Priority admission plugin refuses a second). Each of these fails the apply of the PriorityClass, and pods that name the missing class are then rejected in turn.',
    remediation:
      'Keep one class with `globalDefault: true`, keep values at or below 1000000000 (order your classes within that range), and name classes without the `system-` prefix.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: default-priority\nvalue: 1000\nglobalDefault: true\n---\napiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: batch\nvalue: 100\nglobalDefault: true\n',
      correct:
        'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: default-priority\nvalue: 1000\nglobalDefault: true\n---\napiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: batch\nvalue: 100\n',
    },
    peers:
      'None of kube-linter, kube-score, Polaris or the Kyverno policies check PriorityClass objects themselves.',
  },
  create(context) {
    let firstDefault: Manifest | null | undefined;
    const defaultClass = (): Manifest | null => {
      firstDefault ??=
        context.set
          .byKind(PRIORITY_CLASS_KIND)
          .find((candidate) => candidate.get(['globalDefault']) === true) ?? null;
      return firstDefault;
    };
    return {
      [PRIORITY_CLASS_KIND](manifest) {
        const name = manifest.name;
        const value = manifest.get(['value']);
        const globalDefault = manifest.get(['globalDefault']) === true;
        if (name.startsWith(SYSTEM_PRIORITY_PREFIX)) {
          // The built-in classes may be written out as they are (value and no default).
          const builtIn = SYSTEM_PRIORITY_CLASSES.get(name) === value && !globalDefault;
          if (!builtIn) {
            context.report({
              manifest,
              path: ['metadata', 'name'],
              messageId: 'reservedName',
              data: {
                name,
                clusterCritical: SYSTEM_PRIORITY_CLASSES.get('system-cluster-critical') ?? 0,
                nodeCritical: SYSTEM_PRIORITY_CLASSES.get('system-node-critical') ?? 0,
              },
            });
          }
        } else if (typeof value === 'number' && value > HIGHEST_USER_PRIORITY) {
          context.report({
            manifest,
            path: ['value'],
            messageId: 'valueTooHigh',
            data: { name, value, limit: HIGHEST_USER_PRIORITY },
          });
        }
        const first = globalDefault ? defaultClass() : null;
        // The same class written twice is duplicate-object's finding, not a second default.
        if (first && first !== manifest && first.name !== name) {
          context.report({
            manifest,
            path: ['globalDefault'],
            messageId: 'secondDefault',
            data: { name, first: first.name },
            related: [
              {
                manifest: first,
                path: ['globalDefault'],
                message: `PriorityClass "${first.name}" is the default already.`,
              },
            ],
          });
        }
      },
    };
  },
});
