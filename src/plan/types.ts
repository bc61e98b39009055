/**
 * The ScalePlan spec types. They are generated from schemas/scaleplan.schema.json
 * (src/generated/scaleplan-spec.ts); this module only re-exports them under stable names.
 */
export type {
  AdapterRuleSpec,
  AlertRuleSpec,
  AlertsSpec,
  CustomMetric,
  DcgmSettings,
  DisruptionSpec,
  EnvironmentSpec,
  IngressRoute,
  IngressSpec,
  IngressTlsSpec,
  KedaSpec,
  LatencyTarget,
  MonitoringSpec,
  NodePoolSpec,
  ObjectNames,
  ObjectReference,
  PlacementSpec,
  PlanAlertsSpec,
  PriorityClassSpec,
  PrometheusSettings,
  QuotaSpec,
  ReplicasSpec,
  ResourceAmounts,
  ResourcesSpec,
  ScaleOnSpec,
  ScalePlan,
  ScalePlanMetadata,
  ScalePlanSpec,
  ScalingRulesSpec,
  SharedIngressSpec,
  TaintSpec,
  VpaBounds,
  VpaSpec,
  WorkloadSpec,
} from '../generated/scaleplan-spec.js';

/** The one version of the format this release reads. */
export const SPEC_API_VERSION = 'scaleplan.dev/v1alpha1';
export const SPEC_KIND = 'ScalePlan';
/** The environment a spec without `environments` compiles to. */
export const DEFAULT_ENVIRONMENT = 'default';
/** The cluster of an environment that names none: every such environment shares it. */
export const DEFAULT_CLUSTER = 'default';
/**
 * The directory under the output directory that holds one directory per cluster
 * (`<output>/clusters/<cluster>/`); no environment may be called this.
 */
export const CLUSTERS_DIRECTORY = 'clusters';
