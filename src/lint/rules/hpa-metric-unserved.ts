import {
  HPA_KIND,
  SCALED_OBJECT_KIND,
  readHpaMetrics,
  type HpaMetric,
} from '../../k8s/autoscaling.js';
import { asArray, asObject, type Manifest } from '../../k8s/manifest.js';
import type { ManifestSet } from '../../k8s/manifest-set.js';
import {
  CONFIG_MAP_KIND,
  DEFAULT_ADAPTER_DATA_KEYS,
  loadAdapterRegex,
  mayServe,
  readAdapterConfigs,
  type AdapterConfig,
  type AdapterList,
} from '../../k8s/metrics-adapter.js';
import type { FieldPath } from '../../source/locate.js';
import { locateInScalar } from '../../source/scalar-offsets.js';
import { closestMatch } from '../../shared/closest.js';
import { quotedList, wordList } from '../../shared/words.js';
import { defineRule, type RelatedDescriptor } from '../rule.js';

interface Options {
  dataKeys: string[];
}

/** The metric types an HPA reads from an adapter, the list that feeds them, and the failure event. */
const SOURCES: Readonly<
  Record<string, { list: AdapterList; field: string; api: string; reason: string }>
> = {
  Pods: { list: 'rules', field: 'pods', api: 'a custom', reason: 'FailedGetPodsMetric' },
  Object: { list: 'rules', field: 'object', api: 'a custom', reason: 'FailedGetObjectMetric' },
  External: {
    list: 'externalRules',
    field: 'external',
    api: 'an external',
    reason: 'FailedGetExternalMetric',
  },
};

/**
 * Whether KEDA made this HPA for a ScaledObject of the set (it names it `keda-hpa-<name>`
 * unless `advanced.horizontalPodAutoscalerConfig.name` says otherwise, and owns it): its
 * metrics come from KEDA's own metrics server, not from prometheus-adapter.
 */
function madeByKeda(hpa: Manifest, set: ManifestSet): boolean {
  const owners = asArray(hpa.get(['metadata', 'ownerReferences']));
  if (owners.some((owner) => asObject(owner)?.kind === SCALED_OBJECT_KIND)) {
    return true;
  }
  return set.byKindIn(SCALED_OBJECT_KIND, hpa.namespace).some((scaledObject) => {
    const name = scaledObject.get(['spec', 'advanced', 'horizontalPodAutoscalerConfig', 'name']);
    return (
      (typeof name === 'string' && name !== '' ? name : `keda-hpa-${scaledObject.name}`) ===
      hpa.name
    );
  });
}

function describeConfig(config: AdapterConfig): string {
  const { manifest } = config;
  return `ConfigMap ${manifest.namespace ? `${manifest.namespace}/` : ''}${manifest.name} (${config.key})`;
}

function metricNameField(hpa: Manifest, metric: HpaMetric, field: string): FieldPath {
  const base = [...metric.path, field];
  return hpa.get([...base, 'metric', 'name']) !== undefined
    ? [...base, 'metric', 'name']
    : [...base, 'metricName'];
}

export default defineRule<'unserved' | 'configInvalid', Options>({
  id: 'hpa-metric-unserved',
  meta: {
    description:
      "Require every Pods, Object and External metric of an HPA to be served by a rule of the set's prometheus-adapter configuration",
    severity: 'warning',
    category: 'autoscaling',
    kinds: [HPA_KIND, CONFIG_MAP_KIND],
    scope: 'set',
    messages: {
      unserved:
        'HorizontalPodAutoscaler "{{name}}" scales on the {{type}} metric "{{metric}}", but no rule of the prometheus-adapter configuration ({{configs}}) serves {{api}} metric of that name{{closest}}: the HPA reports {{reason}} and {{consequence}}. {{instead}}',
      configInvalid:
        'The prometheus-adapter configuration in {{config}} does not load: {{problem}}. The adapter exits at start-up, so the custom and external metrics APIs serve nothing, and no value reaches {{hpas}} for {{metrics}} (FailedGet…Metric: they do not scale on it). Fix the configuration.',
    },
    rationale:
      "An HPA's `Pods` and `Object` metrics are read from the custom metrics API (`custom.metrics.k8s.io`) and its `External` metrics from the external metrics API; prometheus-adapter serves both from its `--config` file: each rule of `rules` (custom) or `externalRules` (external) selects Prometheus series with `seriesQuery`, keeps those `seriesFilters` and `name.matches` match, and names each `name.as` (Go's regexp expansion on the `matches` match; without `as`, the one capture group or the whole series name). The API server accepts any metric name in an HPA, so a name no rule produces — a typo, the raw series name where the rule renames it, an External metric whose rule is in `rules` — applies cleanly and then the HPA gets no value: with no other metric the workload never scales; with other metrics it still scales up on those but never scales down while one metric fails. " +
      'When the set holds a prometheus-adapter configuration — a ConfigMap entry that a prometheus-adapter container of the set reads with `--config`, or an entry under `dataKeys` (default `config.yaml`) holding a mapping with `rules`, `externalRules` or `resourceRules`, as the Helm chart (`rules.existing`), kube-prometheus and `scaleplan compile` write it — each such metric must be served by one of its rules. The series name comes from the `seriesQuery` metric name or a `__name__="…"` matcher; when it is a regex, the name cannot be known without Prometheus, and a rule whose `as` uses captures is taken to serve any name of its shape (silent). A configuration that the adapter refuses — YAML that does not parse, a field its strict reader does not know, the Helm chart\'s `rules.custom` values pasted in, a `matches` that does not compile or has several captures and no `as` — is reported on the ConfigMap: the adapter exits and serves nothing. ' +
      "Silent when the set has no adapter configuration (the adapter may be configured elsewhere), for HPAs that KEDA makes for a ScaledObject of the set (KEDA's metrics server serves those), and for metrics of an HPA while the configuration does not load (that finding says it). What it does not check: that the series exist in Prometheus (for instance `DCGM_FI_DEV_FB_TOTAL`, which dcgm-exporter's default counters do not include: the exporter's counter list is outside the set), that the rule's `resources` map the pod or described object the HPA asks about, and which of KEDA and prometheus-adapter owns the external metrics API when a cluster runs both.",
    remediation:
      'Use the name the adapter serves (its `name.as`), or add a rule that serves the metric to `rules` (Pods and Object metrics) or `externalRules` (External metrics). Check with `kubectl get --raw /apis/custom.metrics.k8s.io/v1beta1` (or `external.metrics.k8s.io`) which names the adapter lists.',
    defaultOptions: { dataKeys: [...DEFAULT_ADAPTER_DATA_KEYS] },
    optionsSchema: {
      type: 'object',
      properties: {
        dataKeys: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'ConfigMap data keys read as a prometheus-adapter configuration when their content has `rules`, `externalRules` or `resourceRules` (entries a prometheus-adapter container of the set mounts as `--config` are read whatever their key).',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prometheus-adapter\n  namespace: monitoring\ndata:\n  config.yaml: |\n    rules:\n      - seriesQuery: \'http_requests_total{namespace!="",pod!=""}\'\n        resources:\n          overrides:\n            namespace: {resource: namespace}\n            pod: {resource: pod}\n        name:\n          matches: ^(.*)_total$\n          as: ${1}_per_second\n        metricsQuery: sum(rate(<<.Series>>{<<.LabelMatchers>>}[2m])) by (<<.GroupBy>>)\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Pods\n      pods:\n        metric: {name: http_requests_total}\n        target: {type: AverageValue, averageValue: "10"}\n',
      correct:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prometheus-adapter\n  namespace: monitoring\ndata:\n  config.yaml: |\n    rules:\n      - seriesQuery: \'http_requests_total{namespace!="",pod!=""}\'\n        resources:\n          overrides:\n            namespace: {resource: namespace}\n            pod: {resource: pod}\n        name:\n          matches: ^(.*)_total$\n          as: ${1}_per_second\n        metricsQuery: sum(rate(<<.Series>>{<<.LabelMatchers>>}[2m])) by (<<.GroupBy>>)\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Pods\n      pods:\n        metric: {name: http_requests_per_second}\n        target: {type: AverageValue, averageValue: "10"}\n',
    },
    peers:
      'No peer linter reads prometheus-adapter configurations or checks that an HPA metric is served; kube-linter, kube-score, Polaris and the Kyverno policies accept any metric name.',
  },
  async prepare(manifests) {
    if (
      manifests.some((manifest) => manifest.kind === CONFIG_MAP_KIND) &&
      manifests.some((manifest) => manifest.kind === HPA_KIND)
    ) {
      await loadAdapterRegex();
    }
  },
  create(context) {
    let configs: AdapterConfig[] | undefined;
    const configsOf = (options: Options): AdapterConfig[] => {
      configs ??= readAdapterConfigs(context.set, options.dataKeys);
      return configs;
    };

    /** The Pods, Object and External metrics of the HPAs prometheus-adapter has to serve. */
    const adapterMetrics = (hpa: Manifest) =>
      hpa.apiVersion === 'autoscaling/v1' || madeByKeda(hpa, context.set)
        ? []
        : readHpaMetrics(hpa).flatMap((metric) => {
            const source = SOURCES[metric.type];
            return source && metric.name !== undefined && metric.name !== ''
              ? [{ metric, name: metric.name, source }]
              : [];
          });

    // The HPAs that need the adapter, found once per set (not once per ConfigMap).
    let users: { hpa: Manifest; metrics: ReturnType<typeof adapterMetrics> }[] | undefined;
    const usersOf = () =>
      (users ??= context.set
        .byKind(HPA_KIND)
        .map((hpa) => ({ hpa, metrics: adapterMetrics(hpa) }))
        .filter((entry) => entry.metrics.length > 0));

    const relatedOf = (config: AdapterConfig): RelatedDescriptor => ({
      manifest: config.manifest,
      path: ['data', config.key],
      message: `The prometheus-adapter configuration in ${describeConfig(config)}.`,
    });

    return {
      [CONFIG_MAP_KIND](configMap, options) {
        const users = usersOf();
        // Without an HPA that needs the adapter nothing is judged, and `prepare` (which loads
        // the regex engine only for sets with HPAs) may not have run: read no config at all.
        if (users.length === 0) {
          return;
        }
        for (const config of configsOf(options)) {
          if (config.manifest !== configMap || !config.problem) {
            continue;
          }
          const path: FieldPath = ['data', config.key];
          const scalar = configMap.locate(path, 'value');
          const value = configMap.get(path) as string;
          const range =
            scalar && !scalar.approximate
              ? locateInScalar(scalar, value, config.problem.from, config.problem.to)
              : undefined;
          const names = [...new Set(users.flatMap((entry) => entry.metrics.map((m) => m.name)))];
          context.report({
            manifest: configMap,
            path,
            messageId: 'configInvalid',
            data: {
              config: describeConfig(config),
              problem: config.problem.message,
              metrics: `${names.length === 1 ? 'the metric' : 'the metrics'} ${quotedList(names)}`,
              hpas: `${users.length === 1 ? 'HorizontalPodAutoscaler' : 'HorizontalPodAutoscalers'} ${quotedList(users.map((entry) => entry.hpa.name))}`,
            },
            related: users.map(({ hpa }) => ({
              manifest: hpa,
              path: ['spec', 'metrics'],
              target: 'key' as const,
              message: `HorizontalPodAutoscaler "${hpa.name}" scales on metrics of the adapter.`,
            })),
            ...(range ? { range } : {}),
          });
        }
      },
      [HPA_KIND](hpa, options) {
        const all = configsOf(options);
        // No configuration: the adapter may be configured elsewhere. One that does not load is
        // reported on its ConfigMap, once.
        if (all.length === 0 || all.some((config) => config.problem)) {
          return;
        }
        const metrics = adapterMetrics(hpa);
        const total = readHpaMetrics(hpa).length;
        for (const { metric, name, source } of metrics) {
          const rules = all.flatMap((config) => config.rules.map((rule) => ({ config, rule })));
          const listed = rules.filter(({ rule }) => rule.list === source.list);
          if (listed.some(({ rule }) => mayServe(rule, name) !== false)) {
            continue;
          }
          const served = [
            ...new Set(
              listed.flatMap(({ rule }) => (rule.served.kind === 'names' ? rule.served.names : [])),
            ),
          ];
          const closest = closestMatch(name, served, { maxDistance: Infinity });
          const otherList = source.list === 'rules' ? 'externalRules' : 'rules';
          const inOther = rules.find(
            ({ rule }) => rule.list === otherList && mayServe(rule, name) === true,
          );
          context.report({
            manifest: hpa,
            path: metricNameField(hpa, metric, source.field),
            messageId: 'unserved',
            data: {
              name: hpa.name,
              type: metric.type,
              metric: name,
              configs: wordList(all.map(describeConfig)),
              api: source.api,
              closest: closest
                ? ` (the closest it serves is "${closest}")`
                : listed.length === 0
                  ? ` (it has no ${source.list})`
                  : '',
              reason: source.reason,
              consequence:
                total > 1
                  ? 'never scales down while it fails (it still scales up on its other metrics)'
                  : 'never scales the workload',
              instead: inOther
                ? `A rule of ${otherList} serves "${name}", but ${otherList === 'rules' ? 'those are custom metrics, which External metrics do not read: move the rule to externalRules or use a Pods or Object metric' : 'those are external metrics, which Pods and Object metrics do not read: move the rule to rules or use an External metric'}.`
                : `Use the name a rule serves (its name.as), or add a rule to ${source.list} whose series or name.as gives "${name}".`,
            },
            related: (inOther ? [inOther.config] : all).map(relatedOf),
          });
        }
      },
    };
  },
});
