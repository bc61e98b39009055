/*
 * What several workloads of an environment share: an Ingress in front of them
 * (`spec.ingresses`), and the names of the objects generated for them, which must not
 * collide within a namespace.
 */
import { closestMatch } from '../../shared/closest.js';
import type { FieldPath } from '../../source/locate.js';
import { findBaseWorkload, serviceFor } from '../base.js';
import { isEnabled, objectName } from '../model.js';
import { type EnvironmentView, type ResolvedWorkload } from '../resolve.js';
import type { ObjectNames } from '../types.js';
import type { Checker } from './checker.js';
import { checkRoutedPort } from './services.js';

export function checkSharedIngresses(c: Checker, view: EnvironmentView): void {
  const workloads = new Map(view.workloads.map((workload) => [workload.name, workload]));
  for (const [name, ingress] of Object.entries(view.ingresses)) {
    const at = (...subPath: FieldPath): FieldPath =>
      view.fieldPath('ingresses', [name, ...subPath]);
    if (ingress.host === undefined) {
      c.report(at(), `shared Ingress "${name}" needs host.`, 'key');
    }
    const routes = ingress.routes ?? [];
    if (routes.length === 0) {
      c.report(at(), `shared Ingress "${name}" needs routes: a path and a workload each.`, 'key');
    }
    const seenPaths = new Map<string, number>();
    const namespaces = new Set<string | undefined>();
    routes.forEach((route, index) => {
      const routeAt = (...subPath: FieldPath): FieldPath => at('routes', index, ...subPath);
      const earlier = seenPaths.get(route.path);
      if (earlier !== undefined) {
        c.report(
          routeAt('path'),
          `path ${route.path} is already routed by routes[${earlier}]; NGINX would send it to one of them only.`,
        );
      } else {
        seenPaths.set(route.path, index);
      }
      const workload = workloads.get(route.workload);
      if (!workload) {
        const suggestion = closestMatch(route.workload, [...workloads.keys()]);
        c.report(
          routeAt('workload'),
          `unknown workload "${route.workload}"${suggestion ? `; did you mean "${suggestion}"?` : '; routes reach workloads of spec.workloads.'}`,
        );
        return;
      }
      if (!c.base) {
        return;
      }
      const baseWorkload = findBaseWorkload(
        c.base,
        workload.spec.kind ?? 'Deployment',
        workload.name,
      );
      if (!baseWorkload) {
        return;
      }
      namespaces.add(baseWorkload.namespace);
      const service = serviceFor(c.base, workload.spec, baseWorkload);
      if (!service) {
        c.report(
          routeAt('workload'),
          `no Service in the base ${c.base.display} selects the pods of "${workload.name}"; add one, or name it with the workload's service.`,
        );
        return;
      }
      checkRoutedPort(c, service, route.port, { route: routeAt(), port: routeAt('port') });
    });
    if (view.namespace === undefined && namespaces.size > 1) {
      c.report(
        at('routes'),
        `an Ingress reaches Services of its own namespace only, and these workloads are in ${[...namespaces].map((entry) => `"${entry ?? 'default'}"`).join(', ')}; use one shared Ingress per namespace.`,
        'key',
      );
    }
  }
}

/** The generated objects of each kind and their names: two of one kind may not share one. */
const NAMED_KINDS: readonly {
  kind: keyof ObjectNames;
  display: string;
  generated: (workload: ResolvedWorkload) => boolean;
}[] = [
  {
    kind: 'hpa',
    display: 'HorizontalPodAutoscaler',
    generated: (w) => (w.spec.autoscaler ?? 'hpa') === 'hpa',
  },
  { kind: 'scaledObject', display: 'ScaledObject', generated: (w) => w.spec.autoscaler === 'keda' },
  { kind: 'vpa', display: 'VerticalPodAutoscaler', generated: (w) => isEnabled(w.spec.vpa) },
  {
    kind: 'pdb',
    display: 'PodDisruptionBudget',
    generated: (w) => w.spec.disruption?.enabled !== false,
  },
  { kind: 'ingress', display: 'Ingress', generated: (w) => isEnabled(w.spec.ingress) },
  {
    kind: 'serviceMonitor',
    display: 'ServiceMonitor',
    generated: (w) => isEnabled(w.spec.monitoring),
  },
];

export function checkObjectNames(c: Checker, view: EnvironmentView): void {
  for (const { kind, display, generated } of NAMED_KINDS) {
    const owners = new Map<string, string>();
    if (kind === 'ingress') {
      for (const name of Object.keys(view.ingresses)) {
        owners.set(name, `shared Ingress "${name}"`);
      }
    }
    for (const workload of view.workloads) {
      if (!generated(workload)) {
        continue;
      }
      const name = objectName(workload.name, workload.spec, kind);
      const owner = owners.get(name);
      if (owner !== undefined) {
        c.report(
          workload.spec.names?.[kind] !== undefined
            ? workload.fieldPath(['names', kind])
            : ['spec', 'workloads', workload.name],
          `${display} "${name}" is also generated for ${owner}; give one of them another name under names.${kind}.`,
          workload.spec.names?.[kind] !== undefined ? 'value' : 'key',
        );
      } else {
        owners.set(name, `workload "${workload.name}"`);
      }
    }
  }
}
