import {
  PRIORITY_CLASS_KIND,
  SYSTEM_PRIORITY_CLASSES,
  SYSTEM_PRIORITY_PREFIX,
} from '../../k8s/priority.js';
import { closestName } from '../../shared/closest.js';
import { WORKLOAD_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule, type RuleVisitors } from '../rule.js';

interface Options {
  knownClasses: string[];
}

export default defineRule<'missing' | 'reserved', Options>({
  id: 'priority-class-missing',
  meta: {
    description:
      'Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class',
    severity: 'warning',
    category: 'references',
    kinds: [...WORKLOAD_KINDS],
    scope: 'set',
    messages: {
      missing:
        '{{kind}} "{{name}}" uses priorityClassName "{{priorityClass}}", which is not in the set{{suggestion}}; the Priority admission plugin rejects every pod that names a class the cluster does not have ("no PriorityClass with name {{priorityClass}} was found"), so the workload gets no pods. Define the PriorityClass, fix the name, or add it to the knownClasses option if the cluster defines it elsewhere.',
      reserved:
        '{{kind}} "{{name}}" uses priorityClassName "{{priorityClass}}", but the only classes with the reserved "system-" prefix are system-cluster-critical and system-node-critical; no such class can exist, so every pod of the workload is rejected. Use one of those two or a class of your own without the prefix.',
    },
    rationale:
      "A pod's `priorityClassName` is resolved at admission: the Priority admission plugin looks the class up and rejects the pod when it does not exist. For a Deployment, StatefulSet, Job or CronJob the API server still accepts the workload, so the mistake shows up only as FailedCreate events on the ReplicaSet or Job while no pod ever starts, and a rollout of an existing workload stalls. Every cluster has the built-in `system-cluster-critical` and `system-node-critical` classes; any other name must be defined by a PriorityClass object, and the `system-` prefix is reserved for the built-in ones. Pod templates of every workload kind are checked (CronJob job templates and bare Pods included).",
    remediation:
      'Create the PriorityClass (cluster-scoped: `apiVersion: scheduling.k8s.io/v1`, `kind: PriorityClass`, a `value`), or correct `priorityClassName` to an existing class. If the class is managed outside this set (by the platform team, an operator), list it in the `knownClasses` option, or lint the set together with its definition.',
    defaultOptions: { knownClasses: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        knownClasses: {
          type: 'array',
          items: { type: 'string' },
          description:
            'PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: business-critical\nvalue: 100000\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  selector:\n    matchLabels: {app: checkout}\n  template:\n    metadata:\n      labels: {app: checkout}\n    spec:\n      priorityClassName: buisness-critical\n      containers: [{name: app, image: checkout:1.0}]\n',
      correct:
        'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: business-critical\nvalue: 100000\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  selector:\n    matchLabels: {app: checkout}\n  template:\n    metadata:\n      labels: {app: checkout}\n    spec:\n      priorityClassName: business-critical\n      containers: [{name: app, image: checkout:1.0}]\n',
    },
    peers:
      'kube-linter priority-class-name is a different check: it allows only a configured list of class names (by default the two system classes) and does not look for PriorityClass objects. kube-score, Polaris and the Kyverno policies have no check that the class exists.',
  },
  create(context) {
    let definedNames: string[] | undefined;
    const visit = (manifest: Manifest, options: Options) => {
      const workload = context.set.workload(manifest);
      const priorityClass = workload?.podSpec?.priorityClassName;
      if (!workload?.ownsTemplate || typeof priorityClass !== 'string' || priorityClass === '') {
        return;
      }
      if (
        SYSTEM_PRIORITY_CLASSES.has(priorityClass) ||
        options.knownClasses.includes(priorityClass) ||
        context.set.get(PRIORITY_CLASS_KIND, '', priorityClass)
      ) {
        return;
      }
      const path = [...workload.podSpecPath, 'priorityClassName'];
      const data = { kind: manifest.kind, name: manifest.name, priorityClass };
      if (priorityClass.startsWith(SYSTEM_PRIORITY_PREFIX)) {
        context.report({ manifest, path, messageId: 'reserved', data });
        return;
      }
      definedNames ??= context.set.byKind(PRIORITY_CLASS_KIND).map((candidate) => candidate.name);
      const candidates = [...definedNames, ...options.knownClasses];
      const closest = closestName(priorityClass, candidates);
      const defined = closest ? context.set.get(PRIORITY_CLASS_KIND, '', closest) : undefined;
      context.report({
        manifest,
        path,
        messageId: 'missing',
        data: { ...data, suggestion: closest ? ` (did you mean "${closest}"?)` : '' },
        ...(defined
          ? {
              related: [
                {
                  manifest: defined,
                  path: ['metadata', 'name'],
                  message: `PriorityClass "${closest}" is defined here.`,
                },
              ],
            }
          : {}),
      });
    };
    const visitors: RuleVisitors<Options> = {};
    for (const kind of WORKLOAD_KINDS) {
      visitors[kind] = visit;
    }
    return visitors;
  },
});
