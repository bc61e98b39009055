/*
 * Which objects a patch entry's `target:` selects, as Kustomize matches them: group, version,
 * kind, anchored name and namespace patterns, label and annotation selectors.
 */
import { parseSelectorString, selectorMatches, type LabelSelector } from '../../k8s/selectors.js';
import { asObject } from '../../k8s/manifest.js';
import type { ObjectIdentity } from './spelling.js';

/** A `target:` of a patch entry; name and namespace are anchored regular expressions. */
export interface TargetSelector {
  group?: string;
  version?: string;
  kind?: string;
  name?: RegExp;
  namespace?: RegExp;
  labelSelector?: LabelSelector;
  annotationSelector?: LabelSelector;
}

export function anchored(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string' || pattern === '') {
    return undefined;
  }
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

export function readSelector(value: unknown): TargetSelector | undefined {
  const object = asObject(value);
  if (!object) {
    return undefined;
  }
  const selector: TargetSelector = {};
  for (const field of ['group', 'version', 'kind'] as const) {
    if (typeof object[field] === 'string' && object[field] !== '') {
      selector[field] = object[field];
    }
  }
  const name = anchored(object.name);
  if (name) {
    selector.name = name;
  }
  const namespace = anchored(object.namespace);
  if (namespace) {
    selector.namespace = namespace;
  }
  for (const field of ['labelSelector', 'annotationSelector'] as const) {
    if (typeof object[field] === 'string') {
      const parsed = parseSelectorString(object[field]);
      if ('selector' in parsed) {
        selector[field] = parsed.selector;
      }
    }
  }
  return selector;
}

export function selects(selector: TargetSelector, identity: ObjectIdentity): boolean {
  if (selector.kind !== undefined && selector.kind !== identity.kind) {
    return false;
  }
  if (selector.group !== undefined && selector.group !== identity.group) {
    return false;
  }
  if (selector.version !== undefined && selector.version !== identity.version) {
    return false;
  }
  const { name, namespace, labelSelector, annotationSelector } = selector;
  if (name && !identity.names.some((candidate) => name.test(candidate))) {
    return false;
  }
  if (namespace && !identity.namespaces.some((candidate) => namespace.test(candidate))) {
    return false;
  }
  if (labelSelector && !selectorMatches(labelSelector, identity.labels)) {
    return false;
  }
  if (annotationSelector && !selectorMatches(annotationSelector, identity.annotations)) {
    return false;
  }
  return true;
}
