/**
 * Deprecated and removed apiVersion/kind pairs, after the Kubernetes Deprecated API Migration
 * Guide (kubernetes.io/docs/reference/using-api/deprecation-guide) and the
 * `prerelease-lifecycle-gen` deprecated/removed tags of k8s.io/api. "Deprecated in" is the
 * release from which the API server answers with a deprecation warning; "removed in" the
 * first release that no longer serves it.
 */

export interface ApiDeprecation {
  apiVersion: string;
  kind: string;
  /** Kubernetes `major.minor` (or, for `project` entries, that project's release). */
  deprecatedIn: string;
  /** First release that no longer serves the API; absent when no removal is scheduled. */
  removedIn?: string;
  /** What to use instead: `apps/v1` (same kind), `discovery.k8s.io/v1 EndpointSlice`, or a hint. */
  replacement: string;
  /** The migration step people miss, when there is one. */
  note?: string;
  /**
   * For custom resources: the project whose CRD serves the API. Its releases are not tied to
   * the Kubernetes version, so these entries are warnings at every `--kube-version`.
   */
  project?: string;
}

const SELECTOR_REQUIRED = 'spec.selector becomes required and must match the template labels';

function workloads(
  apiVersion: string,
  kinds: readonly string[],
  deprecatedIn: string,
): ApiDeprecation[] {
  return kinds.map((kind) => ({
    apiVersion,
    kind,
    deprecatedIn,
    removedIn: '1.16',
    replacement: 'apps/v1',
    note: SELECTOR_REQUIRED,
  }));
}

function group(
  apiVersion: string,
  kinds: readonly string[],
  deprecatedIn: string,
  removedIn: string,
  replacement: string,
): ApiDeprecation[] {
  return kinds.map((kind) => ({ apiVersion, kind, deprecatedIn, removedIn, replacement }));
}

/**
 * Alpha versions may disappear in any release without a deprecation period (the deprecation
 * policy's "alpha: 0 releases"): they are served, off by default, up to the release that
 * drops them, and reported only from there on.
 */
function removedAlpha(
  apiVersion: string,
  kinds: readonly string[],
  removedIn: string,
  replacement: string,
): ApiDeprecation[] {
  return group(apiVersion, kinds, removedIn, removedIn, replacement);
}

const INGRESS_NOTE =
  'backend.serviceName/servicePort become backend.service.name and backend.service.port.number (or .name), and pathType is required';

export const API_DEPRECATIONS: readonly ApiDeprecation[] = [
  // Removed in 1.16
  ...workloads('extensions/v1beta1', ['DaemonSet', 'Deployment', 'ReplicaSet'], '1.8'),
  ...workloads('apps/v1beta1', ['Deployment', 'StatefulSet'], '1.8'),
  ...workloads('apps/v1beta2', ['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'], '1.9'),
  ...group('apps/v1beta1', ['ControllerRevision'], '1.8', '1.16', 'apps/v1'),
  ...group('apps/v1beta2', ['ControllerRevision'], '1.9', '1.16', 'apps/v1'),
  ...group('extensions/v1beta1', ['NetworkPolicy'], '1.9', '1.16', 'networking.k8s.io/v1'),
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'PodSecurityPolicy',
    deprecatedIn: '1.11',
    removedIn: '1.16',
    replacement: 'Pod Security Admission (PodSecurityPolicy is gone since 1.25)',
  },
  // Removed in 1.22
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'Ingress',
    deprecatedIn: '1.14',
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
    note: INGRESS_NOTE,
  },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kind: 'Ingress',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
    note: INGRESS_NOTE,
  },
  ...group('networking.k8s.io/v1beta1', ['IngressClass'], '1.19', '1.22', 'networking.k8s.io/v1'),
  ...group(
    'admissionregistration.k8s.io/v1beta1',
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    '1.16',
    '1.22',
    'admissionregistration.k8s.io/v1',
  ),
  ...group(
    'apiextensions.k8s.io/v1beta1',
    ['CustomResourceDefinition'],
    '1.16',
    '1.22',
    'apiextensions.k8s.io/v1',
  ),
  ...group(
    'apiregistration.k8s.io/v1beta1',
    ['APIService'],
    '1.19',
    '1.22',
    'apiregistration.k8s.io/v1',
  ),
  ...group(
    'authentication.k8s.io/v1beta1',
    ['TokenReview'],
    '1.19',
    '1.22',
    'authentication.k8s.io/v1',
  ),
  ...group(
    'authorization.k8s.io/v1beta1',
    [
      'LocalSubjectAccessReview',
      'SelfSubjectAccessReview',
      'SelfSubjectRulesReview',
      'SubjectAccessReview',
    ],
    '1.19',
    '1.22',
    'authorization.k8s.io/v1',
  ),
  ...group(
    'certificates.k8s.io/v1beta1',
    ['CertificateSigningRequest'],
    '1.19',
    '1.22',
    'certificates.k8s.io/v1',
  ),
  ...group('coordination.k8s.io/v1beta1', ['Lease'], '1.19', '1.22', 'coordination.k8s.io/v1'),
  ...group(
    'rbac.authorization.k8s.io/v1beta1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    '1.17',
    '1.22',
    'rbac.authorization.k8s.io/v1',
  ),
  ...group('scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.14', '1.22', 'scheduling.k8s.io/v1'),
  ...group(
    'storage.k8s.io/v1beta1',
    ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
    '1.19',
    '1.22',
    'storage.k8s.io/v1',
  ),
  // Removed in 1.25
  ...group('batch/v1beta1', ['CronJob'], '1.21', '1.25', 'batch/v1'),
  ...group('discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.21', '1.25', 'discovery.k8s.io/v1'),
  ...group('events.k8s.io/v1beta1', ['Event'], '1.19', '1.25', 'events.k8s.io/v1'),
  {
    apiVersion: 'autoscaling/v2beta1',
    kind: 'HorizontalPodAutoscaler',
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: 'autoscaling/v2',
    note: 'targetAverageUtilization and targetAverageValue move into a target block of type Utilization or AverageValue',
  },
  {
    apiVersion: 'policy/v1beta1',
    kind: 'PodDisruptionBudget',
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: 'policy/v1',
    note: 'an empty spec.selector now selects every pod in the namespace instead of none',
  },
  {
    apiVersion: 'policy/v1beta1',
    kind: 'PodSecurityPolicy',
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: 'Pod Security Admission (pod-security.kubernetes.io namespace labels)',
  },
  ...group('node.k8s.io/v1beta1', ['RuntimeClass'], '1.20', '1.25', 'node.k8s.io/v1'),
  // Removed in 1.26
  {
    apiVersion: 'autoscaling/v2beta2',
    kind: 'HorizontalPodAutoscaler',
    deprecatedIn: '1.23',
    removedIn: '1.26',
    replacement: 'autoscaling/v2',
  },
  ...group(
    'flowcontrol.apiserver.k8s.io/v1beta1',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.23',
    '1.26',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  // Removed in 1.27
  ...group('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.24', '1.27', 'storage.k8s.io/v1'),
  // Removed in 1.29
  ...group(
    'flowcontrol.apiserver.k8s.io/v1beta2',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.26',
    '1.29',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  // Removed in 1.32
  ...group(
    'flowcontrol.apiserver.k8s.io/v1beta3',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.29',
    '1.32',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  // Alpha versions removed, after each release's CHANGELOG ("Removed APIs")
  ...removedAlpha(
    'admissionregistration.k8s.io/v1alpha1',
    ['InitializerConfiguration'],
    '1.14',
    'a mutating admission webhook (admissionregistration.k8s.io/v1 MutatingWebhookConfiguration); initializers are gone',
  ),
  ...removedAlpha(
    'auditregistration.k8s.io/v1alpha1',
    ['AuditSink'],
    '1.19',
    "the API server's --audit-webhook-config-file (dynamic audit sinks are gone)",
  ),
  ...removedAlpha(
    'settings.k8s.io/v1alpha1',
    ['PodPreset'],
    '1.20',
    'the fields in the pod templates themselves, or a mutating admission webhook (PodPreset is gone)',
  ),
  ...removedAlpha('batch/v2alpha1', ['CronJob'], '1.21', 'batch/v1'),
  ...removedAlpha(
    'flowcontrol.apiserver.k8s.io/v1alpha1',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.21',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  ...group(
    'rbac.authorization.k8s.io/v1alpha1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    '1.17',
    '1.22',
    'rbac.authorization.k8s.io/v1',
  ),
  ...removedAlpha(
    'networking.k8s.io/v1alpha1',
    ['ClusterCIDR'],
    '1.29',
    "kube-controller-manager's --cluster-cidr (ClusterCIDR is gone)",
  ),
  ...removedAlpha(
    'resource.k8s.io/v1alpha2',
    [
      'PodSchedulingContext',
      'ResourceClaim',
      'ResourceClaimParameters',
      'ResourceClaimTemplate',
      'ResourceClass',
      'ResourceClassParameters',
      'ResourceSlice',
    ],
    '1.31',
    'resource.k8s.io/v1 (structured parameters: DeviceClass instead of ResourceClass)',
  ),
  // Deprecated, no removal scheduled
  {
    apiVersion: 'v1',
    kind: 'Endpoints',
    deprecatedIn: '1.33',
    replacement: 'discovery.k8s.io/v1 EndpointSlice',
    note: 'a selector-less Service gets its endpoints from EndpointSlices labelled kubernetes.io/service-name',
  },
  // Custom resources
  {
    apiVersion: 'autoscaling.k8s.io/v1beta2',
    kind: 'VerticalPodAutoscaler',
    deprecatedIn: '0.13',
    removedIn: '1.3',
    replacement: 'autoscaling.k8s.io/v1',
    project: 'Vertical Pod Autoscaler',
  },
];

const byKey = new Map(
  API_DEPRECATIONS.map((entry) => [`${entry.apiVersion}/${entry.kind}`, entry]),
);

export function findDeprecation(apiVersion: string, kind: string): ApiDeprecation | undefined {
  return byKey.get(`${apiVersion}/${kind}`);
}

/** Compares `major.minor` versions numerically (1.9 < 1.16). */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = parsedVersion(a);
  const [bMajor, bMinor] = parsedVersion(b);
  return aMajor - bMajor || aMinor - bMinor;
}

/**
 * Versions as numbers, parsed once: the few versions compared (the run's --kube-version and
 * the constants of the rules) are compared for every workload of a set.
 */
const PARSED_VERSIONS = new Map<string, readonly [number, number]>();

function parsedVersion(version: string): readonly [number, number] {
  let parsed = PARSED_VERSIONS.get(version);
  if (!parsed) {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    parsed = [major, minor];
    // Bounded, should a caller ever compare versions read from input.
    if (PARSED_VERSIONS.size < 64) {
      PARSED_VERSIONS.set(version, parsed);
    }
  }
  return parsed;
}

export type ApiState = 'removed' | 'deprecated';

export interface ApiStatus {
  state: ApiState;
  deprecation: ApiDeprecation;
}

/**
 * Whether an apiVersion/kind is removed or deprecated at a Kubernetes version; undefined when
 * it is served without warning. Custom resources of other projects are never "removed" by
 * a Kubernetes version: their CRD decides.
 */
export function apiStatus(
  apiVersion: string,
  kind: string,
  kubeVersion: string,
): ApiStatus | undefined {
  const deprecation = findDeprecation(apiVersion, kind);
  if (!deprecation) {
    return undefined;
  }
  if (deprecation.project) {
    return { state: 'deprecated', deprecation };
  }
  if (deprecation.removedIn && compareVersions(kubeVersion, deprecation.removedIn) >= 0) {
    return { state: 'removed', deprecation };
  }
  if (compareVersions(kubeVersion, deprecation.deprecatedIn) >= 0) {
    return { state: 'deprecated', deprecation };
  }
  return undefined;
}
