import { EXTERNAL_ASSUMPTIONS } from '../../k8s/external.js';
import { POD_LABEL_ASSUMPTIONS } from '../../k8s/pod-labels.js';
import { describeSelector, parseMapSelector } from '../../k8s/selectors.js';
import {
  containerPorts,
  describeServicePort,
  readServicePorts,
  SERVICE_KIND,
  serviceType,
  type ServicePort,
} from '../../k8s/services.js';
import type { Workload } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import type { FieldPath } from '../../source/locate.js';
import { elsewhereNote, elsewhereRelated, workloadElsewhere } from '../elsewhere.js';
import { defineRule, type RelatedDescriptor } from '../rule.js';
import { quotedList, wordList } from '../../shared/words.js';

interface Options {
  checkTargetPorts: boolean;
}

type MessageIds = 'noMatch' | 'namedTargetPortMissing' | 'targetPortNotDeclared';

export default defineRule<MessageIds, Options>({
  id: 'service-no-match',
  meta: {
    description:
      "Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare",
    severity: 'warning',
    category: 'references',
    kinds: [SERVICE_KIND],
    scope: 'set',
    messages: {
      noMatch:
        'Service "{{name}}" selects {{selector}}, but no pod template in namespace "{{namespace}}" in the set has those labels{{elsewhere}}; the Service gets no endpoints, so every connection to it fails (an Ingress in front of it answers 503). Match the labels of the pod template (spec.template.metadata.labels), not the workload\'s own labels.',
      namedTargetPortMissing:
        'Service "{{name}}" port {{port}} sends traffic to the container port named "{{target}}", but no container of {{workloads}} declares a {{protocol}} port with that name{{available}}; Kubernetes cannot resolve the name, so this port of the Service has no endpoints and its traffic goes nowhere. Name the container port "{{target}}", or set targetPort to a port the containers declare.',
      targetPortNotDeclared:
        'Service "{{name}}" port {{port}} sends traffic to port {{target}}, but the containers of {{workloads}} declare only {{declared}}; unless the application also listens on {{target}} without declaring it, connections are refused. Set targetPort to the port the application listens on (or declare it in the container).',
    },
    rationale:
      "A Service sends traffic to the pods whose labels match its `spec.selector`, in its own namespace, on `targetPort` (the `port` when absent). A selector with a typo, copied from another app, or written with the workload's own labels instead of its pod template's leaves the Service without endpoints: the API server accepts it, and every client, Ingress and ServiceMonitor behind it finds nothing. A named `targetPort` is resolved per pod against the names of the container ports (and the protocol): when no container declares that name, the pod is left out of that port's endpoints. A numeric `targetPort` works whether or not it is declared, so it is reported only when the pods declare their ports and none of them is that one, which is nearly always a wrong number. Services without a selector (Endpoints or EndpointSlices managed by hand or by an operator) and `ExternalName` Services are skipped." +
      ' ' +
      POD_LABEL_ASSUMPTIONS +
      ' ' +
      EXTERNAL_ASSUMPTIONS,
    remediation:
      "Copy the labels of the workload's `spec.template.metadata.labels` into the Service's `spec.selector`, create the Service in the workload's namespace, and point `targetPort` at a port the containers declare (by name or number). If the pods come from elsewhere, lint them together.",
    defaultOptions: { checkTargetPorts: true },
    optionsSchema: {
      type: 'object',
      properties: {
        checkTargetPorts: {
          type: 'boolean',
          description:
            'Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports).',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n  template:\n    metadata:\n      labels: {app.kubernetes.io/name: web}\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          ports: [{name: http, containerPort: 8080}]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n  template:\n    metadata:\n      labels: {app.kubernetes.io/name: web}\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          ports: [{name: http, containerPort: 8080}]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app.kubernetes.io/name: web}\n  ports: [{port: 80, targetPort: http}]\n',
    },
    peers:
      'kube-linter dangling-service and kube-score service-targets-pod check the selector the same way and skip ExternalName Services; kube-linter also reports a Service without a selector, which scaleplan leaves alone (its Endpoints are managed elsewhere). kube-linter invalid-target-ports checks only the syntax of port names; neither peer resolves a named targetPort against the container ports.',
  },
  create(context) {
    const checkPorts = (
      service: Manifest,
      selected: readonly Workload[],
      port: ServicePort,
    ): void => {
      const target = port.targetPort ?? port.port;
      const declared = selected.flatMap((workload) =>
        containerPorts(workload).map((containerPort) => ({ workload, containerPort })),
      );
      // The texts of a report are built only when it is made: most ports match, and this
      // runs for every port of every Service.
      const report = (
        path: FieldPath,
        messageId: 'namedTargetPortMissing' | 'targetPortNotDeclared',
        data: Record<string, string | number>,
      ): void => {
        const workloads = wordList(
          selected.map((workload) => `${workload.kind} "${workload.manifest.name}"`),
        );
        const related: RelatedDescriptor[] = selected.slice(0, 3).map((workload) => ({
          manifest: workload.templateManifest,
          path: [...workload.podSpecPath, 'containers'],
          target: 'key',
          message: `The containers of ${workload.kind} "${workload.manifest.name}", which the Service selects.`,
        }));
        context.report({
          manifest: service,
          path,
          messageId,
          data: { name: service.name, port: describeServicePort(port), workloads, ...data },
          related,
        });
      };
      // A digits-only string is not a port name; schema-invalid reports it.
      if (typeof target === 'string' && !/^\d+$/.test(target)) {
        const resolved = declared.some(
          ({ containerPort }) =>
            containerPort.name === target && containerPort.protocol === port.protocol,
        );
        if (resolved) {
          return;
        }
        const names = [
          ...new Set(declared.flatMap(({ containerPort }) => containerPort.name ?? [])),
        ];
        const otherProtocol = declared.find(({ containerPort }) => containerPort.name === target)
          ?.containerPort.protocol;
        report([...port.path, 'targetPort'], 'namedTargetPortMissing', {
          target,
          protocol: port.protocol,
          available: otherProtocol
            ? ` ("${target}" is a ${otherProtocol} port, the Service port is ${port.protocol})`
            : names.length > 0
              ? ` (they declare ${quotedList(names)})`
              : ' (they declare no named ports)',
        });
        return;
      }
      if (typeof target !== 'number') {
        return;
      }
      const numbers = declared.flatMap(({ containerPort }) =>
        containerPort.containerPort === undefined ? [] : [containerPort.containerPort],
      );
      if (numbers.length === 0 || numbers.includes(target)) {
        return;
      }
      report(
        [...port.path, port.targetPort === undefined ? 'port' : 'targetPort'],
        'targetPortNotDeclared',
        {
          target,
          declared: wordList([...new Set(numbers)].map(String)),
        },
      );
    };

    return {
      [SERVICE_KIND](service, options) {
        if (serviceType(service) === 'ExternalName') {
          return;
        }
        const parsed = parseMapSelector(service.get(['spec', 'selector']));
        // No selector (or `{}`): endpoints are managed outside the Service. A malformed one
        // is schema-invalid's finding.
        if (!('selector' in parsed) || parsed.selector.matchesNone) {
          return;
        }
        const selected = context.set.workloadsSelectedBy(service.namespace, parsed.selector);
        if (selected.length > 0) {
          // Operator-made containers (a Prometheus' pods) are not in the set: ports unknown.
          if (options.checkTargetPorts && selected.every((workload) => workload.containersKnown)) {
            for (const port of readServicePorts(service)) {
              checkPorts(service, selected, port);
            }
          }
          return;
        }
        if (context.set.podsMayBeOutside(service.namespace, parsed.selector)) {
          return;
        }
        const elsewhere = workloadElsewhere(context.set, parsed.selector, service.namespace);
        context.report({
          manifest: service,
          path: ['spec', 'selector'],
          target: 'key',
          messageId: 'noMatch',
          data: {
            name: service.name,
            selector: `"${describeSelector(parsed.selector)}"`,
            namespace: service.namespace,
            elsewhere: elsewhereNote(
              elsewhere,
              'but a Service only selects pods of its own namespace',
            ),
          },
          ...elsewhereRelated(elsewhere),
        });
      },
    };
  },
});
