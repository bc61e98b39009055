/**
 * How a pod template spreads its pods over nodes and zones: pod anti-affinity terms and
 * topology spread constraints, read as kube-scheduler reads them.
 */
import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type JsonObject } from './manifest.js';
import { parseLabelSelector, selectorMatches, type LabelSelector } from './selectors.js';

export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const ZONE_KEY = 'topology.kubernetes.io/zone';

export interface SpreadTerm {
  source: 'podAntiAffinity' | 'topologySpreadConstraints';
  topologyKey: string | undefined;
  /** Undefined when absent (kube-scheduler then matches no pods) or malformed. */
  selector: LabelSelector | undefined;
  path: FieldPath;
  raw: JsonObject;
}

/** Every anti-affinity term (required and preferred) and topology spread constraint. */
export function readSpreadTerms(
  podSpec: JsonObject | undefined,
  podSpecPath: FieldPath,
): SpreadTerm[] {
  if (!podSpec) {
    return [];
  }
  const terms: SpreadTerm[] = [];
  const antiAffinity = asObject(asObject(podSpec.affinity)?.podAntiAffinity);
  const base: FieldPath = [...podSpecPath, 'affinity', 'podAntiAffinity'];
  asArray(antiAffinity?.requiredDuringSchedulingIgnoredDuringExecution).forEach((entry, index) => {
    const term = asObject(entry);
    if (term) {
      terms.push(
        termOf('podAntiAffinity', term, [
          ...base,
          'requiredDuringSchedulingIgnoredDuringExecution',
          index,
        ]),
      );
    }
  });
  asArray(antiAffinity?.preferredDuringSchedulingIgnoredDuringExecution).forEach((entry, index) => {
    const term = asObject(asObject(entry)?.podAffinityTerm);
    if (term) {
      terms.push(
        termOf('podAntiAffinity', term, [
          ...base,
          'preferredDuringSchedulingIgnoredDuringExecution',
          index,
          'podAffinityTerm',
        ]),
      );
    }
  });
  asArray(podSpec.topologySpreadConstraints).forEach((entry, index) => {
    const constraint = asObject(entry);
    if (constraint) {
      terms.push(
        termOf('topologySpreadConstraints', constraint, [
          ...podSpecPath,
          'topologySpreadConstraints',
          index,
        ]),
      );
    }
  });
  return terms;
}

function termOf(source: SpreadTerm['source'], raw: JsonObject, path: FieldPath): SpreadTerm {
  const topologyKey = typeof raw.topologyKey === 'string' ? raw.topologyKey : undefined;
  const parsed =
    raw.labelSelector === undefined || raw.labelSelector === null
      ? undefined
      : parseLabelSelector(raw.labelSelector);
  return {
    source,
    topologyKey,
    selector: parsed && 'selector' in parsed ? parsed.selector : undefined,
    path,
    raw,
  };
}

/**
 * Whether a term counts the workload's own pods: its selector matches their labels and, for
 * an anti-affinity term that lists `namespaces`, their namespace is among them (without
 * `namespaces` or `namespaceSelector` the term looks in the pod's own namespace; a
 * `namespaceSelector` is assumed to include it, since namespace labels are not in the set).
 */
export function countsOwnPods(
  term: SpreadTerm,
  labels: Readonly<Record<string, string>>,
  namespace: string,
): boolean {
  if (term.selector === undefined || !selectorMatches(term.selector, labels)) {
    return false;
  }
  const namespaces = asArray(term.raw.namespaces);
  const hasNamespaceSelector =
    term.raw.namespaceSelector !== undefined && term.raw.namespaceSelector !== null;
  return (
    term.source !== 'podAntiAffinity' ||
    namespaces.length === 0 ||
    hasNamespaceSelector ||
    namespaces.includes(namespace)
  );
}
