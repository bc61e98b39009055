/*
 * What a workload is measured and reached by: metrics, its Service and ports, and
 * conflicts with objects the base already holds.
 */
import { closestMatch } from '../../shared/closest.js';
import type { FieldPath } from '../../source/locate.js';
import {
  podPortOf,
  serviceFor,
  type BaseInfo,
  type BaseService,
  type BaseWorkload,
} from '../base.js';
import { isEnabled } from '../model.js';
import { type ResolvedWorkload } from '../resolve.js';
import type { Checker } from './checker.js';

export function checkMetrics(c: Checker, workload: ResolvedWorkload, autoscaler: string): void {
  const metrics = workload.spec.scaleOn?.metrics ?? [];
  const at = workload.fieldPath;
  metrics.forEach((metric, index) => {
    const path = at(['scaleOn', 'metrics', index]);
    const type = metric.type ?? 'Pods';
    c.quantity([...path, 'averageValue'], metric.averageValue);
    c.quantity([...path, 'value'], metric.value);
    c.quantity([...path, 'activation'], metric.activation);
    if (metric.averageValue !== undefined && metric.value !== undefined) {
      c.report([...path, 'value'], 'give averageValue or value, not both.', 'key');
    } else if (metric.averageValue === undefined && metric.value === undefined) {
      c.report(
        path,
        `metric "${metric.name}" needs a target: averageValue (per pod)${type === 'Pods' ? '' : ' or value (total)'}.`,
        'key',
      );
    }
    if (type === 'Pods' && metric.value !== undefined) {
      c.report(
        [...path, 'value'],
        'a Pods metric is averaged over the pods; its target is averageValue, not value.',
        'key',
      );
    }
    if (type === 'Object' && metric.object === undefined) {
      c.report(
        path,
        `an Object metric needs object: the kind and name of the object "${metric.name}" describes.`,
        'key',
      );
    }
    if (type !== 'Object' && metric.object !== undefined) {
      c.report([...path, 'object'], 'object only applies to type: Object.', 'key');
    }
    if (metric.activation !== undefined && autoscaler !== 'keda') {
      c.report(
        [...path, 'activation'],
        'activation is a KEDA setting; it needs autoscaler: keda.',
        'key',
      );
    }
  });
}

export function checkService(
  c: Checker,
  workload: ResolvedWorkload,
  baseWorkload: BaseWorkload | undefined,
  scrape: 'serviceMonitor' | 'annotations' = 'serviceMonitor',
): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  if (scrape === 'annotations' && isEnabled(spec.monitoring)) {
    for (const field of ['interval', 'scrapeTimeout'] as const) {
      if (spec.monitoring?.[field] !== undefined) {
        c.report(
          at(['monitoring', field]),
          `${field} is a ServiceMonitor setting; with prometheus.scrape: annotations the Prometheus scrape job sets it for every pod. Remove it, or scrape through the Prometheus Operator (prometheus.scrape: serviceMonitor).`,
          'key',
        );
      }
    }
  }
  const needs: ('ingress' | 'monitoring')[] = [];
  if (isEnabled(spec.ingress)) {
    needs.push('ingress');
  }
  if (isEnabled(spec.monitoring)) {
    needs.push('monitoring');
  }
  if (!c.base || needs.length === 0) {
    return;
  }
  const service = serviceFor(c.base, spec, baseWorkload);
  if (!service) {
    const names = c.base.services.map((entry) => entry.name);
    const message =
      spec.service !== undefined
        ? `the base ${c.base.display} has no Service "${spec.service}"${closestMatch(spec.service, names) ? `; did you mean "${closestMatch(spec.service, names) ?? ''}"?` : '.'}`
        : `${needs.join(' and ')} need${needs.length === 1 ? 's' : ''} a Service in front of "${workload.name}", and no Service in the base ${c.base.display} selects its pods; add one to the base, or name it with service.`;
    c.report(
      at(spec.service !== undefined ? ['service'] : [needs[0] ?? 'ingress']),
      message,
      spec.service !== undefined ? 'value' : 'key',
    );
    return;
  }
  const ports = service.ports;
  const describePorts = describeServicePorts(service);
  if (isEnabled(spec.ingress)) {
    checkRoutedPort(c, service, spec.ingress?.port, {
      route: at(['ingress']),
      port: at(['ingress', 'port']),
    });
  }
  const monitoringPort = spec.monitoring?.port;
  if (isEnabled(spec.monitoring)) {
    if (monitoringPort === undefined) {
      c.report(
        at(['monitoring']),
        `monitoring needs port: the name of the Service port to scrape (Service "${service.name}" has ${describePorts || 'no ports'}).`,
        'key',
      );
    } else if (!ports.some((entry) => entry.name === monitoringPort)) {
      const suggestion = closestMatch(
        monitoringPort,
        ports.flatMap((entry) => (entry.name ? [entry.name] : [])),
      );
      c.report(
        at(['monitoring', 'port']),
        `Service "${service.name}" has no port named "${monitoringPort}"${suggestion ? `; did you mean "${suggestion}"?` : `; its ports: ${describePorts || 'none'} (a ServiceMonitor scrapes a named port).`}`,
      );
    } else if (scrape === 'annotations' && baseWorkload) {
      const podPort = podPortOf(service, monitoringPort, baseWorkload);
      if (typeof podPort !== 'number') {
        c.report(at(['monitoring', 'port']), podPort.problem);
      }
    }
  }
}

function describeServicePorts(service: BaseService): string {
  return service.ports
    .map((port) => (port.name ? `${port.name} (${port.port})` : String(port.port)))
    .join(', ');
}

/**
 * The Service port an Ingress path routes to (`at`: where the route and its port are
 * written): it must exist, and without one the Service must have a port at all.
 */
export function checkRoutedPort(
  c: Checker,
  service: BaseService,
  port: number | string | undefined,
  at: { route: FieldPath; port: FieldPath },
): void {
  if (port === undefined) {
    if (service.ports.length === 0) {
      c.report(at.route, `Service "${service.name}" has no ports to route to.`, 'key');
    }
    return;
  }
  const found = service.ports.some((entry) =>
    typeof port === 'number' ? entry.port === port : entry.name === port,
  );
  if (!found) {
    c.report(
      at.port,
      `Service "${service.name}" has no port ${typeof port === 'number' ? String(port) : `named "${port}"`}; its ports: ${describeServicePorts(service) || 'none'}.`,
    );
  }
}

/** Fields required once an environment's override is merged onto the workload. */

export function checkBaseConflicts(
  c: Checker,
  workload: ResolvedWorkload,
  baseWorkload: BaseWorkload,
  base: BaseInfo,
): void {
  const spec = workload.spec;
  const autoscaler = spec.autoscaler ?? 'hpa';
  for (const reference of base.references) {
    const targets =
      reference.target?.kind === baseWorkload.kind && reference.target.name === baseWorkload.name;
    if (
      targets &&
      autoscaler !== 'none' &&
      (reference.kind === 'HorizontalPodAutoscaler' || reference.kind === 'ScaledObject')
    ) {
      c.report(
        ['spec', 'workloads', workload.name],
        `the base already has ${reference.kind} "${reference.name}" for ${baseWorkload.kind} "${baseWorkload.name}"; two autoscalers fight over one workload. Remove it from the base: the compiled overlay brings its own.`,
        'key',
      );
    }
    if (targets && reference.kind === 'VerticalPodAutoscaler' && isEnabled(spec.vpa)) {
      c.report(
        workload.fieldPath(['vpa']),
        `the base already has VerticalPodAutoscaler "${reference.name}" for this workload; remove it from the base or drop vpa here.`,
        'key',
      );
    }
    if (
      reference.kind === 'PodDisruptionBudget' &&
      spec.disruption?.enabled !== false &&
      reference.selector &&
      Object.keys(reference.selector).length > 0 &&
      Object.entries(reference.selector).every(
        ([key, value]) => baseWorkload.templateLabels[key] === value,
      )
    ) {
      c.report(
        ['spec', 'workloads', workload.name],
        `the base already has PodDisruptionBudget "${reference.name}" selecting these pods, and pods under two budgets cannot be evicted. Remove it from the base, or set disruption: {enabled: false}.`,
        'key',
      );
    }
  }
}

/** Custom metric names must mean one thing across the workloads of an environment. */
