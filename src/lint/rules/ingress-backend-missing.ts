import { EXTERNAL_ASSUMPTIONS } from '../../k8s/external.js';
import type { FieldPath } from '../../source/locate.js';
import { closestName } from '../../shared/closest.js';
import {
  describeServicePort,
  readServicePorts,
  SERVICE_KIND,
  serviceType,
} from '../../k8s/services.js';
import { asArray, asObject, getPath, type Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import { wordList } from '../../shared/words.js';

const INGRESS_KIND = 'Ingress';

/** A service backend of an Ingress, with where each part is written. */
interface ServiceBackend {
  /** `the default backend`, `"shop.example.com/api"`. */
  route: string;
  service: string;
  servicePath: FieldPath;
  port: { kind: 'number'; value: number } | { kind: 'name'; value: string } | undefined;
  portPath: FieldPath;
}

/**
 * The service backends of an Ingress: `networking.k8s.io/v1` writes `service.name` and
 * `service.port.number`/`name` (and `spec.defaultBackend`); the removed `v1beta1` versions
 * write `serviceName`/`servicePort` (and `spec.backend`). Resource backends are skipped.
 */
/** A v1 backend with neither `service` nor `resource`, which the API server rejects. */
interface EmptyBackend {
  route: string;
  path: FieldPath;
  /** It writes the v1beta1 fields `serviceName`/`servicePort` instead. */
  legacyFields: boolean;
}

/**
 * A v1 service backend whose `port` the API server rejects: none of `number` and `name`
 * (no `port`, `port: {}`, `number: 0`, `name: ""`), or both.
 */
interface BadPort {
  route: string;
  service: string;
  path: FieldPath;
  problem: 'missing' | 'both';
}

/** Whether a `port.number`/`port.name` counts as set: Go's zero values (0, "", null) do not. */
function portFieldSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== 0 && value !== '';
}

function readBackends(ingress: Manifest): {
  services: ServiceBackend[];
  empty: EmptyBackend[];
  badPorts: BadPort[];
} {
  const v1 = ingress.apiVersion === 'networking.k8s.io/v1';
  const backends: ServiceBackend[] = [];
  const empty: EmptyBackend[] = [];
  const badPorts: BadPort[] = [];
  const add = (path: FieldPath, route: string) => {
    const backend = asObject(ingress.get(path));
    if (!backend) {
      return;
    }
    if (v1 && backend.service === undefined && backend.resource === undefined) {
      empty.push({
        route,
        path,
        legacyFields: backend.serviceName !== undefined || backend.servicePort !== undefined,
      });
      return;
    }
    if (v1) {
      // The OpenAPI schema marks `port` optional (schema-invalid cannot see this); the API
      // server's Ingress validation requires exactly one of `port.number` and `port.name`.
      const service = asObject(backend.service);
      let portInvalid = false;
      if (service) {
        const port = service.port;
        const portObject = asObject(port);
        const hasNumber = portFieldSet(portObject?.number);
        const hasName = portFieldSet(portObject?.name);
        // A `port` of the wrong type (a string, a list) is schema-invalid's finding.
        if ((port === undefined || port === null || portObject) && hasNumber === hasName) {
          badPorts.push({
            route,
            service:
              typeof service.name === 'string' && service.name !== '' ? service.name : '(unnamed)',
            path: [...path, 'service', ...(portObject ? ['port'] : [])],
            problem: hasNumber ? 'both' : 'missing',
          });
          portInvalid = true;
        }
      }
      const name = getPath(backend, ['service', 'name']);
      const number = getPath(backend, ['service', 'port', 'number']);
      const portName = getPath(backend, ['service', 'port', 'name']);
      if (typeof name !== 'string' || name === '') {
        return;
      }
      backends.push({
        route,
        service: name,
        servicePath: [...path, 'service', 'name'],
        // A port the API server rejects is reported above, not looked up in the Service.
        port: portInvalid
          ? undefined
          : typeof number === 'number'
            ? { kind: 'number', value: number }
            : typeof portName === 'string' && portName !== ''
              ? { kind: 'name', value: portName }
              : undefined,
        portPath: [...path, 'service', 'port', typeof number === 'number' ? 'number' : 'name'],
      });
      return;
    }
    const name = backend.serviceName;
    const port = backend.servicePort;
    if (typeof name !== 'string' || name === '') {
      return;
    }
    backends.push({
      route,
      service: name,
      servicePath: [...path, 'serviceName'],
      port:
        typeof port === 'number'
          ? { kind: 'number', value: port }
          : typeof port === 'string' && port !== ''
            ? /^\d+$/.test(port)
              ? { kind: 'number', value: Number(port) }
              : { kind: 'name', value: port }
            : undefined,
      portPath: [...path, 'servicePort'],
    });
  };
  add(
    ['spec', v1 ? 'defaultBackend' : 'backend'],
    'requests no rule matches (the default backend)',
  );
  asArray(ingress.get(['spec', 'rules'])).forEach((entry, ruleIndex) => {
    const rule = asObject(entry);
    const host = typeof rule?.host === 'string' && rule.host !== '' ? rule.host : '*';
    asArray(getPath(rule, ['http', 'paths'])).forEach((pathEntry, pathIndex) => {
      const path = asObject(pathEntry)?.path;
      add(
        ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex, 'backend'],
        `"${host}${typeof path === 'string' ? path : '/'}"`,
      );
    });
  });
  return { services: backends, empty, badPorts };
}

export default defineRule({
  id: 'ingress-backend-missing',
  meta: {
    description:
      'Require every service backend of an Ingress to name a Service in its namespace and a port that Service has',
    severity: 'warning',
    category: 'references',
    kinds: [INGRESS_KIND],
    scope: 'set',
    messages: {
      emptyBackend:
        'Ingress "{{name}}" routes {{route}} to a backend with neither service nor resource; the API server rejects the Ingress. Name the Service: backend.service.name and backend.service.port.number (or port.name).',
      legacyBackend:
        'Ingress "{{name}}" routes {{route}} to a backend written with serviceName/servicePort, the fields of the removed v1beta1 API; in networking.k8s.io/v1 the backend then has no service, and the API server rejects the Ingress. Write service: {name: <service>, port: {number: <port>}} (or port.name) instead.',
      serviceMissing:
        'Ingress "{{name}}" routes {{route}} to Service "{{service}}", which is not in the set (namespace "{{namespace}}"){{suggestion}}; the Ingress controller has no endpoints for it and answers those requests with 503 (or 404). Fix the service name, or lint the Ingress together with its Service.',
      portRequired:
        'Ingress "{{name}}" routes {{route}} to Service "{{service}}" without a port: in networking.k8s.io/v1 a service backend needs port.number or port.name, and the API server rejects the Ingress. Add the Service port, e.g. port: {number: 80} or port: {name: http}.',
      portBoth:
        'Ingress "{{name}}" routes {{route}} to Service "{{service}}" with both port.number and port.name; the API server rejects a service backend that sets both. Keep one of them.',
      portMissing:
        'Ingress "{{name}}" routes {{route}} to port {{port}} of Service "{{service}}", but the Service has no such port (its ports are {{available}}); the Ingress controller has no endpoints for it and answers those requests with 503. Use one of the Service\'s ports{{hint}}.',
    },
    rationale:
      "An Ingress backend names a Service in the Ingress's own namespace and one of that Service's ports, by number (`service.port.number`, the Service's `port`, not its `targetPort`) or by name (`service.port.name`, the Service port's `name`). The API server does not check either: a typo, a Service renamed in a refactor or living in another namespace, or the container port used where the Service port belongs, is accepted and then answered with 503 by the controller for every request on that route. Both the rules and `spec.defaultBackend` are checked, as are the `serviceName`/`servicePort` backends of the removed `v1beta1` Ingress versions; resource backends are skipped, and so are the ports of `ExternalName` Services, which have no endpoints to match. A `v1` backend with neither `service` nor `resource` (typically the `v1beta1` fields `serviceName`/`servicePort` left in a `v1` Ingress) is reported as an error: the API server rejects the Ingress. So is a `v1` service backend without a port (no `port`, `port: {}`, or neither `number` nor `name` set) or with both `number` and `name`: the Kubernetes OpenAPI schema marks `port` optional, so schema-invalid, which checks that schema, accepts it, but the API server's Ingress validation requires exactly one of the two. This rule, which already owns the other backend shapes the schema cannot express, reports it." +
      ' ' +
      EXTERNAL_ASSUMPTIONS,
    remediation:
      'Point the backend at an existing Service of the same namespace, and at its `port` number or port `name` as the Service declares it. If the Service comes from elsewhere (a Helm release, another repository), lint both together.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{name: http, port: 80, targetPort: 8080}]\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 8080}}\n',
      correct:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{name: http, port: 80, targetPort: 8080}]\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}\n',
    },
    peers:
      "kube-linter dangling-ingress checks the service name (in the Ingress's namespace) and port of networking.k8s.io/v1 Ingresses the same way; kube-score ingress-targets-service checks the service name and port of the rules of every Ingress version, but not the default backend.",
  },
  create(context) {
    return {
      [INGRESS_KIND](ingress) {
        const { services, empty, badPorts } = readBackends(ingress);
        for (const backend of badPorts) {
          context.report({
            manifest: ingress,
            path: backend.path,
            target: 'key',
            messageId: backend.problem === 'both' ? 'portBoth' : 'portRequired',
            data: {
              name: ingress.name,
              route: backend.route,
              service: backend.service,
            },
            severity: 'error',
          });
        }
        for (const backend of empty) {
          context.report({
            manifest: ingress,
            path: backend.path,
            target: 'key',
            messageId: backend.legacyFields ? 'legacyBackend' : 'emptyBackend',
            data: { name: ingress.name, route: backend.route },
            severity: 'error',
          });
        }
        for (const backend of services) {
          const base = { name: ingress.name, route: backend.route, service: backend.service };
          const service = context.set.get(SERVICE_KIND, ingress.namespace, backend.service);
          if (
            !service &&
            context.set.external.mayExist(SERVICE_KIND, ingress.namespace, backend.service)
          ) {
            continue;
          }
          if (!service) {
            const closest = closestName(
              backend.service,
              context.set
                .byKindIn(SERVICE_KIND, ingress.namespace)
                .map((candidate) => candidate.name),
            );
            context.report({
              manifest: ingress,
              path: backend.servicePath,
              messageId: 'serviceMissing',
              data: {
                ...base,
                namespace: ingress.namespace,
                suggestion: closest ? ` (did you mean "${closest}"?)` : '',
              },
            });
            continue;
          }
          const wanted = backend.port;
          if (!wanted || serviceType(service) === 'ExternalName') {
            continue;
          }
          const ports = readServicePorts(service);
          const found = ports.some((port) =>
            wanted.kind === 'number' ? port.port === wanted.value : port.name === wanted.value,
          );
          if (found) {
            continue;
          }
          // The number of a container port where the Service port belongs: say which one.
          const byTarget = ports.find((port) => port.targetPort === wanted.value);
          context.report({
            manifest: ingress,
            path: backend.portPath,
            messageId: 'portMissing',
            data: {
              ...base,
              port: wanted.kind === 'number' ? String(wanted.value) : `"${wanted.value}"`,
              available: ports.length > 0 ? wordList(ports.map(describeServicePort)) : 'none',
              hint: byTarget
                ? ` (${wanted.kind === 'number' ? wanted.value : `"${wanted.value}"`} is the targetPort of Service port ${describeServicePort(byTarget)}; the Ingress needs the Service port, ${byTarget.port ?? byTarget.name})`
                : '',
            },
            related: [
              {
                manifest: service,
                path: ['spec', 'ports'],
                target: 'key',
                message: `The ports of Service "${service.name}".`,
              },
            ],
          });
        }
      },
    };
  },
});
