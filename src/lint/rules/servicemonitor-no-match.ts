import { EXTERNAL_ASSUMPTIONS } from '../../k8s/external.js';
import { POD_LABEL_ASSUMPTIONS } from '../../k8s/pod-labels.js';
import {
  describeMonitorNamespaces,
  isMonitoringObject,
  POD_MONITOR_KIND,
  readMonitorNamespaces,
  readMonitorSelector,
  SERVICE_MONITOR_KIND,
  type MonitorNamespaces,
} from '../../k8s/monitoring.js';
import {
  describeSelector,
  isEmptySelector,
  parseMapSelector,
  selectorMatches,
  type LabelSelector,
} from '../../k8s/selectors.js';
import {
  containerPorts,
  describeServicePort,
  readServicePorts,
  SERVICE_KIND,
} from '../../k8s/services.js';
import type { Workload } from '../../k8s/workloads.js';
import { asArray, asObject, type Manifest } from '../../k8s/manifest.js';
import type { ManifestSet } from '../../k8s/manifest-set.js';
import { elsewhereNote, elsewhereRelated, workloadElsewhere } from '../elsewhere.js';
import { defineRule, type RelatedDescriptor } from '../rule.js';
import { wordList } from '../../shared/words.js';

type MessageIds = 'noService' | 'noPod' | 'portMissing' | 'podPortMissing' | 'targetPortMissing';

/** Services in the monitor's namespaces whose labels the selector matches. */
function selectedServices(
  set: ManifestSet,
  namespaces: MonitorNamespaces,
  selector: LabelSelector,
): Manifest[] {
  return namespaces.any
    ? [...set.servicesSelectedBy('*', selector)]
    : namespaces.names.flatMap((namespace) => set.servicesSelectedBy(namespace, selector));
}

/** Pod templates in the monitor's namespaces whose labels the selector matches. */
function selectedWorkloads(
  set: ManifestSet,
  namespaces: MonitorNamespaces,
  selector: LabelSelector,
): Workload[] {
  const names = namespaces.any ? [...set.workloadNamespaces()] : namespaces.names;
  return names.flatMap((namespace) => set.workloadsSelectedBy(namespace, selector));
}

/** The pod templates behind Services (through their own selectors), each once. */
function workloadsBehind(set: ManifestSet, services: readonly Manifest[]): Workload[] {
  const result = new Set<Workload>();
  for (const service of services) {
    const parsed = parseMapSelector(service.get(['spec', 'selector']));
    if ('selector' in parsed) {
      set
        .workloadsSelectedBy(service.namespace, parsed.selector)
        .forEach((workload) => result.add(workload));
    }
  }
  return [...result];
}

/** Whether a container port matches a `targetPort` (name or number) of an endpoint. */
function hasContainerPort(workloads: readonly Workload[], target: string | number): boolean {
  return workloads.some((workload) =>
    containerPorts(workload).some((port) =>
      typeof target === 'number' ? port.containerPort === target : port.name === target,
    ),
  );
}

function declaresPorts(workloads: readonly Workload[]): boolean {
  return workloads.some((workload) => containerPorts(workload).length > 0);
}

function names(items: readonly { name: string }[]): string {
  return (
    wordList(items.slice(0, 3).map((item) => `"${item.name}"`)) + (items.length > 3 ? ' …' : '')
  );
}

export default defineRule<MessageIds>({
  id: 'servicemonitor-no-match',
  meta: {
    description:
      'Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have',
    severity: 'warning',
    category: 'references',
    kinds: [SERVICE_MONITOR_KIND, POD_MONITOR_KIND],
    scope: 'set',
    messages: {
      noService:
        'ServiceMonitor "{{name}}" selects Services labelled {{selector}} in {{namespaces}}, but no Service in the set matches{{hint}}; Prometheus discovers no targets from it, so the metrics (and every alert and autoscaler that reads them) are missing without an error. Select the labels in the Service\'s metadata.labels, and list its namespace in spec.namespaceSelector.matchNames when it is not the ServiceMonitor\'s own.',
      noPod:
        'PodMonitor "{{name}}" selects pods labelled {{selector}} in {{namespaces}}, but no pod template in the set matches{{hint}}; Prometheus discovers no targets from it, so the metrics are missing without an error. Select the labels of the pod template (spec.template.metadata.labels).',
      portMissing:
        'ServiceMonitor "{{name}}" endpoints[{{index}}] scrapes the Service port named "{{port}}", but {{services}} {{have}} no port with that name (ports: {{available}}); prometheus-operator matches endpoints[].port against the Service port name only, so nothing is scraped. Name the Service port "{{port}}", or set port to one of the names.',
      podPortMissing:
        'PodMonitor "{{name}}" podMetricsEndpoints[{{index}}] scrapes the container port {{port}}, but no container of {{workloads}} declares it (declared: {{available}}); prometheus-operator keeps only targets whose container port matches, so nothing is scraped. Declare the port in the container, or point the endpoint at a declared one.',
      targetPortMissing:
        'ServiceMonitor "{{name}}" endpoints[{{index}}] scrapes targetPort {{port}}, but no container of {{workloads}} (behind the selected Services) declares it (declared: {{available}}); prometheus-operator matches targetPort against the pods\' container ports, so nothing is scraped. Use port with the Service port name instead, or declare the container port.',
    },
    rationale:
      'prometheus-operator turns a ServiceMonitor into a scrape job over the Endpoints of the Services whose own labels (`metadata.labels`, not their selector) match `spec.selector` (`matchLabels` and `matchExpressions`; an absent selector selects every Service) in the namespaces of `spec.namespaceSelector` (its own namespace by default, `matchNames` for others, `any: true` for all). Each endpoint then keeps only the Service port whose *name* equals `port` (an unnamed port never matches), or the pod container port given by `targetPort`. A PodMonitor selects pods by their labels the same way and keeps the container ports named by `podMetricsEndpoints[].port`. None of this is validated: a wrong label, a Service in another namespace or an unnamed port leave Prometheus with no targets, and the alerts and autoscaling that depend on the metrics go quiet instead of failing.' +
      ' ' +
      POD_LABEL_ASSUMPTIONS +
      ' ' +
      EXTERNAL_ASSUMPTIONS,
    remediation:
      "Select labels that the Service itself carries (or, for a PodMonitor, the pod template's labels), list the Service's namespace under `namespaceSelector.matchNames` when it differs, and give the Service port a `name` that the endpoint's `port` uses. If the Services come from elsewhere, lint them together.",
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: {app.kubernetes.io/name: web}\nspec:\n  selector: {app.kubernetes.io/name: web}\n  ports: [{name: http, port: 80, targetPort: 8080}]\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n  endpoints:\n    - port: metrics\n      interval: 30s\n',
      correct:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: {app.kubernetes.io/name: web}\nspec:\n  selector: {app.kubernetes.io/name: web}\n  ports:\n    - {name: http, port: 80, targetPort: 8080}\n    - {name: metrics, port: 9090}\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app.kubernetes.io/name: web}\n  endpoints:\n    - port: metrics\n      interval: 30s\n',
    },
    peers:
      'kube-linter dangling-servicemonitor checks the Service selection (labels and namespaceSelector) but not the endpoint ports or PodMonitors; kube-score, Polaris and the Kyverno policies do not look at ServiceMonitors.',
  },
  create(context) {
    const { set } = context;

    /** Why nothing matched, when the set shows the usual mistake. */
    const serviceHint = (
      monitor: Manifest,
      namespaces: MonitorNamespaces,
      selector: LabelSelector,
    ): { hint: string; related?: RelatedDescriptor } => {
      const elsewhere = set.servicesSelectedBy('*', selector)[0];
      if (elsewhere) {
        return {
          hint: ` (Service "${elsewhere.name}" in namespace "${elsewhere.namespace}" does, outside the namespaces the ServiceMonitor looks in)`,
          related: {
            manifest: elsewhere,
            path: ['metadata', 'labels'],
            target: 'key',
            message: `These labels match, in namespace "${elsewhere.namespace}".`,
          },
        };
      }
      // A ServiceMonitor written with the Service's selector (pod labels) instead of its labels.
      const candidates = namespaces.any
        ? set.byKind(SERVICE_KIND)
        : namespaces.names.flatMap((namespace) => set.byKindIn(SERVICE_KIND, namespace));
      const bySelector = candidates.find((service) => {
        const parsed = parseMapSelector(service.get(['spec', 'selector']));
        return (
          'selector' in parsed &&
          !parsed.selector.matchesNone &&
          selectorMatches(selector, parsed.selector.matchLabels)
        );
      });
      if (bySelector) {
        return {
          hint: ` (Service "${bySelector.name}" selects pods with those labels, but does not carry them in its own metadata.labels)`,
          related: {
            manifest: bySelector,
            path: ['spec', 'selector'],
            target: 'key',
            message: `Service "${bySelector.name}" has these labels only in spec.selector.`,
          },
        };
      }
      return { hint: '' };
    };

    const checkServiceMonitor = (monitor: Manifest): void => {
      const namespaces = readMonitorNamespaces(monitor);
      const parsed = readMonitorSelector(monitor);
      if (!namespaces || !('selector' in parsed)) {
        return;
      }
      const services = selectedServices(set, namespaces, parsed.selector);
      const selectorPath =
        monitor.get(['spec', 'selector']) === undefined ? ['spec'] : ['spec', 'selector'];
      if (services.length === 0) {
        const outside = namespaces.any
          ? set.external.mayMatch(SERVICE_KIND, '*', parsed.selector)
          : namespaces.names.some((namespace) =>
              set.external.mayMatch(SERVICE_KIND, namespace, parsed.selector),
            );
        if (outside) {
          return;
        }
        const { hint, related } = serviceHint(monitor, namespaces, parsed.selector);
        context.report({
          manifest: monitor,
          path: selectorPath,
          target: 'key',
          messageId: 'noService',
          data: {
            name: monitor.name,
            selector: isEmptySelector(parsed.selector)
              ? 'with anything ({})'
              : `"${describeSelector(parsed.selector)}"`,
            namespaces: describeMonitorNamespaces(namespaces),
            hint,
          },
          ...(related ? { related: [related] } : {}),
        });
        return;
      }
      const ports = services.flatMap((service) =>
        readServicePorts(service).map((port) => ({ service, port })),
      );
      let behind: Workload[] | undefined;
      asArray(monitor.get(['spec', 'endpoints'])).forEach((entry, index) => {
        const endpoint = asObject(entry);
        if (!endpoint) {
          return;
        }
        if (typeof endpoint.port === 'string' && endpoint.port !== '') {
          const portName = endpoint.port;
          if (ports.some(({ port }) => port.name === portName)) {
            return;
          }
          context.report({
            manifest: monitor,
            path: ['spec', 'endpoints', index, 'port'],
            messageId: 'portMissing',
            data: {
              name: monitor.name,
              index,
              port: portName,
              services: `${services.length === 1 ? 'Service' : 'Services'} ${names(services)}`,
              have: services.length === 1 ? 'has' : 'have',
              available:
                ports.length > 0
                  ? wordList(
                      ports.map(({ port }) =>
                        port.name ? `"${port.name}"` : `unnamed ${describeServicePort(port)}`,
                      ),
                    )
                  : 'none',
            },
            related: services.slice(0, 3).map((service) => ({
              manifest: service,
              path: ['spec', 'ports'],
              target: 'key' as const,
              message: `The ports of Service "${service.name}".`,
            })),
          });
          return;
        }
        const target = endpoint.targetPort;
        if (typeof target !== 'number' && (typeof target !== 'string' || target === '')) {
          return;
        }
        behind ??= workloadsBehind(set, services);
        if (
          !behind.every((workload) => workload.containersKnown) ||
          !declaresPorts(behind) ||
          hasContainerPort(behind, target)
        ) {
          return;
        }
        context.report({
          manifest: monitor,
          path: ['spec', 'endpoints', index, 'targetPort'],
          messageId: 'targetPortMissing',
          data: {
            name: monitor.name,
            index,
            port: typeof target === 'number' ? target : `"${target}"`,
            workloads: wordList(behind.slice(0, 3).map((w) => `${w.kind} "${w.manifest.name}"`)),
            available: describeContainerPorts(behind),
          },
        });
      });
    };

    const checkPodMonitor = (monitor: Manifest): void => {
      const namespaces = readMonitorNamespaces(monitor);
      const parsed = readMonitorSelector(monitor);
      if (!namespaces || !('selector' in parsed)) {
        return;
      }
      const workloads = selectedWorkloads(set, namespaces, parsed.selector);
      if (workloads.length === 0) {
        const outside = namespaces.any
          ? set.podsMayBeOutside('*', parsed.selector)
          : namespaces.names.some((namespace) => set.podsMayBeOutside(namespace, parsed.selector));
        if (outside) {
          return;
        }
        const elsewhere = workloadElsewhere(set, parsed.selector);
        context.report({
          manifest: monitor,
          path: monitor.get(['spec', 'selector']) === undefined ? ['spec'] : ['spec', 'selector'],
          target: 'key',
          messageId: 'noPod',
          data: {
            name: monitor.name,
            selector: isEmptySelector(parsed.selector)
              ? 'with anything ({})'
              : `"${describeSelector(parsed.selector)}"`,
            namespaces: describeMonitorNamespaces(namespaces),
            hint: elsewhereNote(elsewhere, 'outside the namespaces the PodMonitor looks in'),
          },
          ...elsewhereRelated(elsewhere),
        });
        return;
      }
      asArray(monitor.get(['spec', 'podMetricsEndpoints'])).forEach((entry, index) => {
        const endpoint = asObject(entry);
        if (!endpoint) {
          return;
        }
        // `port` names a container port; `portNumber` and the deprecated `targetPort` number it.
        const [field, target] =
          typeof endpoint.port === 'string' && endpoint.port !== ''
            ? ['port', endpoint.port]
            : typeof endpoint.portNumber === 'number'
              ? ['portNumber', endpoint.portNumber]
              : ['targetPort', endpoint.targetPort];
        if (typeof target !== 'number' && (typeof target !== 'string' || target === '')) {
          return;
        }
        const byName = field === 'port';
        if (
          !workloads.every((workload) => workload.containersKnown) ||
          (!byName && !declaresPorts(workloads)) ||
          hasContainerPort(workloads, target)
        ) {
          return;
        }
        context.report({
          manifest: monitor,
          path: ['spec', 'podMetricsEndpoints', index, field],
          messageId: 'podPortMissing',
          data: {
            name: monitor.name,
            index,
            port: typeof target === 'number' ? String(target) : `named "${target}"`,
            workloads: wordList(workloads.slice(0, 3).map((w) => `${w.kind} "${w.manifest.name}"`)),
            available: describeContainerPorts(workloads),
          },
        });
      });
    };

    return {
      [SERVICE_MONITOR_KIND](monitor) {
        if (isMonitoringObject(monitor)) {
          checkServiceMonitor(monitor);
        }
      },
      [POD_MONITOR_KIND](monitor) {
        if (isMonitoringObject(monitor)) {
          checkPodMonitor(monitor);
        }
      },
    };
  },
});

function describeContainerPorts(workloads: readonly Workload[]): string {
  const ports = workloads.flatMap((workload) => containerPorts(workload));
  if (ports.length === 0) {
    return 'none';
  }
  const described = [
    ...new Set(
      ports.map((port) =>
        port.name
          ? `"${port.name}" (${port.containerPort ?? '?'})`
          : String(port.containerPort ?? '?'),
      ),
    ),
  ];
  return wordList(described);
}
