import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type Manifest } from './manifest.js';
import type { Workload } from './workloads.js';

export const SERVICE_KIND = 'Service';

/** One entry of a Service's `spec.ports`, as written (protocol defaulted). */
export interface ServicePort {
  /** `spec.ports[index]`. */
  path: FieldPath;
  name: string | undefined;
  port: number | undefined;
  /** `targetPort` as written: a number, a port name, or undefined (then it is `port`). */
  targetPort: number | string | undefined;
  protocol: string;
}

/** One `ports` entry of a container that runs for the pod's life. */
export interface ContainerPort {
  container: string;
  name: string | undefined;
  containerPort: number | undefined;
  protocol: string;
}

/** `spec.type`, `ClusterIP` when absent. */
export function serviceType(service: Manifest): string {
  const type = service.get(['spec', 'type']);
  return typeof type === 'string' && type !== '' ? type : 'ClusterIP';
}

export function readServicePorts(service: Manifest): ServicePort[] {
  const result: ServicePort[] = [];
  asArray(service.get(['spec', 'ports'])).forEach((entry, index) => {
    const port = asObject(entry);
    if (!port) {
      return;
    }
    result.push({
      path: ['spec', 'ports', index],
      name: typeof port.name === 'string' && port.name !== '' ? port.name : undefined,
      port: typeof port.port === 'number' ? port.port : undefined,
      targetPort:
        typeof port.targetPort === 'number' ||
        (typeof port.targetPort === 'string' && port.targetPort !== '')
          ? port.targetPort
          : undefined,
      protocol: protocolOf(port.protocol),
    });
  });
  return result;
}

/**
 * The ports the pod's containers declare. Only regular containers and native sidecars:
 * they are the ones a Service's named targetPort resolves against (init containers that
 * run to completion serve nothing).
 */
export function containerPorts(workload: Workload): ContainerPort[] {
  const result: ContainerPort[] = [];
  for (const container of workload.runningContainers) {
    for (const entry of asArray(container.container.ports)) {
      const port = asObject(entry);
      if (!port) {
        continue;
      }
      result.push({
        container: container.name,
        name: typeof port.name === 'string' && port.name !== '' ? port.name : undefined,
        containerPort: typeof port.containerPort === 'number' ? port.containerPort : undefined,
        protocol: protocolOf(port.protocol),
      });
    }
  }
  return result;
}

/** `80`, or `"http" (80)` when the port has a name. */
export function describeServicePort(port: ServicePort): string {
  const number = port.port === undefined ? '' : String(port.port);
  return port.name ? `"${port.name}"${number ? ` (${number})` : ''}` : number || '(no port)';
}

function protocolOf(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : 'TCP';
}
