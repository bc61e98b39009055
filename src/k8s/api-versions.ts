/**
 * Which API versions serve a kind scaleplan knows. The API server answers an object whose
 * `apiVersion` does not serve its `kind` with "no matches for kind … in version …", so such an
 * object never exists in the cluster: a `v1` PodDisruptionBudget protects nothing, an
 * `apps/v2` Deployment runs no pods. ManifestSet leaves these objects out of every index, so
 * no rule counts them; unknown-api-version reports them.
 */
import { SCHEMAS } from '../generated/schema-index.js';
import { API_DEPRECATIONS } from './deprecations.js';

interface KindVersions {
  /** `apiVersion`s that serve the kind (today, or in a release since 1.16). */
  apiVersions: Set<string>;
  builtIn: boolean;
}

let table: Map<string, KindVersions> | undefined;
let builtInGroups: Set<string> | undefined;

function groupOfApiVersion(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function load(): { kinds: Map<string, KindVersions>; groups: Set<string> } {
  if (table && builtInGroups) {
    return { kinds: table, groups: builtInGroups };
  }
  const kinds = new Map<string, KindVersions>();
  const groups = new Set<string>();
  const add = (apiVersion: string, kind: string, builtIn: boolean) => {
    let entry = kinds.get(kind);
    if (!entry) {
      entry = { apiVersions: new Set(), builtIn };
      kinds.set(kind, entry);
    }
    entry.apiVersions.add(apiVersion);
    if (builtIn) {
      groups.add(groupOfApiVersion(apiVersion));
    }
  };
  for (const [key, entry] of Object.entries(SCHEMAS)) {
    const slash = key.lastIndexOf('/');
    add(key.slice(0, slash), key.slice(slash + 1), entry.source === 'kubernetes');
  }
  // Removed versions the schema packages no longer carry (before 1.16) still existed.
  for (const deprecation of API_DEPRECATIONS) {
    add(deprecation.apiVersion, deprecation.kind, deprecation.project === undefined);
  }
  // A group that also holds custom resources (none today) is not the API server's alone.
  for (const [, entry] of kinds) {
    if (!entry.builtIn) {
      for (const apiVersion of entry.apiVersions) {
        groups.delete(groupOfApiVersion(apiVersion));
      }
    }
  }
  table = kinds;
  builtInGroups = groups;
  return { kinds, groups };
}

export interface UnservedApi {
  /** The API versions that do serve the kind, sorted. */
  servedBy: string[];
}

/**
 * Why an object's `apiVersion` cannot serve its `kind`, or undefined when it can or when
 * scaleplan cannot know: only a kind scaleplan has a schema for, under an API group that is
 * Kubernetes' own (the core group, `apps`, `policy`, `*.k8s.io` groups of built-in kinds). A
 * custom resource's own group may have versions newer than scaleplan's copy of its CRD, and
 * another project may reuse a kind name in its group (Knative's `serving.knative.dev` Service).
 */
export function unservedApi(apiVersion: string, kind: string): UnservedApi | undefined {
  if (apiVersion === '' || kind === '') {
    return undefined;
  }
  const { kinds, groups } = load();
  const entry = kinds.get(kind);
  if (!entry || entry.apiVersions.has(apiVersion) || !groups.has(groupOfApiVersion(apiVersion))) {
    return undefined;
  }
  return { servedBy: [...entry.apiVersions].sort() };
}
