/**
 * What a document of a manifest file is to the loader: one object, a `kind: *List` of
 * objects, a problem (it has apiVersion or kind but cannot be read as an object), or
 * nothing to lint. The loader and the lint cache's summaries both decide through this, so a
 * cached summary says what a fresh load would.
 */
import type { FieldPath } from '../source/locate.js';
import { asObject, type JsonObject } from '../k8s/manifest.js';

const KUSTOMIZE_GROUP = 'kustomize.config.k8s.io';

export type DocumentClass =
  | { type: 'skipped' }
  | { type: 'problem'; message: string; path: FieldPath }
  | { type: 'list'; object: JsonObject }
  | { type: 'object'; object: JsonObject };

export function classifyDocument(value: unknown): DocumentClass {
  const object = asObject(value);
  // Not a map, or a map without apiVersion and kind (a values file, a comment-only document).
  if (!object || (object.apiVersion === undefined && object.kind === undefined)) {
    return { type: 'skipped' };
  }
  const problem = shapeProblem(object);
  if (problem) {
    return { type: 'problem', ...problem };
  }
  // A Kustomization or Component: configuration of a build, not an object to deploy.
  if ((object.apiVersion as string).startsWith(`${KUSTOMIZE_GROUP}/`)) {
    return { type: 'skipped' };
  }
  return isList(object) ? { type: 'list', object } : { type: 'object', object };
}

function isList(object: JsonObject): boolean {
  return (
    typeof object.kind === 'string' && object.kind.endsWith('List') && Array.isArray(object.items)
  );
}

/** Why a document with apiVersion or kind is still not an object scaleplan can read. */
export function shapeProblem(object: JsonObject): { message: string; path: FieldPath } | undefined {
  if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
    return {
      message:
        object.apiVersion === undefined
          ? typeof object.kind === 'string'
            ? `The document has kind "${object.kind}" but no apiVersion.`
            : 'The document has a kind that is not a string, and no apiVersion.'
          : 'apiVersion must be a non-empty string.',
      path: object.apiVersion === undefined ? ['kind'] : ['apiVersion'],
    };
  }
  if (typeof object.kind !== 'string' || object.kind === '') {
    return {
      message:
        object.kind === undefined
          ? `The document has apiVersion "${object.apiVersion}" but no kind.`
          : 'kind must be a non-empty string.',
      path: object.kind === undefined ? ['apiVersion'] : ['kind'],
    };
  }
  if (object.metadata !== undefined && object.metadata !== null && !asObject(object.metadata)) {
    return { message: 'metadata must be a map.', path: ['metadata'] };
  }
  return undefined;
}
