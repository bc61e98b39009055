import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  SourceFile,
  cleanYamlMessage,
  describeType,
  describeValue,
  loadAllFast,
  locateInDocument,
  locateInScalar,
  pointerToPath,
  valueAt
} from "./chunk-AQRGXSGC.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  closestMatch
} from "./chunk-CABQTM2P.js";

// src/plan/problems.ts
function describeField(path) {
  let text = "";
  for (let segment of path)
    typeof segment == "number" ? text += `[${segment}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment) ? text += text === "" ? segment : `.${segment}` : text += `[${JSON.stringify(segment)}]`;
  return text;
}
function formatProblem(problem) {
  let where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.field === "" ? `${where}: ${problem.message}` : `${where}: ${problem.field}: ${problem.message}`;
}
var SpecInvalidError = class extends ScaleplanError {
  constructor(problems) {
    let first = problems[0];
    super(
      "SPEC_INVALID",
      problems.length === 1 && first ? first.message : `The spec has ${problems.length} problems.`,
      first ? { file: first.file, line: first.line, column: first.column } : void 0
    );
    this.problems = problems;
  }
  problems;
  format() {
    let lines = this.problems.map(formatProblem), count = this.problems.length;
    return `${lines.join(`
`)}
${count} problem${count === 1 ? "" : "s"} in the spec; nothing was written.`;
  }
};

// src/plan/load.ts
import fs from "node:fs";

// schemas/scaleplan.schema.json
var scaleplan_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://scaleplan.dev/schemas/scaleplan.schema.json",
  title: "ScalePlan",
  description: "A ScalePlan: the scaling setup of a set of workloads, compiled by `scaleplan compile` into one Kustomize overlay per environment.",
  type: "object",
  additionalProperties: !1,
  required: [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  properties: {
    apiVersion: {
      description: "Version of the ScalePlan format. Always `scaleplan.dev/v1alpha1`.",
      type: "string",
      const: "scaleplan.dev/v1alpha1"
    },
    kind: {
      description: "Always `ScalePlan`.",
      type: "string",
      const: "ScalePlan"
    },
    metadata: {
      $ref: "#/definitions/metadata"
    },
    spec: {
      $ref: "#/definitions/spec"
    }
  },
  definitions: {
    metadata: {
      title: "ScalePlanMetadata",
      description: "Identifies the plan. `name` names the generated prometheus-adapter ConfigMap and appears in every generated file header.",
      type: "object",
      additionalProperties: !1,
      required: [
        "name"
      ],
      properties: {
        name: {
          description: "Name of the plan: a DNS label (lower-case letters, digits and `-`, at most 63 characters).",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
        },
        description: {
          description: "Free text shown at the top of each RUNBOOK.md.",
          type: "string"
        }
      }
    },
    spec: {
      title: "ScalePlanSpec",
      description: "What to generate. The smallest useful spec is a `base` and one workload with `replicas` and one `scaleOn` target.",
      type: "object",
      additionalProperties: !1,
      required: [
        "base",
        "workloads"
      ],
      properties: {
        base: {
          description: "Kustomize directory (holding kustomization.yaml) with the workloads, relative to this file. Must stay inside the repository (the git root, or this file's directory outside git), with everything it builds from. A single manifest file cannot be a base: Kustomize refuses files outside an overlay's own directory.",
          type: "string",
          pattern: "\\S"
        },
        namespace: {
          description: "Namespace of every generated and base object (Kustomize `namespace`). Default: leave namespaces as the base has them.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
        },
        kubeVersion: {
          description: `Kubernetes version the overlays target, as "MAJOR.MINOR" (quote it: 1.30 unquoted is the number 1.3). Used for linting the compiled set. Default: the linter's default.`,
          type: "string",
          pattern: "^v?[0-9]+\\.[0-9]+$"
        },
        namePrefix: {
          description: "Kustomize `namePrefix` for every object. VPA and KEDA target references are rewritten too (the overlay carries the nameReference configuration). Default: none.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*)?$"
        },
        nameSuffix: {
          description: "Kustomize `nameSuffix` for every object, like `namePrefix`. Default: none.",
          type: "string",
          pattern: "^([-a-z0-9]*[a-z0-9])?$"
        },
        labels: {
          description: "Labels added to the metadata of every object (Kustomize `labels`, selectors untouched). Default: none.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        prometheus: {
          $ref: "#/definitions/prometheus"
        },
        alerts: {
          $ref: "#/definitions/planAlerts"
        },
        priorityClasses: {
          description: "PriorityClasses to create, by name. Workloads refer to them with `priorityClass`. They are cluster-scoped, so they are compiled into the cluster directory `<output>/clusters/<cluster>/`, once per cluster.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/priorityClass"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        quotas: {
          description: "ResourceQuotas to create in the namespace, by name.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/quota"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        nodePools: {
          description: "Node pools: where workloads can be placed (`placement.nodePool`) and how much capacity each offers at its maximum size.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/nodePool"
          },
          propertyNames: {
            pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"
          }
        },
        workloads: {
          description: "The workloads to scale, by the name of the Deployment or StatefulSet in the base.",
          type: "object",
          minProperties: 1,
          additionalProperties: {
            $ref: "#/definitions/workload"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        ingresses: {
          description: "Ingresses shared by several workloads, by name: one host with a path per workload (`routes`). A workload may also have its own `ingress`.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/sharedIngress"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        environments: {
          description: "Environments, each compiled to its own overlay directory `<output>/<name>/` holding only objects of its namespace; cluster-wide objects go to `<output>/clusters/<cluster>/` (see `cluster`). Default: one environment, `default`, with no overrides. Names are DNS labels (they become directory names); `clusters` is taken by the cluster directories.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/environment"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
          }
        }
      }
    },
    prometheus: {
      title: "PrometheusSettings",
      description: "Where metrics come from and the defaults for metric names. Every field has a default.",
      type: "object",
      additionalProperties: !1,
      properties: {
        url: {
          description: "Prometheus base URL that KEDA Prometheus triggers query. Default: `http://prometheus-operated.monitoring.svc:9090`.",
          type: "string",
          default: "http://prometheus-operated.monitoring.svc:9090",
          pattern: "^https?://"
        },
        adapterNamespace: {
          description: "Namespace of prometheus-adapter; its rules ConfigMap is generated there, in the cluster directory `<output>/clusters/<cluster>/`. Default: `monitoring`.",
          type: "string",
          default: "monitoring",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
        },
        adapterConfigMap: {
          description: "Name of the prometheus-adapter rules ConfigMap, generated into the cluster directory (install the adapter chart with `rules.existing` set to it). One per cluster: every ScalePlan on the cluster but the one that writes it sets `adapterRulesOnly`. Default: `<metadata.name>-prometheus-adapter`.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"
        },
        adapterRulesFrom: {
          description: "Rules files of other ScalePlans on the same cluster (their `<output>/clusters/<cluster>/prometheus-adapter-rules.yaml`, relative to this spec, inside the repository), merged with this plan's rules into the one ConfigMap the adapter reads. A metric name defined differently by two plans is an error. Default: none.",
          type: "array",
          items: {
            type: "string",
            pattern: "\\S"
          },
          uniqueItems: !0
        },
        adapterRulesOnly: {
          description: "Write only this plan's rules file (`prometheus-adapter-rules.yaml` in the cluster directory), no ConfigMap: another ScalePlan on the cluster owns the adapter's ConfigMap and lists this file in its `adapterRulesFrom`. Default: false.",
          type: "boolean",
          default: !1
        },
        adapterRules: {
          description: "prometheus-adapter rules of your own, in the adapter's `--config` format (`rules` for custom metrics, `externalRules` for external ones; each with `seriesQuery`, `resources`, `name`, `metricsQuery`). A rule whose `name.as` is a metric the plan generates a rule for replaces the generated rule; the others are added. They go into the cluster's adapter ConfigMap and rules file like the generated ones; `seriesQuery` is checked as PromQL and `name.matches` as a Go regexp when the spec is compiled. Default: none.",
          type: "object",
          additionalProperties: !1,
          properties: {
            rules: {
              description: "Custom metrics API rules (`rules` of the adapter configuration).",
              type: "array",
              items: {
                $ref: "#/definitions/adapterRule"
              }
            },
            externalRules: {
              description: "External metrics API rules (`externalRules` of the adapter configuration).",
              type: "array",
              items: {
                $ref: "#/definitions/adapterRule"
              }
            }
          }
        },
        ruleLabels: {
          description: "Labels put on generated ServiceMonitors and PrometheusRules (and, with `scrape: annotations`, on the rule ConfigMaps) so that the Prometheus `serviceMonitorSelector`/`ruleSelector` picks them up (kube-prometheus-stack: `release: <release name>`). Default: none.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        scrape: {
          description: "How Prometheus finds the workloads' metrics (`monitoring`). `serviceMonitor`: a ServiceMonitor per workload and alerts as PrometheusRules, which assumes the Prometheus Operator (kube-prometheus-stack) runs in the cluster and selects them (`ruleLabels`). `annotations`: for a Prometheus without the operator, the pod template gets `prometheus.io/scrape`, `prometheus.io/port` and `prometheus.io/path` (read by the `kubernetes-pods` scrape job of Prometheus' example configuration and the prometheus-community chart), and the alerts are written as Prometheus rule files in ConfigMaps (`<workload>-scaling` and, for `spec.alerts`, `<metadata.name>-alerts`, each under the key `<name>.rules.yaml`) to mount into Prometheus and list in `rule_files`. `monitoring.interval` and `scrapeTimeout` are then the scrape job's, not the spec's. Default: `serviceMonitor`.",
          type: "string",
          enum: [
            "serviceMonitor",
            "annotations"
          ],
          default: "serviceMonitor"
        },
        requestsMetric: {
          description: "Counter of served requests, labelled with `pod` and `namespace` (used for `requestsPerSecond` and the error-rate alert). Default: `http_requests_total`.",
          type: "string",
          default: "http_requests_total",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        latencyMetric: {
          description: "Request-duration histogram, without the `_bucket` suffix (used for `scaleOn.latency` and the latency alert). Default: `http_request_duration_seconds`.",
          type: "string",
          default: "http_request_duration_seconds",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        errorMatcher: {
          description: 'PromQL label matcher that selects failed requests in `requestsMetric`. Default: `code=~"5.."`.',
          type: "string",
          default: 'code=~"5.."',
          pattern: "\\S"
        },
        errorsMetric: {
          description: "Counter of failed requests, labelled with `pod` and `namespace`, for services that count failures separately. When set, the error-rate alert divides its rate by the rate of `requestsMetric` (and `errorMatcher` is not used). Default: none (failures are `requestsMetric{errorMatcher}`).",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        dcgm: {
          $ref: "#/definitions/dcgm"
        }
      }
    },
    priorityClass: {
      title: "PriorityClassSpec",
      description: "A PriorityClass (scheduling.k8s.io/v1).",
      type: "object",
      additionalProperties: !1,
      required: [
        "value"
      ],
      properties: {
        value: {
          description: "Priority; higher schedules (and preempts) first. At most 1,000,000,000 (larger values are reserved for system classes).",
          type: "integer",
          minimum: -2147483648,
          maximum: 1e9
        },
        description: {
          description: "What the class is for.",
          type: "string"
        },
        globalDefault: {
          description: "Make this the priority of pods without a `priorityClassName`. At most one class may be the global default. Default: false.",
          type: "boolean",
          default: !1
        },
        preemptionPolicy: {
          description: "`PreemptLowerPriority` (default) or `Never` (waits instead of evicting lower-priority pods).",
          type: "string",
          enum: [
            "PreemptLowerPriority",
            "Never"
          ],
          default: "PreemptLowerPriority"
        }
      }
    },
    quota: {
      title: "QuotaSpec",
      description: "A ResourceQuota. Shorthands: `cpu` \u2192 `requests.cpu`, `memory` \u2192 `requests.memory`, `gpu` \u2192 `requests.nvidia.com/gpu`.",
      type: "object",
      additionalProperties: !1,
      properties: {
        cpu: {
          description: 'Total CPU requests in the namespace (`requests.cpu`), e.g. `"200"` or `500m`.',
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        memory: {
          description: "Total memory requests (`requests.memory`), e.g. `800Gi`.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        gpu: {
          description: "Total GPUs requested (`requests.nvidia.com/gpu`; Kubernetes supports only the `requests.` form for extended resources).",
          type: "integer",
          minimum: 0
        },
        pods: {
          description: "Number of pods (`pods`).",
          type: "integer",
          minimum: 0
        },
        limits: {
          description: "Totals of limits (`limits.cpu`, `limits.memory`). Every container in the namespace must then set these limits.",
          type: "object",
          additionalProperties: !1,
          properties: {
            cpu: {
              description: "Total CPU limits (`limits.cpu`).",
              anyOf: [
                {
                  type: "string",
                  pattern: "\\S"
                },
                {
                  type: "number",
                  minimum: 0
                }
              ]
            },
            memory: {
              description: "Total memory limits (`limits.memory`).",
              anyOf: [
                {
                  type: "string",
                  pattern: "\\S"
                },
                {
                  type: "number",
                  minimum: 0
                }
              ]
            }
          }
        },
        hard: {
          description: "Any other `spec.hard` entries, verbatim (e.g. `count/jobs.batch: 10`). Extended resources must use the `requests.` prefix.",
          type: "object",
          additionalProperties: {
            anyOf: [
              {
                type: "string"
              },
              {
                type: "number"
              }
            ]
          }
        }
      }
    },
    nodePool: {
      title: "NodePoolSpec",
      description: "A group of identical nodes, selected by its instance types and/or node labels. Workloads placed on it get node affinity to those (required by default, or preferred), and tolerations for its taints (and for `nvidia.com/gpu` when it has GPUs).",
      type: "object",
      additionalProperties: !1,
      properties: {
        instanceTypes: {
          description: "Instance types of the pool, matched against the node label `node.kubernetes.io/instance-type`. Optional: give them only when the pool is defined by them; a pool can be selected by `labels` alone (e.g. a node-group label).",
          type: "array",
          minItems: 1,
          uniqueItems: !0,
          items: {
            type: "string",
            pattern: "\\S"
          }
        },
        labels: {
          description: "Node labels that select the pool's nodes (node affinity `In`), e.g. `{eks.amazonaws.com/nodegroup: gpu}` or `{nvidia.com/gpu.product: Tesla-T4}`. Default: none.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        gpus: {
          description: "GPUs (`nvidia.com/gpu`) per node. Default: 0.",
          type: "integer",
          minimum: 0,
          default: 0
        },
        cpu: {
          description: "Allocatable CPU per node, for the capacity check in RUNBOOK.md.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        memory: {
          description: "Allocatable memory per node, for the capacity check in RUNBOOK.md.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        min: {
          description: "Minimum node count (cluster autoscaler). Default: 0.",
          type: "integer",
          minimum: 0,
          default: 0
        },
        max: {
          description: "Maximum node count (cluster autoscaler); capacity at max scale is computed against it.",
          type: "integer",
          minimum: 1
        },
        taints: {
          description: "Taints on the pool's nodes; placed pods tolerate them. GPU pools need not list `nvidia.com/gpu`: it is tolerated automatically.",
          type: "array",
          items: {
            $ref: "#/definitions/taint"
          }
        }
      }
    },
    taint: {
      title: "TaintSpec",
      description: "A node taint.",
      type: "object",
      additionalProperties: !1,
      required: [
        "key",
        "effect"
      ],
      properties: {
        key: {
          description: "Taint key.",
          type: "string",
          pattern: "\\S"
        },
        value: {
          description: "Taint value; omitted means the toleration uses `operator: Exists`.",
          type: "string"
        },
        effect: {
          description: "Taint effect.",
          type: "string",
          enum: [
            "NoSchedule",
            "PreferNoSchedule",
            "NoExecute"
          ]
        }
      }
    },
    environment: {
      title: "EnvironmentSpec",
      description: "One environment. Its fields override the top-level ones; `workloads` entries merge onto the workloads of the same name (objects merge key by key; lists and scalars replace). Required fields of a block (an ingress host, a node pool's instance types) may come from either side; they are checked after merging.",
      type: "object",
      additionalProperties: !1,
      properties: {
        namespace: {
          description: "Namespace for this environment. Default: `spec.namespace`.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
        },
        cluster: {
          description: "The cluster this environment is deployed to. Environments with the same cluster share it: the cluster-wide objects (PriorityClasses, the prometheus-adapter rules ConfigMap) are compiled once for the cluster into `<output>/clusters/<cluster>/`, never into an environment's overlay, and the environments must agree on them. Environments on one cluster need namespaces of their own. Default: `default` (every environment on one cluster).",
          type: "string",
          default: "default",
          pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
        },
        namePrefix: {
          description: "Name prefix for this environment. Default: `spec.namePrefix`.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*)?$"
        },
        nameSuffix: {
          description: "Name suffix for this environment. Default: `spec.nameSuffix`.",
          type: "string",
          pattern: "^([-a-z0-9]*[a-z0-9])?$"
        },
        labels: {
          description: "Labels merged onto `spec.labels`.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        priorityClasses: {
          description: "PriorityClasses by name, merged onto `spec.priorityClasses` (the environment's cluster gets them). PriorityClasses are cluster-wide: environments on one cluster must define a class the same way, so a value that differs belongs on another cluster.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/priorityClass"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        prometheus: {
          $ref: "#/definitions/prometheus"
        },
        alerts: {
          $ref: "#/definitions/planAlerts"
        },
        quotas: {
          description: "Quotas by name, merged onto `spec.quotas` (a quota named here replaces fields of the top-level one).",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/quota"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        nodePools: {
          description: "Node pools by name, merged onto `spec.nodePools`.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/nodePool"
          },
          propertyNames: {
            pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"
          }
        },
        workloads: {
          description: "Overrides per workload; every name must be a workload of `spec.workloads`.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/workload"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        },
        ingresses: {
          description: "Overrides per shared Ingress, merged onto `spec.ingresses` (`enabled: false` leaves one out).",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/sharedIngress"
          },
          propertyNames: {
            pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
          }
        }
      }
    },
    workload: {
      title: "WorkloadSpec",
      description: "How one workload of the base scales and where it runs.",
      type: "object",
      additionalProperties: !1,
      properties: {
        kind: {
          description: "Kind of the workload in the base. Default: `Deployment`.",
          type: "string",
          enum: [
            "Deployment",
            "StatefulSet"
          ],
          default: "Deployment"
        },
        container: {
          description: "Container that `resources` apply to. Default: the first container.",
          type: "string",
          pattern: "\\S"
        },
        service: {
          description: "Name of the Service in the base that fronts the workload (for `ingress` and `monitoring`). Default: the Service whose selector matches the pod template.",
          type: "string",
          pattern: "\\S"
        },
        names: {
          $ref: "#/definitions/objectNames"
        },
        resources: {
          $ref: "#/definitions/resources"
        },
        replicas: {
          $ref: "#/definitions/replicas"
        },
        autoscaler: {
          description: "`hpa` (default): a HorizontalPodAutoscaler; `keda`: a KEDA ScaledObject with Prometheus triggers (allows `replicas.min: 0`); `none`: a fixed `spec.replicas` of `replicas.min`.",
          type: "string",
          enum: [
            "hpa",
            "keda",
            "none"
          ],
          default: "hpa"
        },
        scaleOn: {
          $ref: "#/definitions/scaleOn"
        },
        profile: {
          description: "Scaling behaviour preset (modelled on the seed systems). `aggressive`: up at once by 100% or 4 pods per 15s (the larger), down after a 2m window by at most 25% per minute; `balanced` (default): up after a 30s window by 100% or 4 pods per minute, down after a 5m window by 10% or 1 pod per minute (the larger); `conservative`: up after a 60s window by 1 pod per minute, down after a 10m window by 1 pod per 5 minutes. `scaleUp`/`scaleDown` override single fields.",
          type: "string",
          enum: [
            "aggressive",
            "balanced",
            "conservative"
          ],
          default: "balanced"
        },
        scaleUp: {
          $ref: "#/definitions/scalingRules"
        },
        scaleDown: {
          $ref: "#/definitions/scalingRules"
        },
        keda: {
          $ref: "#/definitions/keda"
        },
        vpa: {
          $ref: "#/definitions/vpa"
        },
        placement: {
          $ref: "#/definitions/placement"
        },
        priorityClass: {
          description: "`priorityClassName` of the pods: a class of `spec.priorityClasses` or a `system-` class.",
          type: "string",
          pattern: "\\S"
        },
        disruption: {
          $ref: "#/definitions/disruption"
        },
        ingress: {
          $ref: "#/definitions/ingress"
        },
        monitoring: {
          $ref: "#/definitions/monitoring"
        },
        alerts: {
          $ref: "#/definitions/alerts"
        }
      }
    },
    objectNames: {
      title: "ObjectNames",
      description: "Names of the objects generated for the workload, when they must not be the workload's name (for instance to keep the names a team's runbooks and dashboards use). Each defaults to the workload's name; the environment's namePrefix/nameSuffix still apply (except to the HPA that KEDA creates, whose name Kustomize does not see). Names must be unique per kind and namespace.",
      type: "object",
      additionalProperties: !1,
      properties: {
        hpa: {
          description: "The HorizontalPodAutoscaler; with `autoscaler: keda`, the HPA KEDA creates (`advanced.horizontalPodAutoscalerConfig.name`; KEDA's default is `keda-hpa-<ScaledObject>`).",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        },
        scaledObject: {
          description: "The KEDA ScaledObject.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        },
        vpa: {
          description: "The VerticalPodAutoscaler.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        },
        pdb: {
          description: "The PodDisruptionBudget.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        },
        ingress: {
          description: "The workload's own Ingress (`ingress`).",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        },
        serviceMonitor: {
          description: "The ServiceMonitor.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        },
        prometheusRule: {
          description: "The PrometheusRule with the workload's alerts. Default: `<workload>-scaling`.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
        }
      }
    },
    resourceAmounts: {
      title: "ResourceAmounts",
      description: "Amounts per container.",
      type: "object",
      additionalProperties: !1,
      properties: {
        cpu: {
          description: 'CPU, e.g. `500m` or `"2"`.',
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        memory: {
          description: "Memory, e.g. `512Mi` or `8Gi`.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        gpu: {
          description: "Whole GPUs (`nvidia.com/gpu`). The limit always equals the request.",
          type: "integer",
          minimum: 0
        },
        ephemeralStorage: {
          description: "Local ephemeral storage (`ephemeral-storage`), e.g. `10Gi`.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        }
      }
    },
    resources: {
      title: "ResourcesSpec",
      description: "Requests and limits patched onto the container. A GPU is always set as both request and limit.",
      type: "object",
      additionalProperties: !1,
      properties: {
        requests: {
          $ref: "#/definitions/resourceAmounts"
        },
        limits: {
          $ref: "#/definitions/resourceAmounts"
        }
      }
    },
    replicas: {
      title: "ReplicasSpec",
      description: "Replica bounds. With an autoscaler, `spec.replicas` is removed from the workload so that it alone owns the count.",
      type: "object",
      additionalProperties: !1,
      properties: {
        min: {
          description: "Minimum replicas (HPA `minReplicas`, KEDA `minReplicaCount`; the fixed count with `autoscaler: none`, where it is required). 0 only with KEDA and an External or Object metric to wake on. Default: 2 (or `max` when that is 1).",
          type: "integer",
          minimum: 0
        },
        max: {
          description: "Maximum replicas (HPA `maxReplicas`, KEDA `maxReplicaCount`). Required with an autoscaler.",
          type: "integer",
          minimum: 1
        }
      }
    },
    scaleOn: {
      title: "ScaleOnSpec",
      description: "Scaling targets; the autoscaler follows whichever asks for the most replicas. Emitted in a fixed order: cpu, memory, gpu, gpuMemory, requestsPerSecond, latency, metrics.",
      type: "object",
      additionalProperties: !1,
      properties: {
        cpu: {
          description: "Target average CPU utilization of the requests, e.g. `75%` (needs a cpu request).",
          anyOf: [
            {
              type: "string",
              pattern: "^[1-9][0-9]*%$"
            },
            {
              type: "integer",
              minimum: 1
            }
          ]
        },
        memory: {
          description: "Target average memory utilization of the requests, e.g. `80%` (needs a memory request).",
          anyOf: [
            {
              type: "string",
              pattern: "^[1-9][0-9]*%$"
            },
            {
              type: "integer",
              minimum: 1
            }
          ]
        },
        gpu: {
          description: "Target average GPU utilization, e.g. `70%`: DCGM `DCGM_FI_DEV_GPU_UTIL` served as the Pods metric `gpu_utilization` through prometheus-adapter (or a KEDA Prometheus trigger).",
          anyOf: [
            {
              type: "string",
              pattern: "^[1-9][0-9]*%$"
            },
            {
              type: "integer",
              minimum: 1
            }
          ]
        },
        gpuMemory: {
          description: "Target average GPU memory use, e.g. `70%`: DCGM `DCGM_FI_DEV_FB_USED / (FB_USED + FB_FREE)` served as the Pods metric `gpu_memory_utilization`.",
          anyOf: [
            {
              type: "string",
              pattern: "^[1-9][0-9]*%$"
            },
            {
              type: "integer",
              minimum: 1
            }
          ]
        },
        requestsPerSecond: {
          description: "Target requests per second per pod, from the rate of `prometheus.requestsMetric`, served as the Pods metric `<requestsMetric without _total>_per_second`.",
          type: "number",
          exclusiveMinimum: 0
        },
        latency: {
          $ref: "#/definitions/latencyTarget"
        },
        metrics: {
          description: "Further metrics, each served by a generated prometheus-adapter rule (or a KEDA trigger).",
          type: "array",
          items: {
            $ref: "#/definitions/customMetric"
          }
        }
      }
    },
    latencyTarget: {
      title: "LatencyTarget",
      description: "Scale so that a request-latency percentile per pod stays at the target (from the `prometheus.latencyMetric` histogram).",
      type: "object",
      additionalProperties: !1,
      properties: {
        target: {
          description: "Latency to hold, e.g. `1500ms` or `2s`. Required.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        percentile: {
          description: "Percentile, 50\u201399.9. Default: 95.",
          type: "number",
          minimum: 50,
          maximum: 99.9,
          default: 95
        }
      }
    },
    customMetric: {
      title: "CustomMetric",
      description: "A Prometheus metric to scale on. Give `averageValue` (per pod) or `value` (total; Object and External only).",
      type: "object",
      additionalProperties: !1,
      required: [
        "name"
      ],
      properties: {
        name: {
          description: "Metric name as the HPA sees it (custom or external metrics API).",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        type: {
          description: "`Pods` (default: averaged over the workload's pods), `Object` (a value of one Kubernetes object, see `object`), or `External` (not tied to an object).",
          type: "string",
          enum: [
            "Pods",
            "Object",
            "External"
          ],
          default: "Pods"
        },
        averageValue: {
          description: "Target value per pod.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        value: {
          description: "Target total value (Object and External metrics).",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        series: {
          description: "Prometheus series the metric is computed from. Default: `name`.",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        rate: {
          description: "The series is a counter: scale on its per-second rate over 2m. Default: false.",
          type: "boolean",
          default: !1
        },
        selector: {
          description: "Label matchers (equality) on the series; for External metrics also the HPA `metric.selector`.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        object: {
          $ref: "#/definitions/objectReference"
        },
        activation: {
          description: "KEDA only: the value above which the workload is woken from zero (`activationThreshold`). Default: 0.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        }
      }
    },
    objectReference: {
      title: "ObjectReference",
      description: "The object an `Object` metric describes; the series must carry a label named after its kind in lower case (e.g. `service`).",
      type: "object",
      additionalProperties: !1,
      required: [
        "kind",
        "name"
      ],
      properties: {
        apiVersion: {
          description: "API version of the object. Default: `v1` for Service, `apps/v1` for Deployment and StatefulSet, `networking.k8s.io/v1` for Ingress.",
          type: "string"
        },
        kind: {
          description: "Kind of the object, e.g. `Service` or `Ingress`.",
          type: "string",
          pattern: "\\S"
        },
        name: {
          description: "Name of the object (before any name prefix/suffix).",
          type: "string",
          pattern: "\\S"
        }
      }
    },
    scalingRules: {
      title: "ScalingRulesSpec",
      description: "One direction of the HPA `behavior`; each field overrides the profile. Policies: at most `maxPods` pods and/or `maxPercent` percent per `period`.",
      type: "object",
      additionalProperties: !1,
      properties: {
        stabilization: {
          description: "Stabilization window: the autoscaler acts on the most conservative recommendation of this window (e.g. `5m`). At most 1h.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        maxPods: {
          description: "At most this many pods per `period` (a `Pods` policy).",
          type: "integer",
          minimum: 1
        },
        maxPercent: {
          description: "At most this percentage of the current replicas per `period` (a `Percent` policy).",
          type: "integer",
          minimum: 1
        },
        period: {
          description: "Period of the policies, 1s\u201330m (e.g. `60s`).",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        select: {
          description: "With both policies, `Max` takes the one allowing the larger change, `Min` the smaller; `Disabled` turns this direction off.",
          type: "string",
          enum: [
            "Max",
            "Min",
            "Disabled"
          ]
        },
        tolerance: {
          description: "Relative change of the metric ignored before acting (HPA `tolerance`, Kubernetes 1.33+), e.g. 0.05. Default: the cluster's (10%).",
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    },
    keda: {
      title: "KedaSpec",
      description: "KEDA ScaledObject settings (with `autoscaler: keda`).",
      type: "object",
      additionalProperties: !1,
      properties: {
        pollingInterval: {
          description: "How often KEDA checks the triggers. Default: 30s.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        cooldownPeriod: {
          description: "Wait after the last active trigger before scaling to zero. Default: 5m.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        fallbackReplicas: {
          description: "Replicas to run when the triggers fail 3 times in a row (KEDA `fallback`). Default: no fallback.",
          type: "integer",
          minimum: 1
        }
      }
    },
    vpa: {
      title: "VpaSpec",
      description: "A VerticalPodAutoscaler for the workload. Its `controlledResources` never include a resource the HPA scales on.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        mode: {
          description: "`Off` (default: recommendations only), `Initial` (set at pod creation), `Recreate` (evict to resize), `InPlaceOrRecreate` (resize in place, Kubernetes 1.33+). `Auto` is deprecated upstream and not accepted.",
          type: "string",
          enum: [
            "Off",
            "Initial",
            "Recreate",
            "InPlaceOrRecreate"
          ],
          default: "Off"
        },
        controlledResources: {
          description: "Resources the VPA may change. Default: cpu and memory, minus those the HPA scales on.",
          type: "array",
          uniqueItems: !0,
          items: {
            type: "string",
            enum: [
              "cpu",
              "memory"
            ]
          }
        },
        controlledValues: {
          description: "`RequestsAndLimits` (default: keep the ratio) or `RequestsOnly`.",
          type: "string",
          enum: [
            "RequestsAndLimits",
            "RequestsOnly"
          ]
        },
        minAllowed: {
          $ref: "#/definitions/vpaBounds"
        },
        maxAllowed: {
          $ref: "#/definitions/vpaBounds"
        }
      }
    },
    vpaBounds: {
      title: "VpaBounds",
      description: "Bounds on the VPA recommendation for the container.",
      type: "object",
      additionalProperties: !1,
      properties: {
        cpu: {
          description: "CPU bound.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        },
        memory: {
          description: "Memory bound.",
          anyOf: [
            {
              type: "string",
              pattern: "\\S"
            },
            {
              type: "number",
              minimum: 0
            }
          ]
        }
      }
    },
    placement: {
      title: "PlacementSpec",
      description: "Where the pods run.",
      type: "object",
      additionalProperties: !1,
      properties: {
        nodePool: {
          description: "A node pool of `spec.nodePools`: node affinity to its instance types and labels (see `affinity`), tolerations for its taints (GPU taint included).",
          type: "string",
          pattern: "\\S"
        },
        affinity: {
          description: "How the pods are held to the node pool: `required` (default: `requiredDuringSchedulingIgnoredDuringExecution`, pods stay Pending when the pool is full) or `preferred` (`preferredDuringScheduling\u2026` with `weight`: the scheduler tries the pool first and may run the pods elsewhere). Tolerations are added either way.",
          type: "string",
          enum: [
            "required",
            "preferred"
          ],
          default: "required"
        },
        weight: {
          description: "Weight of the preferred node affinity, 1\u2013100. Default: 100. Only with `affinity: preferred`.",
          type: "integer",
          minimum: 1,
          maximum: 100
        },
        spreadZones: {
          description: "Spread pods across zones (`topology.kubernetes.io/zone`, maxSkew 1). `true` prefers (ScheduleAnyway); `required` refuses to schedule when skewed. Default: false.",
          enum: [
            !0,
            !1,
            "preferred",
            "required"
          ],
          default: !1
        },
        antiAffinity: {
          description: "Keep pods of this workload on different nodes: `preferred` (soft) or `required` (hard; needs at least `replicas.max` nodes). Default: `none`.",
          type: "string",
          enum: [
            "none",
            "preferred",
            "required"
          ],
          default: "none"
        }
      }
    },
    disruption: {
      title: "DisruptionSpec",
      description: "The PodDisruptionBudget. Default: `maxUnavailable: 1`, which never blocks a node drain. A budget that would allow no disruption at the minimum replica count is rejected.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        maxUnavailable: {
          description: "Pods that may be down at once (number or percentage).",
          anyOf: [
            {
              type: "integer",
              minimum: 0
            },
            {
              type: "string",
              pattern: "^[0-9]+%$"
            }
          ]
        },
        minAvailable: {
          description: "Pods that must stay up (number or percentage); must be below `replicas.min`.",
          anyOf: [
            {
              type: "integer",
              minimum: 0
            },
            {
              type: "string",
              pattern: "^[0-9]+%$"
            }
          ]
        }
      }
    },
    ingress: {
      title: "IngressSpec",
      description: "An NGINX Ingress for the workload's Service.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        host: {
          description: "Host name. Required (in the workload or, for an environment override, in the merged result).",
          type: "string",
          pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
        },
        paths: {
          description: 'Path prefixes. Default: `["/"]`.',
          type: "array",
          minItems: 1,
          uniqueItems: !0,
          items: {
            type: "string",
            pattern: "^/"
          }
        },
        port: {
          description: "Service port (number or name). Default: the Service's first port.",
          anyOf: [
            {
              type: "integer",
              minimum: 1,
              maximum: 65535
            },
            {
              type: "string",
              pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
            }
          ]
        },
        className: {
          description: "IngressClass. Default: `nginx`.",
          type: "string",
          default: "nginx"
        },
        tls: {
          $ref: "#/definitions/ingressTls"
        },
        rateLimitRpm: {
          description: "Requests per minute per client IP (`nginx.ingress.kubernetes.io/limit-rpm`).",
          type: "integer",
          minimum: 1
        },
        rateLimitRps: {
          description: "Requests per second per client IP (`nginx.ingress.kubernetes.io/limit-rps`).",
          type: "integer",
          minimum: 1
        },
        timeout: {
          description: "Proxy read and send timeout (`proxy-read-timeout`, `proxy-send-timeout`), e.g. `300s`.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        maxBodySize: {
          description: "Largest request body (`proxy-body-size`), e.g. `100m`; `0` disables the check.",
          type: "string",
          pattern: "^[0-9]+[kKmMgG]?$"
        },
        annotations: {
          description: "Further annotations, verbatim.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      }
    },
    sharedIngress: {
      title: "SharedIngressSpec",
      description: "One NGINX Ingress in front of several workloads: one host, one TLS certificate, one rate limit, and a path per workload. The map key is the Ingress's name.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        host: {
          description: "Host name. Required (in `spec.ingresses` or, for an environment override, in the merged result).",
          type: "string",
          pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
        },
        routes: {
          description: "The paths and the workloads they reach, in the order written. Required.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/ingressRoute"
          }
        },
        className: {
          description: "IngressClass. Default: `nginx`.",
          type: "string",
          default: "nginx"
        },
        tls: {
          $ref: "#/definitions/ingressTls"
        },
        rateLimitRpm: {
          description: "Requests per minute per client IP (`nginx.ingress.kubernetes.io/limit-rpm`).",
          type: "integer",
          minimum: 1
        },
        rateLimitRps: {
          description: "Requests per second per client IP (`nginx.ingress.kubernetes.io/limit-rps`).",
          type: "integer",
          minimum: 1
        },
        timeout: {
          description: "Proxy read and send timeout (`proxy-read-timeout`, `proxy-send-timeout`), e.g. `300s`.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        maxBodySize: {
          description: "Largest request body (`proxy-body-size`), e.g. `100m`; `0` disables the check.",
          type: "string",
          pattern: "^[0-9]+[kKmMgG]?$"
        },
        annotations: {
          description: "Further annotations, verbatim.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      }
    },
    ingressRoute: {
      title: "IngressRoute",
      description: "One path of a shared Ingress and the workload it reaches.",
      type: "object",
      additionalProperties: !1,
      required: [
        "path",
        "workload"
      ],
      properties: {
        path: {
          description: "Path prefix (`pathType: Prefix`).",
          type: "string",
          pattern: "^/"
        },
        workload: {
          description: "A workload of `spec.workloads`; the path goes to its Service.",
          type: "string",
          pattern: "\\S"
        },
        port: {
          description: "Service port (number or name). Default: the Service's first port.",
          anyOf: [
            {
              type: "integer",
              minimum: 1,
              maximum: 65535
            },
            {
              type: "string",
              pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
            }
          ]
        }
      }
    },
    ingressTls: {
      title: "IngressTlsSpec",
      description: "TLS with a certificate from cert-manager.",
      type: "object",
      additionalProperties: !1,
      properties: {
        issuer: {
          description: "cert-manager issuer name. Required.",
          type: "string",
          pattern: "\\S"
        },
        issuerKind: {
          description: "`ClusterIssuer` (default; annotation `cert-manager.io/cluster-issuer`) or `Issuer` (`cert-manager.io/issuer`).",
          type: "string",
          enum: [
            "ClusterIssuer",
            "Issuer"
          ],
          default: "ClusterIssuer"
        },
        secretName: {
          description: "Secret for the certificate. Default: `<workload>-tls` (for a shared Ingress, `<ingress>-tls`).",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"
        }
      }
    },
    monitoring: {
      title: "MonitoringSpec",
      description: "How Prometheus scrapes the workload, and metric names for this workload. With `prometheus.scrape: serviceMonitor` (the default) a ServiceMonitor scraping the workload's Service (the Prometheus Operator must run in the cluster); with `annotations`, `prometheus.io/*` annotations on its pods.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        port: {
          description: "Name of the Service port to scrape. With `prometheus.scrape: annotations` the pods are scraped on that port's target port, which must be a number or a named container port.",
          type: "string",
          pattern: "\\S"
        },
        path: {
          description: "HTTP path. Default: `/metrics`.",
          type: "string",
          pattern: "^/",
          default: "/metrics"
        },
        interval: {
          description: "Scrape interval. Default: 30s. A ServiceMonitor setting: with `prometheus.scrape: annotations` the Prometheus job sets it, so it cannot be given here.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        scrapeTimeout: {
          description: "Scrape timeout; at most `interval`. Default: Prometheus' (10s). A ServiceMonitor setting, like `interval`.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        requestsMetric: {
          description: "Overrides `prometheus.requestsMetric` for this workload.",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        latencyMetric: {
          description: "Overrides `prometheus.latencyMetric` for this workload.",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        errorMatcher: {
          description: "Overrides `prometheus.errorMatcher` for this workload.",
          type: "string",
          pattern: "\\S"
        },
        errorsMetric: {
          description: "Overrides `prometheus.errorsMetric` for this workload.",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        }
      }
    },
    alerts: {
      title: "AlertsSpec",
      description: "PrometheusRule alerts for the workload. The HPA alerts (KubeHpaMaxedOut, KubeHpaReplicasMismatch, as the kubernetes-mixin defines them, scoped to this HPA) are always generated for autoscaled workloads unless `enabled: false`; SLO alerts only when their threshold is set; `rules` adds alerts of your own.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        maxedOutFor: {
          description: "How long at max replicas before KubeHpaMaxedOut fires. Default: 15m.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        replicasMismatchFor: {
          description: "How long desired \u2260 current replicas before KubeHpaReplicasMismatch fires. Default: 15m.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        latencyP95: {
          description: "Alert when the p95 request latency exceeds this, e.g. `2s`.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        errorRate: {
          description: "Alert when the share of failed requests exceeds this, e.g. `1%`.",
          type: "string",
          pattern: "^[0-9]+(\\.[0-9]+)?%$"
        },
        for: {
          description: "How long an SLO alert condition must hold. Default: 5m.",
          type: "string",
          pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
        },
        severity: {
          description: "`severity` label of the SLO alerts. Default: `warning`.",
          type: "string",
          enum: [
            "info",
            "warning",
            "critical"
          ],
          default: "warning"
        },
        runbookUrl: {
          description: "`runbook_url` annotation of the SLO alerts.",
          type: "string",
          pattern: "^https?://"
        },
        rules: {
          description: "Alerting rules of your own, added to the workload's PrometheusRule (group `scaleplan.<workload>`) after the generated ones. An environment's `rules` replace these (lists replace). Default: none.",
          type: "array",
          items: {
            $ref: "#/definitions/alertRule"
          }
        }
      }
    },
    alertRule: {
      title: "AlertRuleSpec",
      description: "One Prometheus alerting rule, written as in a Prometheus rule file (`alert`, `expr`, `for`, `keep_firing_for`, `labels`, `annotations`) with `severity` as a shorthand for `labels.severity`. The expression is copied verbatim (name the namespace and pods yourself; nothing is substituted) and checked as Prometheus checks it when the spec is compiled: invalid PromQL, a bad duration or template is a spec error at its line.",
      type: "object",
      additionalProperties: !1,
      required: [
        "alert",
        "expr"
      ],
      properties: {
        alert: {
          description: "Name of the alert (a metric name: letters, digits, `_` and `:`). Two rules of one group may share a name only with different labels (a warning and a critical threshold); the names of the alerts the compiler writes into the group (KubeHpaMaxedOut, KubeHpaReplicasMismatch, WorkloadLatencyP95High, WorkloadErrorRateHigh) are taken.",
          type: "string",
          pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
        },
        expr: {
          description: "PromQL expression; the alert fires for every series it returns. It must parse and type-check as Prometheus 3 reads it and return an instant vector or a scalar.",
          type: "string",
          pattern: "\\S"
        },
        for: {
          description: "How long the expression must hold before the alert fires, as a Prometheus duration (`30s`, `5m`, `1h30m`). Default: fires at once.",
          type: "string",
          pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$"
        },
        keep_firing_for: {
          description: "How long the alert keeps firing after the expression stops returning it, as a Prometheus duration. Default: none.",
          type: "string",
          pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$"
        },
        severity: {
          description: "`severity` label of the alert (for Alertmanager routing). Default: the workload's `alerts.severity`, else `warning`; not together with `labels.severity`.",
          type: "string",
          enum: [
            "info",
            "warning",
            "critical"
          ]
        },
        labels: {
          description: "Labels added to the alert (values may use Prometheus' alert templates). Workload rules also get `workload: <name>` unless they set it. Default: none.",
          type: "object",
          additionalProperties: {
            type: "string"
          },
          propertyNames: {
            pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"
          }
        },
        annotations: {
          description: "Annotations of the alert: `summary`, `description`, `runbook_url` or any other, with Prometheus' alert templates (`{{ $labels.pod }}`, `{{ $value }}`). RUNBOOK.md shows the summary. Default: none.",
          type: "object",
          additionalProperties: {
            type: "string"
          },
          propertyNames: {
            pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"
          }
        }
      }
    },
    planAlerts: {
      title: "PlanAlertsSpec",
      description: "Alerts of the whole plan, not tied to one workload: compiled into the PrometheusRule `<metadata.name>-alerts` (group `scaleplan.<metadata.name>` unless `group` names another) of every environment.",
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: {
          description: "Set to false to turn this block off (useful in an environment override). Default: true.",
          type: "boolean",
          default: !0
        },
        group: {
          description: "Name of the rule group the plan-wide rules are in, e.g. the name a team's dashboards or silences already use. Default: `scaleplan.<metadata.name>`.",
          type: "string",
          pattern: "\\S"
        },
        rules: {
          description: "Alerting rules of your own. An environment's `alerts.rules` replace these (lists replace). Default: none.",
          type: "array",
          items: {
            $ref: "#/definitions/alertRule"
          }
        }
      }
    },
    adapterRule: {
      title: "AdapterRuleSpec",
      description: "One prometheus-adapter discovery rule, as the adapter's `--config` file writes it (see the adapter's config documentation). `name.as` names the metric the HPA reads.",
      type: "object",
      additionalProperties: !1,
      required: [
        "seriesQuery",
        "name",
        "metricsQuery"
      ],
      properties: {
        seriesQuery: {
          description: 'PromQL series selector the adapter lists series with, such as `DCGM_FI_DEV_GPU_UTIL{pod!=""}`.',
          type: "string",
          pattern: "\\S"
        },
        seriesFilters: {
          description: "Filters on series names (`is`/`isNot` regexes).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: !1,
            properties: {
              is: {
                type: "string"
              },
              isNot: {
                type: "string"
              }
            }
          }
        },
        resources: {
          description: "How series labels map to Kubernetes resources: `overrides` (label \u2192 `{group, resource}`), `template` (such as `<<.Resource>>`) or `namespaced: false` for external rules.",
          type: "object",
          additionalProperties: !1,
          properties: {
            overrides: {
              type: "object",
              additionalProperties: {
                type: "object",
                additionalProperties: !1,
                required: [
                  "resource"
                ],
                properties: {
                  group: {
                    type: "string"
                  },
                  resource: {
                    type: "string",
                    pattern: "\\S"
                  }
                }
              }
            },
            template: {
              type: "string"
            },
            namespaced: {
              type: "boolean"
            }
          }
        },
        name: {
          description: "`matches` (a regex on the series name) and `as` (the metric name served).",
          type: "object",
          additionalProperties: !1,
          required: [
            "as"
          ],
          properties: {
            matches: {
              type: "string"
            },
            as: {
              type: "string",
              pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
            }
          }
        },
        metricsQuery: {
          description: "Go template of the query the adapter runs (`<<.Series>>`, `<<.LabelMatchers>>`, `<<.GroupBy>>`).",
          type: "string",
          pattern: "\\S"
        }
      }
    },
    dcgm: {
      title: "DcgmSettings",
      description: "The labels dcgm-exporter's series name the GPU's pod by, for `scaleOn.gpu` and `scaleOn.gpuMemory`. Scraped through a ServiceMonitor without `honorLabels` they are `exported_pod`/`exported_namespace` (the exporter's own pod takes `pod`); with `honorLabels: true`, or relabelled, they are `pod`/`namespace`.",
      type: "object",
      additionalProperties: !1,
      properties: {
        podLabel: {
          description: "Label holding the pod's name. Default: `exported_pod`.",
          type: "string",
          default: "exported_pod",
          pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"
        },
        namespaceLabel: {
          description: "Label holding the pod's namespace. Default: `exported_namespace`.",
          type: "string",
          default: "exported_namespace",
          pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"
        }
      }
    }
  }
};

// src/generated/validate-spec.js
var validateSpec = validate10;
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u"), schema13 = { title: "ScalePlanSpec", description: "What to generate. The smallest useful spec is a `base` and one workload with `replicas` and one `scaleOn` target.", type: "object", additionalProperties: !1, required: ["base", "workloads"], properties: { base: { description: "Kustomize directory (holding kustomization.yaml) with the workloads, relative to this file. Must stay inside the repository (the git root, or this file's directory outside git), with everything it builds from. A single manifest file cannot be a base: Kustomize refuses files outside an overlay's own directory.", type: "string", pattern: "\\S" }, namespace: { description: "Namespace of every generated and base object (Kustomize `namespace`). Default: leave namespaces as the base has them.", type: "string", pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, kubeVersion: { description: `Kubernetes version the overlays target, as "MAJOR.MINOR" (quote it: 1.30 unquoted is the number 1.3). Used for linting the compiled set. Default: the linter's default.`, type: "string", pattern: "^v?[0-9]+\\.[0-9]+$" }, namePrefix: { description: "Kustomize `namePrefix` for every object. VPA and KEDA target references are rewritten too (the overlay carries the nameReference configuration). Default: none.", type: "string", pattern: "^[a-z0-9]([-a-z0-9]*)?$" }, nameSuffix: { description: "Kustomize `nameSuffix` for every object, like `namePrefix`. Default: none.", type: "string", pattern: "^([-a-z0-9]*[a-z0-9])?$" }, labels: { description: "Labels added to the metadata of every object (Kustomize `labels`, selectors untouched). Default: none.", type: "object", additionalProperties: { type: "string" } }, prometheus: { $ref: "#/definitions/prometheus" }, alerts: { $ref: "#/definitions/planAlerts" }, priorityClasses: { description: "PriorityClasses to create, by name. Workloads refer to them with `priorityClass`. They are cluster-scoped, so they are compiled into the cluster directory `<output>/clusters/<cluster>/`, once per cluster.", type: "object", additionalProperties: { $ref: "#/definitions/priorityClass" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, quotas: { description: "ResourceQuotas to create in the namespace, by name.", type: "object", additionalProperties: { $ref: "#/definitions/quota" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, nodePools: { description: "Node pools: where workloads can be placed (`placement.nodePool`) and how much capacity each offers at its maximum size.", type: "object", additionalProperties: { $ref: "#/definitions/nodePool" }, propertyNames: { pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$" } }, workloads: { description: "The workloads to scale, by the name of the Deployment or StatefulSet in the base.", type: "object", minProperties: 1, additionalProperties: { $ref: "#/definitions/workload" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, ingresses: { description: "Ingresses shared by several workloads, by name: one host with a path per workload (`routes`). A workload may also have its own `ingress`.", type: "object", additionalProperties: { $ref: "#/definitions/sharedIngress" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, environments: { description: "Environments, each compiled to its own overlay directory `<output>/<name>/` holding only objects of its namespace; cluster-wide objects go to `<output>/clusters/<cluster>/` (see `cluster`). Default: one environment, `default`, with no overrides. Names are DNS labels (they become directory names); `clusters` is taken by the cluster directories.", type: "object", additionalProperties: { $ref: "#/definitions/environment" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" } } } }, schema20 = { title: "PriorityClassSpec", description: "A PriorityClass (scheduling.k8s.io/v1).", type: "object", additionalProperties: !1, required: ["value"], properties: { value: { description: "Priority; higher schedules (and preempts) first. At most 1,000,000,000 (larger values are reserved for system classes).", type: "integer", minimum: -2147483648, maximum: 1e9 }, description: { description: "What the class is for.", type: "string" }, globalDefault: { description: "Make this the priority of pods without a `priorityClassName`. At most one class may be the global default. Default: false.", type: "boolean", default: !1 }, preemptionPolicy: { description: "`PreemptLowerPriority` (default) or `Never` (waits instead of evicting lower-priority pods).", type: "string", enum: ["PreemptLowerPriority", "Never"], default: "PreemptLowerPriority" } } };
var func2 = Object.prototype.hasOwnProperty, pattern1 = new RegExp("\\S", "u"), pattern3 = new RegExp("^v?[0-9]+\\.[0-9]+$", "u"), pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*)?$", "u"), pattern5 = new RegExp("^([-a-z0-9]*[a-z0-9])?$", "u"), pattern31 = new RegExp("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", "u"), pattern37 = new RegExp("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", "u"), schema14 = { title: "PrometheusSettings", description: "Where metrics come from and the defaults for metric names. Every field has a default.", type: "object", additionalProperties: !1, properties: { url: { description: "Prometheus base URL that KEDA Prometheus triggers query. Default: `http://prometheus-operated.monitoring.svc:9090`.", type: "string", default: "http://prometheus-operated.monitoring.svc:9090", pattern: "^https?://" }, adapterNamespace: { description: "Namespace of prometheus-adapter; its rules ConfigMap is generated there, in the cluster directory `<output>/clusters/<cluster>/`. Default: `monitoring`.", type: "string", default: "monitoring", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, adapterConfigMap: { description: "Name of the prometheus-adapter rules ConfigMap, generated into the cluster directory (install the adapter chart with `rules.existing` set to it). One per cluster: every ScalePlan on the cluster but the one that writes it sets `adapterRulesOnly`. Default: `<metadata.name>-prometheus-adapter`.", type: "string", pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, adapterRulesFrom: { description: "Rules files of other ScalePlans on the same cluster (their `<output>/clusters/<cluster>/prometheus-adapter-rules.yaml`, relative to this spec, inside the repository), merged with this plan's rules into the one ConfigMap the adapter reads. A metric name defined differently by two plans is an error. Default: none.", type: "array", items: { type: "string", pattern: "\\S" }, uniqueItems: !0 }, adapterRulesOnly: { description: "Write only this plan's rules file (`prometheus-adapter-rules.yaml` in the cluster directory), no ConfigMap: another ScalePlan on the cluster owns the adapter's ConfigMap and lists this file in its `adapterRulesFrom`. Default: false.", type: "boolean", default: !1 }, adapterRules: { description: "prometheus-adapter rules of your own, in the adapter's `--config` format (`rules` for custom metrics, `externalRules` for external ones; each with `seriesQuery`, `resources`, `name`, `metricsQuery`). A rule whose `name.as` is a metric the plan generates a rule for replaces the generated rule; the others are added. They go into the cluster's adapter ConfigMap and rules file like the generated ones; `seriesQuery` is checked as PromQL and `name.matches` as a Go regexp when the spec is compiled. Default: none.", type: "object", additionalProperties: !1, properties: { rules: { description: "Custom metrics API rules (`rules` of the adapter configuration).", type: "array", items: { $ref: "#/definitions/adapterRule" } }, externalRules: { description: "External metrics API rules (`externalRules` of the adapter configuration).", type: "array", items: { $ref: "#/definitions/adapterRule" } } } }, ruleLabels: { description: "Labels put on generated ServiceMonitors and PrometheusRules (and, with `scrape: annotations`, on the rule ConfigMaps) so that the Prometheus `serviceMonitorSelector`/`ruleSelector` picks them up (kube-prometheus-stack: `release: <release name>`). Default: none.", type: "object", additionalProperties: { type: "string" } }, scrape: { description: "How Prometheus finds the workloads' metrics (`monitoring`). `serviceMonitor`: a ServiceMonitor per workload and alerts as PrometheusRules, which assumes the Prometheus Operator (kube-prometheus-stack) runs in the cluster and selects them (`ruleLabels`). `annotations`: for a Prometheus without the operator, the pod template gets `prometheus.io/scrape`, `prometheus.io/port` and `prometheus.io/path` (read by the `kubernetes-pods` scrape job of Prometheus' example configuration and the prometheus-community chart), and the alerts are written as Prometheus rule files in ConfigMaps (`<workload>-scaling` and, for `spec.alerts`, `<metadata.name>-alerts`, each under the key `<name>.rules.yaml`) to mount into Prometheus and list in `rule_files`. `monitoring.interval` and `scrapeTimeout` are then the scrape job's, not the spec's. Default: `serviceMonitor`.", type: "string", enum: ["serviceMonitor", "annotations"], default: "serviceMonitor" }, requestsMetric: { description: "Counter of served requests, labelled with `pod` and `namespace` (used for `requestsPerSecond` and the error-rate alert). Default: `http_requests_total`.", type: "string", default: "http_requests_total", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, latencyMetric: { description: "Request-duration histogram, without the `_bucket` suffix (used for `scaleOn.latency` and the latency alert). Default: `http_request_duration_seconds`.", type: "string", default: "http_request_duration_seconds", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, errorMatcher: { description: 'PromQL label matcher that selects failed requests in `requestsMetric`. Default: `code=~"5.."`.', type: "string", default: 'code=~"5.."', pattern: "\\S" }, errorsMetric: { description: "Counter of failed requests, labelled with `pod` and `namespace`, for services that count failures separately. When set, the error-rate alert divides its rate by the rate of `requestsMetric` (and `errorMatcher` is not used). Default: none (failures are `requestsMetric{errorMatcher}`).", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, dcgm: { $ref: "#/definitions/dcgm" } } };
var pattern6 = new RegExp("^https?://", "u"), pattern7 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u"), pattern8 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u"), pattern12 = new RegExp("^[a-zA-Z_:][a-zA-Z0-9_:]*$", "u"), pattern22 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema14.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.url !== void 0) {
      let data0 = data.url;
      if (typeof data0 == "string") {
        if (!pattern6.test(data0)) {
          let err1 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.adapterNamespace !== void 0) {
      let data1 = data.adapterNamespace;
      if (typeof data1 == "string") {
        if (!pattern7.test(data1)) {
          let err3 = { instancePath: instancePath + "/adapterNamespace", schemaPath: "#/properties/adapterNamespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/adapterNamespace", schemaPath: "#/properties/adapterNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.adapterConfigMap !== void 0) {
      let data2 = data.adapterConfigMap;
      if (typeof data2 == "string") {
        if (!pattern8.test(data2)) {
          let err5 = { instancePath: instancePath + "/adapterConfigMap", schemaPath: "#/properties/adapterConfigMap/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/adapterConfigMap", schemaPath: "#/properties/adapterConfigMap/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.adapterRulesFrom !== void 0) {
      let data3 = data.adapterRulesFrom;
      if (Array.isArray(data3)) {
        let len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 == "string") {
            if (!pattern1.test(data4)) {
              let err7 = { instancePath: instancePath + "/adapterRulesFrom/" + i0, schemaPath: "#/properties/adapterRulesFrom/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/adapterRulesFrom/" + i0, schemaPath: "#/properties/adapterRulesFrom/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        let i1 = data3.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err9 = { instancePath: instancePath + "/adapterRulesFrom", schemaPath: "#/properties/adapterRulesFrom/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err10 = { instancePath: instancePath + "/adapterRulesFrom", schemaPath: "#/properties/adapterRulesFrom/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.adapterRulesOnly !== void 0 && typeof data.adapterRulesOnly != "boolean") {
      let err11 = { instancePath: instancePath + "/adapterRulesOnly", schemaPath: "#/properties/adapterRulesOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    if (data.adapterRules !== void 0) {
      let data6 = data.adapterRules;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (let key1 in data6)
          if (!(key1 === "rules" || key1 === "externalRules")) {
            let err12 = { instancePath: instancePath + "/adapterRules", schemaPath: "#/properties/adapterRules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        if (data6.rules !== void 0) {
          let data7 = data6.rules;
          if (Array.isArray(data7)) {
            let len1 = data7.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data8 = data7[i2];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.seriesQuery === void 0) {
                  let err13 = { instancePath: instancePath + "/adapterRules/rules/" + i2, schemaPath: "#/definitions/adapterRule/required", keyword: "required", params: { missingProperty: "seriesQuery" }, message: "must have required property 'seriesQuery'" };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
                if (data8.name === void 0) {
                  let err14 = { instancePath: instancePath + "/adapterRules/rules/" + i2, schemaPath: "#/definitions/adapterRule/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
                if (data8.metricsQuery === void 0) {
                  let err15 = { instancePath: instancePath + "/adapterRules/rules/" + i2, schemaPath: "#/definitions/adapterRule/required", keyword: "required", params: { missingProperty: "metricsQuery" }, message: "must have required property 'metricsQuery'" };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                for (let key2 in data8)
                  if (!(key2 === "seriesQuery" || key2 === "seriesFilters" || key2 === "resources" || key2 === "name" || key2 === "metricsQuery")) {
                    let err16 = { instancePath: instancePath + "/adapterRules/rules/" + i2, schemaPath: "#/definitions/adapterRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                if (data8.seriesQuery !== void 0) {
                  let data9 = data8.seriesQuery;
                  if (typeof data9 == "string") {
                    if (!pattern1.test(data9)) {
                      let err17 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesQuery", schemaPath: "#/definitions/adapterRule/properties/seriesQuery/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                    }
                  } else {
                    let err18 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesQuery", schemaPath: "#/definitions/adapterRule/properties/seriesQuery/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                  }
                }
                if (data8.seriesFilters !== void 0) {
                  let data10 = data8.seriesFilters;
                  if (Array.isArray(data10)) {
                    let len2 = data10.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data11 = data10[i3];
                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        for (let key3 in data11)
                          if (!(key3 === "is" || key3 === "isNot")) {
                            let err19 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesFilters/" + i3, schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                          }
                        if (data11.is !== void 0 && typeof data11.is != "string") {
                          let err20 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesFilters/" + i3 + "/is", schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/properties/is/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                        }
                        if (data11.isNot !== void 0 && typeof data11.isNot != "string") {
                          let err21 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesFilters/" + i3 + "/isNot", schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/properties/isNot/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                        }
                      } else {
                        let err22 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesFilters/" + i3, schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                      }
                    }
                  } else {
                    let err23 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/seriesFilters", schemaPath: "#/definitions/adapterRule/properties/seriesFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
                }
                if (data8.resources !== void 0) {
                  let data14 = data8.resources;
                  if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                    for (let key4 in data14)
                      if (!(key4 === "overrides" || key4 === "template" || key4 === "namespaced")) {
                        let err24 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources", schemaPath: "#/definitions/adapterRule/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                      }
                    if (data14.overrides !== void 0) {
                      let data15 = data14.overrides;
                      if (data15 && typeof data15 == "object" && !Array.isArray(data15))
                        for (let key5 in data15) {
                          let data16 = data15[key5];
                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.resource === void 0) {
                              let err25 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                            }
                            for (let key6 in data16)
                              if (!(key6 === "group" || key6 === "resource")) {
                                let err26 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                              }
                            if (data16.group !== void 0 && typeof data16.group != "string") {
                              let err27 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/group", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                            }
                            if (data16.resource !== void 0) {
                              let data18 = data16.resource;
                              if (typeof data18 == "string") {
                                if (!pattern1.test(data18)) {
                                  let err28 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/resource", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/properties/resource/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                                }
                              } else {
                                let err29 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/resource", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                              }
                            }
                          } else {
                            let err30 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                          }
                        }
                      else {
                        let err31 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/overrides", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                      }
                    }
                    if (data14.template !== void 0 && typeof data14.template != "string") {
                      let err32 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/template", schemaPath: "#/definitions/adapterRule/properties/resources/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                    if (data14.namespaced !== void 0 && typeof data14.namespaced != "boolean") {
                      let err33 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources/namespaced", schemaPath: "#/definitions/adapterRule/properties/resources/properties/namespaced/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                    }
                  } else {
                    let err34 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/resources", schemaPath: "#/definitions/adapterRule/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                }
                if (data8.name !== void 0) {
                  let data21 = data8.name;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    if (data21.as === void 0) {
                      let err35 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/name", schemaPath: "#/definitions/adapterRule/properties/name/required", keyword: "required", params: { missingProperty: "as" }, message: "must have required property 'as'" };
                      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                    }
                    for (let key7 in data21)
                      if (!(key7 === "matches" || key7 === "as")) {
                        let err36 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/name", schemaPath: "#/definitions/adapterRule/properties/name/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                      }
                    if (data21.matches !== void 0 && typeof data21.matches != "string") {
                      let err37 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/name/matches", schemaPath: "#/definitions/adapterRule/properties/name/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                    if (data21.as !== void 0) {
                      let data23 = data21.as;
                      if (typeof data23 == "string") {
                        if (!pattern12.test(data23)) {
                          let err38 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/name/as", schemaPath: "#/definitions/adapterRule/properties/name/properties/as/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
                          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                        }
                      } else {
                        let err39 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/name/as", schemaPath: "#/definitions/adapterRule/properties/name/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                      }
                    }
                  } else {
                    let err40 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/name", schemaPath: "#/definitions/adapterRule/properties/name/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                }
                if (data8.metricsQuery !== void 0) {
                  let data24 = data8.metricsQuery;
                  if (typeof data24 == "string") {
                    if (!pattern1.test(data24)) {
                      let err41 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/metricsQuery", schemaPath: "#/definitions/adapterRule/properties/metricsQuery/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                    }
                  } else {
                    let err42 = { instancePath: instancePath + "/adapterRules/rules/" + i2 + "/metricsQuery", schemaPath: "#/definitions/adapterRule/properties/metricsQuery/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                }
              } else {
                let err43 = { instancePath: instancePath + "/adapterRules/rules/" + i2, schemaPath: "#/definitions/adapterRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
          } else {
            let err44 = { instancePath: instancePath + "/adapterRules/rules", schemaPath: "#/properties/adapterRules/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data6.externalRules !== void 0) {
          let data25 = data6.externalRules;
          if (Array.isArray(data25)) {
            let len3 = data25.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data26 = data25[i4];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.seriesQuery === void 0) {
                  let err45 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4, schemaPath: "#/definitions/adapterRule/required", keyword: "required", params: { missingProperty: "seriesQuery" }, message: "must have required property 'seriesQuery'" };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
                if (data26.name === void 0) {
                  let err46 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4, schemaPath: "#/definitions/adapterRule/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (data26.metricsQuery === void 0) {
                  let err47 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4, schemaPath: "#/definitions/adapterRule/required", keyword: "required", params: { missingProperty: "metricsQuery" }, message: "must have required property 'metricsQuery'" };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                for (let key8 in data26)
                  if (!(key8 === "seriesQuery" || key8 === "seriesFilters" || key8 === "resources" || key8 === "name" || key8 === "metricsQuery")) {
                    let err48 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4, schemaPath: "#/definitions/adapterRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                if (data26.seriesQuery !== void 0) {
                  let data27 = data26.seriesQuery;
                  if (typeof data27 == "string") {
                    if (!pattern1.test(data27)) {
                      let err49 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesQuery", schemaPath: "#/definitions/adapterRule/properties/seriesQuery/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                    }
                  } else {
                    let err50 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesQuery", schemaPath: "#/definitions/adapterRule/properties/seriesQuery/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
                if (data26.seriesFilters !== void 0) {
                  let data28 = data26.seriesFilters;
                  if (Array.isArray(data28)) {
                    let len4 = data28.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data29 = data28[i5];
                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        for (let key9 in data29)
                          if (!(key9 === "is" || key9 === "isNot")) {
                            let err51 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesFilters/" + i5, schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                          }
                        if (data29.is !== void 0 && typeof data29.is != "string") {
                          let err52 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesFilters/" + i5 + "/is", schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/properties/is/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                        }
                        if (data29.isNot !== void 0 && typeof data29.isNot != "string") {
                          let err53 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesFilters/" + i5 + "/isNot", schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/properties/isNot/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                        }
                      } else {
                        let err54 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesFilters/" + i5, schemaPath: "#/definitions/adapterRule/properties/seriesFilters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                      }
                    }
                  } else {
                    let err55 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/seriesFilters", schemaPath: "#/definitions/adapterRule/properties/seriesFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                }
                if (data26.resources !== void 0) {
                  let data32 = data26.resources;
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    for (let key10 in data32)
                      if (!(key10 === "overrides" || key10 === "template" || key10 === "namespaced")) {
                        let err56 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources", schemaPath: "#/definitions/adapterRule/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                      }
                    if (data32.overrides !== void 0) {
                      let data33 = data32.overrides;
                      if (data33 && typeof data33 == "object" && !Array.isArray(data33))
                        for (let key11 in data33) {
                          let data34 = data33[key11];
                          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                            if (data34.resource === void 0) {
                              let err57 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                              vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                            }
                            for (let key12 in data34)
                              if (!(key12 === "group" || key12 === "resource")) {
                                let err58 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                              }
                            if (data34.group !== void 0 && typeof data34.group != "string") {
                              let err59 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/group", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                            }
                            if (data34.resource !== void 0) {
                              let data36 = data34.resource;
                              if (typeof data36 == "string") {
                                if (!pattern1.test(data36)) {
                                  let err60 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/resource", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/properties/resource/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                                  vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                                }
                              } else {
                                let err61 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/resource", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                              }
                            }
                          } else {
                            let err62 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                          }
                        }
                      else {
                        let err63 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/overrides", schemaPath: "#/definitions/adapterRule/properties/resources/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                      }
                    }
                    if (data32.template !== void 0 && typeof data32.template != "string") {
                      let err64 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/template", schemaPath: "#/definitions/adapterRule/properties/resources/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                    }
                    if (data32.namespaced !== void 0 && typeof data32.namespaced != "boolean") {
                      let err65 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources/namespaced", schemaPath: "#/definitions/adapterRule/properties/resources/properties/namespaced/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                    }
                  } else {
                    let err66 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/resources", schemaPath: "#/definitions/adapterRule/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                  }
                }
                if (data26.name !== void 0) {
                  let data39 = data26.name;
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    if (data39.as === void 0) {
                      let err67 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/name", schemaPath: "#/definitions/adapterRule/properties/name/required", keyword: "required", params: { missingProperty: "as" }, message: "must have required property 'as'" };
                      vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                    }
                    for (let key13 in data39)
                      if (!(key13 === "matches" || key13 === "as")) {
                        let err68 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/name", schemaPath: "#/definitions/adapterRule/properties/name/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                      }
                    if (data39.matches !== void 0 && typeof data39.matches != "string") {
                      let err69 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/name/matches", schemaPath: "#/definitions/adapterRule/properties/name/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                    }
                    if (data39.as !== void 0) {
                      let data41 = data39.as;
                      if (typeof data41 == "string") {
                        if (!pattern12.test(data41)) {
                          let err70 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/name/as", schemaPath: "#/definitions/adapterRule/properties/name/properties/as/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
                          vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                        }
                      } else {
                        let err71 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/name/as", schemaPath: "#/definitions/adapterRule/properties/name/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                      }
                    }
                  } else {
                    let err72 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/name", schemaPath: "#/definitions/adapterRule/properties/name/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                  }
                }
                if (data26.metricsQuery !== void 0) {
                  let data42 = data26.metricsQuery;
                  if (typeof data42 == "string") {
                    if (!pattern1.test(data42)) {
                      let err73 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/metricsQuery", schemaPath: "#/definitions/adapterRule/properties/metricsQuery/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                    }
                  } else {
                    let err74 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4 + "/metricsQuery", schemaPath: "#/definitions/adapterRule/properties/metricsQuery/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                  }
                }
              } else {
                let err75 = { instancePath: instancePath + "/adapterRules/externalRules/" + i4, schemaPath: "#/definitions/adapterRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
          } else {
            let err76 = { instancePath: instancePath + "/adapterRules/externalRules", schemaPath: "#/properties/adapterRules/properties/externalRules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
        }
      } else {
        let err77 = { instancePath: instancePath + "/adapterRules", schemaPath: "#/properties/adapterRules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
      }
    }
    if (data.ruleLabels !== void 0) {
      let data43 = data.ruleLabels;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (let key14 in data43)
          if (typeof data43[key14] != "string") {
            let err78 = { instancePath: instancePath + "/ruleLabels/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ruleLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
          }
      } else {
        let err79 = { instancePath: instancePath + "/ruleLabels", schemaPath: "#/properties/ruleLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
      }
    }
    if (data.scrape !== void 0) {
      let data45 = data.scrape;
      if (typeof data45 != "string") {
        let err80 = { instancePath: instancePath + "/scrape", schemaPath: "#/properties/scrape/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
      }
      if (!(data45 === "serviceMonitor" || data45 === "annotations")) {
        let err81 = { instancePath: instancePath + "/scrape", schemaPath: "#/properties/scrape/enum", keyword: "enum", params: { allowedValues: schema14.properties.scrape.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
      }
    }
    if (data.requestsMetric !== void 0) {
      let data46 = data.requestsMetric;
      if (typeof data46 == "string") {
        if (!pattern12.test(data46)) {
          let err82 = { instancePath: instancePath + "/requestsMetric", schemaPath: "#/properties/requestsMetric/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
          vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
        }
      } else {
        let err83 = { instancePath: instancePath + "/requestsMetric", schemaPath: "#/properties/requestsMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
      }
    }
    if (data.latencyMetric !== void 0) {
      let data47 = data.latencyMetric;
      if (typeof data47 == "string") {
        if (!pattern12.test(data47)) {
          let err84 = { instancePath: instancePath + "/latencyMetric", schemaPath: "#/properties/latencyMetric/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
          vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
        }
      } else {
        let err85 = { instancePath: instancePath + "/latencyMetric", schemaPath: "#/properties/latencyMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
      }
    }
    if (data.errorMatcher !== void 0) {
      let data48 = data.errorMatcher;
      if (typeof data48 == "string") {
        if (!pattern1.test(data48)) {
          let err86 = { instancePath: instancePath + "/errorMatcher", schemaPath: "#/properties/errorMatcher/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
        }
      } else {
        let err87 = { instancePath: instancePath + "/errorMatcher", schemaPath: "#/properties/errorMatcher/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
      }
    }
    if (data.errorsMetric !== void 0) {
      let data49 = data.errorsMetric;
      if (typeof data49 == "string") {
        if (!pattern12.test(data49)) {
          let err88 = { instancePath: instancePath + "/errorsMetric", schemaPath: "#/properties/errorsMetric/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
          vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
        }
      } else {
        let err89 = { instancePath: instancePath + "/errorsMetric", schemaPath: "#/properties/errorsMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
      }
    }
    if (data.dcgm !== void 0) {
      let data50 = data.dcgm;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        for (let key15 in data50)
          if (!(key15 === "podLabel" || key15 === "namespaceLabel")) {
            let err90 = { instancePath: instancePath + "/dcgm", schemaPath: "#/definitions/dcgm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
          }
        if (data50.podLabel !== void 0) {
          let data51 = data50.podLabel;
          if (typeof data51 == "string") {
            if (!pattern22.test(data51)) {
              let err91 = { instancePath: instancePath + "/dcgm/podLabel", schemaPath: "#/definitions/dcgm/properties/podLabel/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"' };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
          } else {
            let err92 = { instancePath: instancePath + "/dcgm/podLabel", schemaPath: "#/definitions/dcgm/properties/podLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
        }
        if (data50.namespaceLabel !== void 0) {
          let data52 = data50.namespaceLabel;
          if (typeof data52 == "string") {
            if (!pattern22.test(data52)) {
              let err93 = { instancePath: instancePath + "/dcgm/namespaceLabel", schemaPath: "#/definitions/dcgm/properties/namespaceLabel/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"' };
              vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
            }
          } else {
            let err94 = { instancePath: instancePath + "/dcgm/namespaceLabel", schemaPath: "#/definitions/dcgm/properties/namespaceLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
          }
        }
      } else {
        let err95 = { instancePath: instancePath + "/dcgm", schemaPath: "#/definitions/dcgm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
      }
    }
  } else {
    let err96 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
  }
  return validate12.errors = vErrors, errors === 0;
}
var schema19 = { title: "AlertRuleSpec", description: "One Prometheus alerting rule, written as in a Prometheus rule file (`alert`, `expr`, `for`, `keep_firing_for`, `labels`, `annotations`) with `severity` as a shorthand for `labels.severity`. The expression is copied verbatim (name the namespace and pods yourself; nothing is substituted) and checked as Prometheus checks it when the spec is compiled: invalid PromQL, a bad duration or template is a spec error at its line.", type: "object", additionalProperties: !1, required: ["alert", "expr"], properties: { alert: { description: "Name of the alert (a metric name: letters, digits, `_` and `:`). Two rules of one group may share a name only with different labels (a warning and a critical threshold); the names of the alerts the compiler writes into the group (KubeHpaMaxedOut, KubeHpaReplicasMismatch, WorkloadLatencyP95High, WorkloadErrorRateHigh) are taken.", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, expr: { description: "PromQL expression; the alert fires for every series it returns. It must parse and type-check as Prometheus 3 reads it and return an instant vector or a scalar.", type: "string", pattern: "\\S" }, for: { description: "How long the expression must hold before the alert fires, as a Prometheus duration (`30s`, `5m`, `1h30m`). Default: fires at once.", type: "string", pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$" }, keep_firing_for: { description: "How long the alert keeps firing after the expression stops returning it, as a Prometheus duration. Default: none.", type: "string", pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$" }, severity: { description: "`severity` label of the alert (for Alertmanager routing). Default: the workload's `alerts.severity`, else `warning`; not together with `labels.severity`.", type: "string", enum: ["info", "warning", "critical"] }, labels: { description: "Labels added to the alert (values may use Prometheus' alert templates). Workload rules also get `workload: <name>` unless they set it. Default: none.", type: "object", additionalProperties: { type: "string" }, propertyNames: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" } }, annotations: { description: "Annotations of the alert: `summary`, `description`, `runbook_url` or any other, with Prometheus' alert templates (`{{ $labels.pod }}`, `{{ $value }}`). RUNBOOK.md shows the summary. Default: none.", type: "object", additionalProperties: { type: "string" }, propertyNames: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" } } } }, pattern27 = new RegExp("^([0-9]+(ms|s|m|h|d|w|y))+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "enabled" || key0 === "group" || key0 === "rules")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.enabled !== void 0 && typeof data.enabled != "boolean") {
      let err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.group !== void 0) {
      let data1 = data.group;
      if (typeof data1 == "string") {
        if (!pattern1.test(data1)) {
          let err2 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data2 = data.rules;
      if (Array.isArray(data2)) {
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.alert === void 0) {
              let err4 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/required", keyword: "required", params: { missingProperty: "alert" }, message: "must have required property 'alert'" };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
            if (data3.expr === void 0) {
              let err5 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'" };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            for (let key1 in data3)
              if (!(key1 === "alert" || key1 === "expr" || key1 === "for" || key1 === "keep_firing_for" || key1 === "severity" || key1 === "labels" || key1 === "annotations")) {
                let err6 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
              }
            if (data3.alert !== void 0) {
              let data4 = data3.alert;
              if (typeof data4 == "string") {
                if (!pattern12.test(data4)) {
                  let err7 = { instancePath: instancePath + "/rules/" + i0 + "/alert", schemaPath: "#/definitions/alertRule/properties/alert/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
              } else {
                let err8 = { instancePath: instancePath + "/rules/" + i0 + "/alert", schemaPath: "#/definitions/alertRule/properties/alert/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
              }
            }
            if (data3.expr !== void 0) {
              let data5 = data3.expr;
              if (typeof data5 == "string") {
                if (!pattern1.test(data5)) {
                  let err9 = { instancePath: instancePath + "/rules/" + i0 + "/expr", schemaPath: "#/definitions/alertRule/properties/expr/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                }
              } else {
                let err10 = { instancePath: instancePath + "/rules/" + i0 + "/expr", schemaPath: "#/definitions/alertRule/properties/expr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            }
            if (data3.for !== void 0) {
              let data6 = data3.for;
              if (typeof data6 == "string") {
                if (!pattern27.test(data6)) {
                  let err11 = { instancePath: instancePath + "/rules/" + i0 + "/for", schemaPath: "#/definitions/alertRule/properties/for/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d|w|y))+$"' };
                  vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                }
              } else {
                let err12 = { instancePath: instancePath + "/rules/" + i0 + "/for", schemaPath: "#/definitions/alertRule/properties/for/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            }
            if (data3.keep_firing_for !== void 0) {
              let data7 = data3.keep_firing_for;
              if (typeof data7 == "string") {
                if (!pattern27.test(data7)) {
                  let err13 = { instancePath: instancePath + "/rules/" + i0 + "/keep_firing_for", schemaPath: "#/definitions/alertRule/properties/keep_firing_for/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d|w|y))+$"' };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              } else {
                let err14 = { instancePath: instancePath + "/rules/" + i0 + "/keep_firing_for", schemaPath: "#/definitions/alertRule/properties/keep_firing_for/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
            }
            if (data3.severity !== void 0) {
              let data8 = data3.severity;
              if (typeof data8 != "string") {
                let err15 = { instancePath: instancePath + "/rules/" + i0 + "/severity", schemaPath: "#/definitions/alertRule/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
              if (!(data8 === "info" || data8 === "warning" || data8 === "critical")) {
                let err16 = { instancePath: instancePath + "/rules/" + i0 + "/severity", schemaPath: "#/definitions/alertRule/properties/severity/enum", keyword: "enum", params: { allowedValues: schema19.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            }
            if (data3.labels !== void 0) {
              let data9 = data3.labels;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (let key2 in data9) {
                  let _errs24 = errors;
                  if (typeof key2 == "string" && !pattern22.test(key2)) {
                    let err17 = { instancePath: instancePath + "/rules/" + i0 + "/labels", schemaPath: "#/definitions/alertRule/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"', propertyName: key2 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                  var valid5 = _errs24 === errors;
                  if (!valid5) {
                    let err18 = { instancePath: instancePath + "/rules/" + i0 + "/labels", schemaPath: "#/definitions/alertRule/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                  }
                }
                for (let key3 in data9)
                  if (typeof data9[key3] != "string") {
                    let err19 = { instancePath: instancePath + "/rules/" + i0 + "/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/alertRule/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
              } else {
                let err20 = { instancePath: instancePath + "/rules/" + i0 + "/labels", schemaPath: "#/definitions/alertRule/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data3.annotations !== void 0) {
              let data11 = data3.annotations;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (let key4 in data11) {
                  let _errs30 = errors;
                  if (typeof key4 == "string" && !pattern22.test(key4)) {
                    let err21 = { instancePath: instancePath + "/rules/" + i0 + "/annotations", schemaPath: "#/definitions/alertRule/properties/annotations/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"', propertyName: key4 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                  var valid7 = _errs30 === errors;
                  if (!valid7) {
                    let err22 = { instancePath: instancePath + "/rules/" + i0 + "/annotations", schemaPath: "#/definitions/alertRule/properties/annotations/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                }
                for (let key5 in data11)
                  if (typeof data11[key5] != "string") {
                    let err23 = { instancePath: instancePath + "/rules/" + i0 + "/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/alertRule/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
              } else {
                let err24 = { instancePath: instancePath + "/rules/" + i0 + "/annotations", schemaPath: "#/definitions/alertRule/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
          } else {
            let err25 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
      } else {
        let err26 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
  } else {
    let err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
  }
  return validate14.errors = vErrors, errors === 0;
}
var schema23 = { title: "TaintSpec", description: "A node taint.", type: "object", additionalProperties: !1, required: ["key", "effect"], properties: { key: { description: "Taint key.", type: "string", pattern: "\\S" }, value: { description: "Taint value; omitted means the toleration uses `operator: Exists`.", type: "string" }, effect: { description: "Taint effect.", type: "string", enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"] } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "instanceTypes" || key0 === "labels" || key0 === "gpus" || key0 === "cpu" || key0 === "memory" || key0 === "min" || key0 === "max" || key0 === "taints")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.instanceTypes !== void 0) {
      let data0 = data.instanceTypes;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          let err1 = { instancePath: instancePath + "/instanceTypes", schemaPath: "#/properties/instanceTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
        let len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 == "string") {
            if (!pattern1.test(data1)) {
              let err2 = { instancePath: instancePath + "/instanceTypes/" + i0, schemaPath: "#/properties/instanceTypes/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
          } else {
            let err3 = { instancePath: instancePath + "/instanceTypes/" + i0, schemaPath: "#/properties/instanceTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
        }
        let i1 = data0.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data0[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err4 = { instancePath: instancePath + "/instanceTypes", schemaPath: "#/properties/instanceTypes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err5 = { instancePath: instancePath + "/instanceTypes", schemaPath: "#/properties/instanceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.labels !== void 0) {
      let data2 = data.labels;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (let key1 in data2)
          if (typeof data2[key1] != "string") {
            let err6 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
      } else {
        let err7 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.gpus !== void 0) {
      let data4 = data.gpus;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        let err8 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (typeof data4 == "number" && isFinite(data4) && (data4 < 0 || isNaN(data4))) {
        let err9 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data5 = data.cpu, _errs14 = errors, valid5 = !1, _errs15 = errors;
      if (typeof data5 == "string") {
        if (!pattern1.test(data5)) {
          let err10 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      } else {
        let err11 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      var _valid0 = _errs15 === errors;
      if (valid5 = valid5 || _valid0, !valid5) {
        let _errs17 = errors;
        if (typeof data5 == "number" && isFinite(data5)) {
          if (data5 < 0 || isNaN(data5)) {
            let err12 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        } else {
          let err13 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
        var _valid0 = _errs17 === errors;
        valid5 = valid5 || _valid0;
      }
      if (valid5)
        errors = _errs14, vErrors !== null && (_errs14 ? vErrors.length = _errs14 : vErrors = null);
      else {
        let err14 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.memory !== void 0) {
      let data6 = data.memory, _errs20 = errors, valid6 = !1, _errs21 = errors;
      if (typeof data6 == "string") {
        if (!pattern1.test(data6)) {
          let err15 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      } else {
        let err16 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
      var _valid1 = _errs21 === errors;
      if (valid6 = valid6 || _valid1, !valid6) {
        let _errs23 = errors;
        if (typeof data6 == "number" && isFinite(data6)) {
          if (data6 < 0 || isNaN(data6)) {
            let err17 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        } else {
          let err18 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        var _valid1 = _errs23 === errors;
        valid6 = valid6 || _valid1;
      }
      if (valid6)
        errors = _errs20, vErrors !== null && (_errs20 ? vErrors.length = _errs20 : vErrors = null);
      else {
        let err19 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.min !== void 0) {
      let data7 = data.min;
      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        let err20 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
      if (typeof data7 == "number" && isFinite(data7) && (data7 < 0 || isNaN(data7))) {
        let err21 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.max !== void 0) {
      let data8 = data.max;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
        let err22 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
      if (typeof data8 == "number" && isFinite(data8) && (data8 < 1 || isNaN(data8))) {
        let err23 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.taints !== void 0) {
      let data9 = data.taints;
      if (Array.isArray(data9)) {
        let len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.key === void 0) {
              let err24 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/definitions/taint/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            if (data10.effect === void 0) {
              let err25 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/definitions/taint/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            for (let key2 in data10)
              if (!(key2 === "key" || key2 === "value" || key2 === "effect")) {
                let err26 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/definitions/taint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            if (data10.key !== void 0) {
              let data11 = data10.key;
              if (typeof data11 == "string") {
                if (!pattern1.test(data11)) {
                  let err27 = { instancePath: instancePath + "/taints/" + i2 + "/key", schemaPath: "#/definitions/taint/properties/key/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              } else {
                let err28 = { instancePath: instancePath + "/taints/" + i2 + "/key", schemaPath: "#/definitions/taint/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
            if (data10.value !== void 0 && typeof data10.value != "string") {
              let err29 = { instancePath: instancePath + "/taints/" + i2 + "/value", schemaPath: "#/definitions/taint/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            if (data10.effect !== void 0) {
              let data13 = data10.effect;
              if (typeof data13 != "string") {
                let err30 = { instancePath: instancePath + "/taints/" + i2 + "/effect", schemaPath: "#/definitions/taint/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
              if (!(data13 === "NoSchedule" || data13 === "PreferNoSchedule" || data13 === "NoExecute")) {
                let err31 = { instancePath: instancePath + "/taints/" + i2 + "/effect", schemaPath: "#/definitions/taint/properties/effect/enum", keyword: "enum", params: { allowedValues: schema23.properties.effect.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
          } else {
            let err32 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/definitions/taint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
      } else {
        let err33 = { instancePath: instancePath + "/taints", schemaPath: "#/properties/taints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
  } else {
    let err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
  }
  return validate16.errors = vErrors, errors === 0;
}
var schema24 = { title: "WorkloadSpec", description: "How one workload of the base scales and where it runs.", type: "object", additionalProperties: !1, properties: { kind: { description: "Kind of the workload in the base. Default: `Deployment`.", type: "string", enum: ["Deployment", "StatefulSet"], default: "Deployment" }, container: { description: "Container that `resources` apply to. Default: the first container.", type: "string", pattern: "\\S" }, service: { description: "Name of the Service in the base that fronts the workload (for `ingress` and `monitoring`). Default: the Service whose selector matches the pod template.", type: "string", pattern: "\\S" }, names: { $ref: "#/definitions/objectNames" }, resources: { $ref: "#/definitions/resources" }, replicas: { $ref: "#/definitions/replicas" }, autoscaler: { description: "`hpa` (default): a HorizontalPodAutoscaler; `keda`: a KEDA ScaledObject with Prometheus triggers (allows `replicas.min: 0`); `none`: a fixed `spec.replicas` of `replicas.min`.", type: "string", enum: ["hpa", "keda", "none"], default: "hpa" }, scaleOn: { $ref: "#/definitions/scaleOn" }, profile: { description: "Scaling behaviour preset (modelled on the seed systems). `aggressive`: up at once by 100% or 4 pods per 15s (the larger), down after a 2m window by at most 25% per minute; `balanced` (default): up after a 30s window by 100% or 4 pods per minute, down after a 5m window by 10% or 1 pod per minute (the larger); `conservative`: up after a 60s window by 1 pod per minute, down after a 10m window by 1 pod per 5 minutes. `scaleUp`/`scaleDown` override single fields.", type: "string", enum: ["aggressive", "balanced", "conservative"], default: "balanced" }, scaleUp: { $ref: "#/definitions/scalingRules" }, scaleDown: { $ref: "#/definitions/scalingRules" }, keda: { $ref: "#/definitions/keda" }, vpa: { $ref: "#/definitions/vpa" }, placement: { $ref: "#/definitions/placement" }, priorityClass: { description: "`priorityClassName` of the pods: a class of `spec.priorityClasses` or a `system-` class.", type: "string", pattern: "\\S" }, disruption: { $ref: "#/definitions/disruption" }, ingress: { $ref: "#/definitions/ingress" }, monitoring: { $ref: "#/definitions/monitoring" }, alerts: { $ref: "#/definitions/alerts" } } };
var schema34 = { title: "ScalingRulesSpec", description: "One direction of the HPA `behavior`; each field overrides the profile. Policies: at most `maxPods` pods and/or `maxPercent` percent per `period`.", type: "object", additionalProperties: !1, properties: { stabilization: { description: "Stabilization window: the autoscaler acts on the most conservative recommendation of this window (e.g. `5m`). At most 1h.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, maxPods: { description: "At most this many pods per `period` (a `Pods` policy).", type: "integer", minimum: 1 }, maxPercent: { description: "At most this percentage of the current replicas per `period` (a `Percent` policy).", type: "integer", minimum: 1 }, period: { description: "Period of the policies, 1s\u201330m (e.g. `60s`).", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, select: { description: "With both policies, `Max` takes the one allowing the larger change, `Min` the smaller; `Disabled` turns this direction off.", type: "string", enum: ["Max", "Min", "Disabled"] }, tolerance: { description: "Relative change of the metric ignored before acting (HPA `tolerance`, Kubernetes 1.33+), e.g. 0.05. Default: the cluster's (10%).", type: "number", minimum: 0, maximum: 1 } } };
var schema40 = { title: "PlacementSpec", description: "Where the pods run.", type: "object", additionalProperties: !1, properties: { nodePool: { description: "A node pool of `spec.nodePools`: node affinity to its instance types and labels (see `affinity`), tolerations for its taints (GPU taint included).", type: "string", pattern: "\\S" }, affinity: { description: "How the pods are held to the node pool: `required` (default: `requiredDuringSchedulingIgnoredDuringExecution`, pods stay Pending when the pool is full) or `preferred` (`preferredDuringScheduling\u2026` with `weight`: the scheduler tries the pool first and may run the pods elsewhere). Tolerations are added either way.", type: "string", enum: ["required", "preferred"], default: "required" }, weight: { description: "Weight of the preferred node affinity, 1\u2013100. Default: 100. Only with `affinity: preferred`.", type: "integer", minimum: 1, maximum: 100 }, spreadZones: { description: "Spread pods across zones (`topology.kubernetes.io/zone`, maxSkew 1). `true` prefers (ScheduleAnyway); `required` refuses to schedule when skewed. Default: false.", enum: [!0, !1, "preferred", "required"], default: !1 }, antiAffinity: { description: "Keep pods of this workload on different nodes: `preferred` (soft) or `required` (hard; needs at least `replicas.max` nodes). Default: `none`.", type: "string", enum: ["none", "preferred", "required"], default: "none" } } };
var schema44 = { title: "MonitoringSpec", description: "How Prometheus scrapes the workload, and metric names for this workload. With `prometheus.scrape: serviceMonitor` (the default) a ServiceMonitor scraping the workload's Service (the Prometheus Operator must run in the cluster); with `annotations`, `prometheus.io/*` annotations on its pods.", type: "object", additionalProperties: !1, properties: { enabled: { description: "Set to false to turn this block off (useful in an environment override). Default: true.", type: "boolean", default: !0 }, port: { description: "Name of the Service port to scrape. With `prometheus.scrape: annotations` the pods are scraped on that port's target port, which must be a number or a named container port.", type: "string", pattern: "\\S" }, path: { description: "HTTP path. Default: `/metrics`.", type: "string", pattern: "^/", default: "/metrics" }, interval: { description: "Scrape interval. Default: 30s. A ServiceMonitor setting: with `prometheus.scrape: annotations` the Prometheus job sets it, so it cannot be given here.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, scrapeTimeout: { description: "Scrape timeout; at most `interval`. Default: Prometheus' (10s). A ServiceMonitor setting, like `interval`.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, requestsMetric: { description: "Overrides `prometheus.requestsMetric` for this workload.", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, latencyMetric: { description: "Overrides `prometheus.latencyMetric` for this workload.", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, errorMatcher: { description: "Overrides `prometheus.errorMatcher` for this workload.", type: "string", pattern: "\\S" }, errorsMetric: { description: "Overrides `prometheus.errorsMetric` for this workload.", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" } } }, pattern62 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u"), pattern82 = new RegExp("^[0-9]+%$", "u"), pattern85 = new RegExp("^/", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "requests" || key0 === "limits")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.requests !== void 0) {
      let data0 = data.requests;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (let key1 in data0)
          if (!(key1 === "cpu" || key1 === "memory" || key1 === "gpu" || key1 === "ephemeralStorage")) {
            let err1 = { instancePath: instancePath + "/requests", schemaPath: "#/definitions/resourceAmounts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
          }
        if (data0.cpu !== void 0) {
          let data1 = data0.cpu, _errs7 = errors, valid3 = !1, _errs8 = errors;
          if (typeof data1 == "string") {
            if (!pattern1.test(data1)) {
              let err2 = { instancePath: instancePath + "/requests/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
          } else {
            let err3 = { instancePath: instancePath + "/requests/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
          var _valid0 = _errs8 === errors;
          if (valid3 = valid3 || _valid0, !valid3) {
            let _errs10 = errors;
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 < 0 || isNaN(data1)) {
                let err4 = { instancePath: instancePath + "/requests/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
              }
            } else {
              let err5 = { instancePath: instancePath + "/requests/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            var _valid0 = _errs10 === errors;
            valid3 = valid3 || _valid0;
          }
          if (valid3)
            errors = _errs7, vErrors !== null && (_errs7 ? vErrors.length = _errs7 : vErrors = null);
          else {
            let err6 = { instancePath: instancePath + "/requests/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data0.memory !== void 0) {
          let data2 = data0.memory, _errs13 = errors, valid4 = !1, _errs14 = errors;
          if (typeof data2 == "string") {
            if (!pattern1.test(data2)) {
              let err7 = { instancePath: instancePath + "/requests/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/requests/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
          var _valid1 = _errs14 === errors;
          if (valid4 = valid4 || _valid1, !valid4) {
            let _errs16 = errors;
            if (typeof data2 == "number" && isFinite(data2)) {
              if (data2 < 0 || isNaN(data2)) {
                let err9 = { instancePath: instancePath + "/requests/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            } else {
              let err10 = { instancePath: instancePath + "/requests/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
            var _valid1 = _errs16 === errors;
            valid4 = valid4 || _valid1;
          }
          if (valid4)
            errors = _errs13, vErrors !== null && (_errs13 ? vErrors.length = _errs13 : vErrors = null);
          else {
            let err11 = { instancePath: instancePath + "/requests/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data0.gpu !== void 0) {
          let data3 = data0.gpu;
          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            let err12 = { instancePath: instancePath + "/requests/gpu", schemaPath: "#/definitions/resourceAmounts/properties/gpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
          if (typeof data3 == "number" && isFinite(data3) && (data3 < 0 || isNaN(data3))) {
            let err13 = { instancePath: instancePath + "/requests/gpu", schemaPath: "#/definitions/resourceAmounts/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        if (data0.ephemeralStorage !== void 0) {
          let data4 = data0.ephemeralStorage, _errs21 = errors, valid5 = !1, _errs22 = errors;
          if (typeof data4 == "string") {
            if (!pattern1.test(data4)) {
              let err14 = { instancePath: instancePath + "/requests/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
          } else {
            let err15 = { instancePath: instancePath + "/requests/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
          var _valid2 = _errs22 === errors;
          if (valid5 = valid5 || _valid2, !valid5) {
            let _errs24 = errors;
            if (typeof data4 == "number" && isFinite(data4)) {
              if (data4 < 0 || isNaN(data4)) {
                let err16 = { instancePath: instancePath + "/requests/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            } else {
              let err17 = { instancePath: instancePath + "/requests/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            var _valid2 = _errs24 === errors;
            valid5 = valid5 || _valid2;
          }
          if (valid5)
            errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
          else {
            let err18 = { instancePath: instancePath + "/requests/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
      } else {
        let err19 = { instancePath: instancePath + "/requests", schemaPath: "#/definitions/resourceAmounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.limits !== void 0) {
      let data5 = data.limits;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (let key2 in data5)
          if (!(key2 === "cpu" || key2 === "memory" || key2 === "gpu" || key2 === "ephemeralStorage")) {
            let err20 = { instancePath: instancePath + "/limits", schemaPath: "#/definitions/resourceAmounts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        if (data5.cpu !== void 0) {
          let data6 = data5.cpu, _errs31 = errors, valid8 = !1, _errs32 = errors;
          if (typeof data6 == "string") {
            if (!pattern1.test(data6)) {
              let err21 = { instancePath: instancePath + "/limits/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/limits/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
          var _valid3 = _errs32 === errors;
          if (valid8 = valid8 || _valid3, !valid8) {
            let _errs34 = errors;
            if (typeof data6 == "number" && isFinite(data6)) {
              if (data6 < 0 || isNaN(data6)) {
                let err23 = { instancePath: instancePath + "/limits/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            } else {
              let err24 = { instancePath: instancePath + "/limits/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            var _valid3 = _errs34 === errors;
            valid8 = valid8 || _valid3;
          }
          if (valid8)
            errors = _errs31, vErrors !== null && (_errs31 ? vErrors.length = _errs31 : vErrors = null);
          else {
            let err25 = { instancePath: instancePath + "/limits/cpu", schemaPath: "#/definitions/resourceAmounts/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data5.memory !== void 0) {
          let data7 = data5.memory, _errs37 = errors, valid9 = !1, _errs38 = errors;
          if (typeof data7 == "string") {
            if (!pattern1.test(data7)) {
              let err26 = { instancePath: instancePath + "/limits/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
          } else {
            let err27 = { instancePath: instancePath + "/limits/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          var _valid4 = _errs38 === errors;
          if (valid9 = valid9 || _valid4, !valid9) {
            let _errs40 = errors;
            if (typeof data7 == "number" && isFinite(data7)) {
              if (data7 < 0 || isNaN(data7)) {
                let err28 = { instancePath: instancePath + "/limits/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            } else {
              let err29 = { instancePath: instancePath + "/limits/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            var _valid4 = _errs40 === errors;
            valid9 = valid9 || _valid4;
          }
          if (valid9)
            errors = _errs37, vErrors !== null && (_errs37 ? vErrors.length = _errs37 : vErrors = null);
          else {
            let err30 = { instancePath: instancePath + "/limits/memory", schemaPath: "#/definitions/resourceAmounts/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data5.gpu !== void 0) {
          let data8 = data5.gpu;
          if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
            let err31 = { instancePath: instancePath + "/limits/gpu", schemaPath: "#/definitions/resourceAmounts/properties/gpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
          if (typeof data8 == "number" && isFinite(data8) && (data8 < 0 || isNaN(data8))) {
            let err32 = { instancePath: instancePath + "/limits/gpu", schemaPath: "#/definitions/resourceAmounts/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data5.ephemeralStorage !== void 0) {
          let data9 = data5.ephemeralStorage, _errs45 = errors, valid10 = !1, _errs46 = errors;
          if (typeof data9 == "string") {
            if (!pattern1.test(data9)) {
              let err33 = { instancePath: instancePath + "/limits/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
          } else {
            let err34 = { instancePath: instancePath + "/limits/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
          var _valid5 = _errs46 === errors;
          if (valid10 = valid10 || _valid5, !valid10) {
            let _errs48 = errors;
            if (typeof data9 == "number" && isFinite(data9)) {
              if (data9 < 0 || isNaN(data9)) {
                let err35 = { instancePath: instancePath + "/limits/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            } else {
              let err36 = { instancePath: instancePath + "/limits/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
            }
            var _valid5 = _errs48 === errors;
            valid10 = valid10 || _valid5;
          }
          if (valid10)
            errors = _errs45, vErrors !== null && (_errs45 ? vErrors.length = _errs45 : vErrors = null);
          else {
            let err37 = { instancePath: instancePath + "/limits/ephemeralStorage", schemaPath: "#/definitions/resourceAmounts/properties/ephemeralStorage/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
      } else {
        let err38 = { instancePath: instancePath + "/limits", schemaPath: "#/definitions/resourceAmounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
  } else {
    let err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
  }
  return validate19.errors = vErrors, errors === 0;
}
var pattern58 = new RegExp("^[1-9][0-9]*%$", "u"), schema32 = { title: "CustomMetric", description: "A Prometheus metric to scale on. Give `averageValue` (per pod) or `value` (total; Object and External only).", type: "object", additionalProperties: !1, required: ["name"], properties: { name: { description: "Metric name as the HPA sees it (custom or external metrics API).", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, type: { description: "`Pods` (default: averaged over the workload's pods), `Object` (a value of one Kubernetes object, see `object`), or `External` (not tied to an object).", type: "string", enum: ["Pods", "Object", "External"], default: "Pods" }, averageValue: { description: "Target value per pod.", anyOf: [{ type: "string", pattern: "\\S" }, { type: "number", minimum: 0 }] }, value: { description: "Target total value (Object and External metrics).", anyOf: [{ type: "string", pattern: "\\S" }, { type: "number", minimum: 0 }] }, series: { description: "Prometheus series the metric is computed from. Default: `name`.", type: "string", pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, rate: { description: "The series is a counter: scale on its per-second rate over 2m. Default: false.", type: "boolean", default: !1 }, selector: { description: "Label matchers (equality) on the series; for External metrics also the HPA `metric.selector`.", type: "object", additionalProperties: { type: "string" } }, object: { $ref: "#/definitions/objectReference" }, activation: { description: "KEDA only: the value above which the workload is woken from zero (`activationThreshold`). Default: 0.", anyOf: [{ type: "string", pattern: "\\S" }, { type: "number", minimum: 0 }] } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema32.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern12.test(data0)) {
          let err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 != "string") {
        let err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
      if (!(data1 === "Pods" || data1 === "Object" || data1 === "External")) {
        let err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.type.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.averageValue !== void 0) {
      let data2 = data.averageValue, _errs7 = errors, valid1 = !1, _errs8 = errors;
      if (typeof data2 == "string") {
        if (!pattern1.test(data2)) {
          let err6 = { instancePath: instancePath + "/averageValue", schemaPath: "#/properties/averageValue/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/averageValue", schemaPath: "#/properties/averageValue/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      var _valid0 = _errs8 === errors;
      if (valid1 = valid1 || _valid0, !valid1) {
        let _errs10 = errors;
        if (typeof data2 == "number" && isFinite(data2)) {
          if (data2 < 0 || isNaN(data2)) {
            let err8 = { instancePath: instancePath + "/averageValue", schemaPath: "#/properties/averageValue/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        } else {
          let err9 = { instancePath: instancePath + "/averageValue", schemaPath: "#/properties/averageValue/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        var _valid0 = _errs10 === errors;
        valid1 = valid1 || _valid0;
      }
      if (valid1)
        errors = _errs7, vErrors !== null && (_errs7 ? vErrors.length = _errs7 : vErrors = null);
      else {
        let err10 = { instancePath: instancePath + "/averageValue", schemaPath: "#/properties/averageValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.value !== void 0) {
      let data3 = data.value, _errs13 = errors, valid2 = !1, _errs14 = errors;
      if (typeof data3 == "string") {
        if (!pattern1.test(data3)) {
          let err11 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      } else {
        let err12 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      var _valid1 = _errs14 === errors;
      if (valid2 = valid2 || _valid1, !valid2) {
        let _errs16 = errors;
        if (typeof data3 == "number" && isFinite(data3)) {
          if (data3 < 0 || isNaN(data3)) {
            let err13 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        } else {
          let err14 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        var _valid1 = _errs16 === errors;
        valid2 = valid2 || _valid1;
      }
      if (valid2)
        errors = _errs13, vErrors !== null && (_errs13 ? vErrors.length = _errs13 : vErrors = null);
      else {
        let err15 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.series !== void 0) {
      let data4 = data.series;
      if (typeof data4 == "string") {
        if (!pattern12.test(data4)) {
          let err16 = { instancePath: instancePath + "/series", schemaPath: "#/properties/series/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      } else {
        let err17 = { instancePath: instancePath + "/series", schemaPath: "#/properties/series/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.rate !== void 0 && typeof data.rate != "boolean") {
      let err18 = { instancePath: instancePath + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
    }
    if (data.selector !== void 0) {
      let data6 = data.selector;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (let key1 in data6)
          if (typeof data6[key1] != "string") {
            let err19 = { instancePath: instancePath + "/selector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
      } else {
        let err20 = { instancePath: instancePath + "/selector", schemaPath: "#/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.object !== void 0) {
      let data8 = data.object;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.kind === void 0) {
          let err21 = { instancePath: instancePath + "/object", schemaPath: "#/definitions/objectReference/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (data8.name === void 0) {
          let err22 = { instancePath: instancePath + "/object", schemaPath: "#/definitions/objectReference/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        for (let key2 in data8)
          if (!(key2 === "apiVersion" || key2 === "kind" || key2 === "name")) {
            let err23 = { instancePath: instancePath + "/object", schemaPath: "#/definitions/objectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        if (data8.apiVersion !== void 0 && typeof data8.apiVersion != "string") {
          let err24 = { instancePath: instancePath + "/object/apiVersion", schemaPath: "#/definitions/objectReference/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        if (data8.kind !== void 0) {
          let data10 = data8.kind;
          if (typeof data10 == "string") {
            if (!pattern1.test(data10)) {
              let err25 = { instancePath: instancePath + "/object/kind", schemaPath: "#/definitions/objectReference/properties/kind/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          } else {
            let err26 = { instancePath: instancePath + "/object/kind", schemaPath: "#/definitions/objectReference/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data8.name !== void 0) {
          let data11 = data8.name;
          if (typeof data11 == "string") {
            if (!pattern1.test(data11)) {
              let err27 = { instancePath: instancePath + "/object/name", schemaPath: "#/definitions/objectReference/properties/name/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
          } else {
            let err28 = { instancePath: instancePath + "/object/name", schemaPath: "#/definitions/objectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      } else {
        let err29 = { instancePath: instancePath + "/object", schemaPath: "#/definitions/objectReference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.activation !== void 0) {
      let data12 = data.activation, _errs38 = errors, valid6 = !1, _errs39 = errors;
      if (typeof data12 == "string") {
        if (!pattern1.test(data12)) {
          let err30 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
        }
      } else {
        let err31 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
      var _valid2 = _errs39 === errors;
      if (valid6 = valid6 || _valid2, !valid6) {
        let _errs41 = errors;
        if (typeof data12 == "number" && isFinite(data12)) {
          if (data12 < 0 || isNaN(data12)) {
            let err32 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        } else {
          let err33 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
        }
        var _valid2 = _errs41 === errors;
        valid6 = valid6 || _valid2;
      }
      if (valid6)
        errors = _errs38, vErrors !== null && (_errs38 ? vErrors.length = _errs38 : vErrors = null);
      else {
        let err34 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
  } else {
    let err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "cpu" || key0 === "memory" || key0 === "gpu" || key0 === "gpuMemory" || key0 === "requestsPerSecond" || key0 === "latency" || key0 === "metrics")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.cpu !== void 0) {
      let data0 = data.cpu, _errs3 = errors, valid1 = !1, _errs4 = errors;
      if (typeof data0 == "string") {
        if (!pattern58.test(data0)) {
          let err1 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*%$" }, message: 'must match pattern "^[1-9][0-9]*%$"' };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      var _valid0 = _errs4 === errors;
      if (valid1 = valid1 || _valid0, !valid1) {
        let _errs6 = errors;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
          let err3 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        if (typeof data0 == "number" && isFinite(data0) && (data0 < 1 || isNaN(data0))) {
          let err4 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
      }
      if (valid1)
        errors = _errs3, vErrors !== null && (_errs3 ? vErrors.length = _errs3 : vErrors = null);
      else {
        let err5 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.memory !== void 0) {
      let data1 = data.memory, _errs9 = errors, valid2 = !1, _errs10 = errors;
      if (typeof data1 == "string") {
        if (!pattern58.test(data1)) {
          let err6 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*%$" }, message: 'must match pattern "^[1-9][0-9]*%$"' };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      var _valid1 = _errs10 === errors;
      if (valid2 = valid2 || _valid1, !valid2) {
        let _errs12 = errors;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
          let err8 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (typeof data1 == "number" && isFinite(data1) && (data1 < 1 || isNaN(data1))) {
          let err9 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        var _valid1 = _errs12 === errors;
        valid2 = valid2 || _valid1;
      }
      if (valid2)
        errors = _errs9, vErrors !== null && (_errs9 ? vErrors.length = _errs9 : vErrors = null);
      else {
        let err10 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.gpu !== void 0) {
      let data2 = data.gpu, _errs15 = errors, valid3 = !1, _errs16 = errors;
      if (typeof data2 == "string") {
        if (!pattern58.test(data2)) {
          let err11 = { instancePath: instancePath + "/gpu", schemaPath: "#/properties/gpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*%$" }, message: 'must match pattern "^[1-9][0-9]*%$"' };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      } else {
        let err12 = { instancePath: instancePath + "/gpu", schemaPath: "#/properties/gpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      var _valid2 = _errs16 === errors;
      if (valid3 = valid3 || _valid2, !valid3) {
        let _errs18 = errors;
        if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
          let err13 = { instancePath: instancePath + "/gpu", schemaPath: "#/properties/gpu/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
        if (typeof data2 == "number" && isFinite(data2) && (data2 < 1 || isNaN(data2))) {
          let err14 = { instancePath: instancePath + "/gpu", schemaPath: "#/properties/gpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        var _valid2 = _errs18 === errors;
        valid3 = valid3 || _valid2;
      }
      if (valid3)
        errors = _errs15, vErrors !== null && (_errs15 ? vErrors.length = _errs15 : vErrors = null);
      else {
        let err15 = { instancePath: instancePath + "/gpu", schemaPath: "#/properties/gpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.gpuMemory !== void 0) {
      let data3 = data.gpuMemory, _errs21 = errors, valid4 = !1, _errs22 = errors;
      if (typeof data3 == "string") {
        if (!pattern58.test(data3)) {
          let err16 = { instancePath: instancePath + "/gpuMemory", schemaPath: "#/properties/gpuMemory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*%$" }, message: 'must match pattern "^[1-9][0-9]*%$"' };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      } else {
        let err17 = { instancePath: instancePath + "/gpuMemory", schemaPath: "#/properties/gpuMemory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
      var _valid3 = _errs22 === errors;
      if (valid4 = valid4 || _valid3, !valid4) {
        let _errs24 = errors;
        if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
          let err18 = { instancePath: instancePath + "/gpuMemory", schemaPath: "#/properties/gpuMemory/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (typeof data3 == "number" && isFinite(data3) && (data3 < 1 || isNaN(data3))) {
          let err19 = { instancePath: instancePath + "/gpuMemory", schemaPath: "#/properties/gpuMemory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        var _valid3 = _errs24 === errors;
        valid4 = valid4 || _valid3;
      }
      if (valid4)
        errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
      else {
        let err20 = { instancePath: instancePath + "/gpuMemory", schemaPath: "#/properties/gpuMemory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.requestsPerSecond !== void 0) {
      let data4 = data.requestsPerSecond;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 <= 0 || isNaN(data4)) {
          let err21 = { instancePath: instancePath + "/requestsPerSecond", schemaPath: "#/properties/requestsPerSecond/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
      } else {
        let err22 = { instancePath: instancePath + "/requestsPerSecond", schemaPath: "#/properties/requestsPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.latency !== void 0) {
      let data5 = data.latency;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (let key1 in data5)
          if (!(key1 === "target" || key1 === "percentile")) {
            let err23 = { instancePath: instancePath + "/latency", schemaPath: "#/definitions/latencyTarget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        if (data5.target !== void 0) {
          let data6 = data5.target;
          if (typeof data6 == "string") {
            if (!pattern62.test(data6)) {
              let err24 = { instancePath: instancePath + "/latency/target", schemaPath: "#/definitions/latencyTarget/properties/target/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
          } else {
            let err25 = { instancePath: instancePath + "/latency/target", schemaPath: "#/definitions/latencyTarget/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data5.percentile !== void 0) {
          let data7 = data5.percentile;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 99.9 || isNaN(data7)) {
              let err26 = { instancePath: instancePath + "/latency/percentile", schemaPath: "#/definitions/latencyTarget/properties/percentile/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99.9 }, message: "must be <= 99.9" };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            if (data7 < 50 || isNaN(data7)) {
              let err27 = { instancePath: instancePath + "/latency/percentile", schemaPath: "#/definitions/latencyTarget/properties/percentile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 50 }, message: "must be >= 50" };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
          } else {
            let err28 = { instancePath: instancePath + "/latency/percentile", schemaPath: "#/definitions/latencyTarget/properties/percentile/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      } else {
        let err29 = { instancePath: instancePath + "/latency", schemaPath: "#/definitions/latencyTarget/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data8 = data.metrics;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++)
          validate22(data8[i0], { instancePath: instancePath + "/metrics/" + i0, parentData: data8, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length);
      } else {
        let err30 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
  } else {
    let err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
var schema37 = { title: "VpaSpec", description: "A VerticalPodAutoscaler for the workload. Its `controlledResources` never include a resource the HPA scales on.", type: "object", additionalProperties: !1, properties: { enabled: { description: "Set to false to turn this block off (useful in an environment override). Default: true.", type: "boolean", default: !0 }, mode: { description: "`Off` (default: recommendations only), `Initial` (set at pod creation), `Recreate` (evict to resize), `InPlaceOrRecreate` (resize in place, Kubernetes 1.33+). `Auto` is deprecated upstream and not accepted.", type: "string", enum: ["Off", "Initial", "Recreate", "InPlaceOrRecreate"], default: "Off" }, controlledResources: { description: "Resources the VPA may change. Default: cpu and memory, minus those the HPA scales on.", type: "array", uniqueItems: !0, items: { type: "string", enum: ["cpu", "memory"] } }, controlledValues: { description: "`RequestsAndLimits` (default: keep the ratio) or `RequestsOnly`.", type: "string", enum: ["RequestsAndLimits", "RequestsOnly"] }, minAllowed: { $ref: "#/definitions/vpaBounds" }, maxAllowed: { $ref: "#/definitions/vpaBounds" } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "enabled" || key0 === "mode" || key0 === "controlledResources" || key0 === "controlledValues" || key0 === "minAllowed" || key0 === "maxAllowed")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.enabled !== void 0 && typeof data.enabled != "boolean") {
      let err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (typeof data1 != "string") {
        let err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (!(data1 === "Off" || data1 === "Initial" || data1 === "Recreate" || data1 === "InPlaceOrRecreate")) {
        let err3 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema37.properties.mode.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.controlledResources !== void 0) {
      let data2 = data.controlledResources;
      if (Array.isArray(data2)) {
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 != "string") {
            let err4 = { instancePath: instancePath + "/controlledResources/" + i0, schemaPath: "#/properties/controlledResources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
          if (!(data3 === "cpu" || data3 === "memory")) {
            let err5 = { instancePath: instancePath + "/controlledResources/" + i0, schemaPath: "#/properties/controlledResources/items/enum", keyword: "enum", params: { allowedValues: schema37.properties.controlledResources.items.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        }
        let i1 = data2.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err6 = { instancePath: instancePath + "/controlledResources", schemaPath: "#/properties/controlledResources/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err7 = { instancePath: instancePath + "/controlledResources", schemaPath: "#/properties/controlledResources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.controlledValues !== void 0) {
      let data4 = data.controlledValues;
      if (typeof data4 != "string") {
        let err8 = { instancePath: instancePath + "/controlledValues", schemaPath: "#/properties/controlledValues/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (!(data4 === "RequestsAndLimits" || data4 === "RequestsOnly")) {
        let err9 = { instancePath: instancePath + "/controlledValues", schemaPath: "#/properties/controlledValues/enum", keyword: "enum", params: { allowedValues: schema37.properties.controlledValues.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.minAllowed !== void 0) {
      let data5 = data.minAllowed;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (let key1 in data5)
          if (!(key1 === "cpu" || key1 === "memory")) {
            let err10 = { instancePath: instancePath + "/minAllowed", schemaPath: "#/definitions/vpaBounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data5.cpu !== void 0) {
          let data6 = data5.cpu, _errs17 = errors, valid6 = !1, _errs18 = errors;
          if (typeof data6 == "string") {
            if (!pattern1.test(data6)) {
              let err11 = { instancePath: instancePath + "/minAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/minAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
          var _valid0 = _errs18 === errors;
          if (valid6 = valid6 || _valid0, !valid6) {
            let _errs20 = errors;
            if (typeof data6 == "number" && isFinite(data6)) {
              if (data6 < 0 || isNaN(data6)) {
                let err13 = { instancePath: instancePath + "/minAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            } else {
              let err14 = { instancePath: instancePath + "/minAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            var _valid0 = _errs20 === errors;
            valid6 = valid6 || _valid0;
          }
          if (valid6)
            errors = _errs17, vErrors !== null && (_errs17 ? vErrors.length = _errs17 : vErrors = null);
          else {
            let err15 = { instancePath: instancePath + "/minAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        if (data5.memory !== void 0) {
          let data7 = data5.memory, _errs23 = errors, valid7 = !1, _errs24 = errors;
          if (typeof data7 == "string") {
            if (!pattern1.test(data7)) {
              let err16 = { instancePath: instancePath + "/minAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
          } else {
            let err17 = { instancePath: instancePath + "/minAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
          var _valid1 = _errs24 === errors;
          if (valid7 = valid7 || _valid1, !valid7) {
            let _errs26 = errors;
            if (typeof data7 == "number" && isFinite(data7)) {
              if (data7 < 0 || isNaN(data7)) {
                let err18 = { instancePath: instancePath + "/minAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            } else {
              let err19 = { instancePath: instancePath + "/minAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
            var _valid1 = _errs26 === errors;
            valid7 = valid7 || _valid1;
          }
          if (valid7)
            errors = _errs23, vErrors !== null && (_errs23 ? vErrors.length = _errs23 : vErrors = null);
          else {
            let err20 = { instancePath: instancePath + "/minAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
      } else {
        let err21 = { instancePath: instancePath + "/minAllowed", schemaPath: "#/definitions/vpaBounds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.maxAllowed !== void 0) {
      let data8 = data.maxAllowed;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (let key2 in data8)
          if (!(key2 === "cpu" || key2 === "memory")) {
            let err22 = { instancePath: instancePath + "/maxAllowed", schemaPath: "#/definitions/vpaBounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data8.cpu !== void 0) {
          let data9 = data8.cpu, _errs33 = errors, valid10 = !1, _errs34 = errors;
          if (typeof data9 == "string") {
            if (!pattern1.test(data9)) {
              let err23 = { instancePath: instancePath + "/maxAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          } else {
            let err24 = { instancePath: instancePath + "/maxAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          var _valid2 = _errs34 === errors;
          if (valid10 = valid10 || _valid2, !valid10) {
            let _errs36 = errors;
            if (typeof data9 == "number" && isFinite(data9)) {
              if (data9 < 0 || isNaN(data9)) {
                let err25 = { instancePath: instancePath + "/maxAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            } else {
              let err26 = { instancePath: instancePath + "/maxAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            var _valid2 = _errs36 === errors;
            valid10 = valid10 || _valid2;
          }
          if (valid10)
            errors = _errs33, vErrors !== null && (_errs33 ? vErrors.length = _errs33 : vErrors = null);
          else {
            let err27 = { instancePath: instancePath + "/maxAllowed/cpu", schemaPath: "#/definitions/vpaBounds/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data8.memory !== void 0) {
          let data10 = data8.memory, _errs39 = errors, valid11 = !1, _errs40 = errors;
          if (typeof data10 == "string") {
            if (!pattern1.test(data10)) {
              let err28 = { instancePath: instancePath + "/maxAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          } else {
            let err29 = { instancePath: instancePath + "/maxAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          var _valid3 = _errs40 === errors;
          if (valid11 = valid11 || _valid3, !valid11) {
            let _errs42 = errors;
            if (typeof data10 == "number" && isFinite(data10)) {
              if (data10 < 0 || isNaN(data10)) {
                let err30 = { instancePath: instancePath + "/maxAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            } else {
              let err31 = { instancePath: instancePath + "/maxAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            var _valid3 = _errs42 === errors;
            valid11 = valid11 || _valid3;
          }
          if (valid11)
            errors = _errs39, vErrors !== null && (_errs39 ? vErrors.length = _errs39 : vErrors = null);
          else {
            let err32 = { instancePath: instancePath + "/maxAllowed/memory", schemaPath: "#/definitions/vpaBounds/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
      } else {
        let err33 = { instancePath: instancePath + "/maxAllowed", schemaPath: "#/definitions/vpaBounds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
  } else {
    let err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
  }
  return validate25.errors = vErrors, errors === 0;
}
var schema42 = { title: "IngressSpec", description: "An NGINX Ingress for the workload's Service.", type: "object", additionalProperties: !1, properties: { enabled: { description: "Set to false to turn this block off (useful in an environment override). Default: true.", type: "boolean", default: !0 }, host: { description: "Host name. Required (in the workload or, for an environment override, in the merged result).", type: "string", pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, paths: { description: 'Path prefixes. Default: `["/"]`.', type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^/" } }, port: { description: "Service port (number or name). Default: the Service's first port.", anyOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }] }, className: { description: "IngressClass. Default: `nginx`.", type: "string", default: "nginx" }, tls: { $ref: "#/definitions/ingressTls" }, rateLimitRpm: { description: "Requests per minute per client IP (`nginx.ingress.kubernetes.io/limit-rpm`).", type: "integer", minimum: 1 }, rateLimitRps: { description: "Requests per second per client IP (`nginx.ingress.kubernetes.io/limit-rps`).", type: "integer", minimum: 1 }, timeout: { description: "Proxy read and send timeout (`proxy-read-timeout`, `proxy-send-timeout`), e.g. `300s`.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, maxBodySize: { description: "Largest request body (`proxy-body-size`), e.g. `100m`; `0` disables the check.", type: "string", pattern: "^[0-9]+[kKmMgG]?$" }, annotations: { description: "Further annotations, verbatim.", type: "object", additionalProperties: { type: "string" } } } }, schema43 = { title: "IngressTlsSpec", description: "TLS with a certificate from cert-manager.", type: "object", additionalProperties: !1, properties: { issuer: { description: "cert-manager issuer name. Required.", type: "string", pattern: "\\S" }, issuerKind: { description: "`ClusterIssuer` (default; annotation `cert-manager.io/cluster-issuer`) or `Issuer` (`cert-manager.io/issuer`).", type: "string", enum: ["ClusterIssuer", "Issuer"], default: "ClusterIssuer" }, secretName: { description: "Secret for the certificate. Default: `<workload>-tls` (for a shared Ingress, `<ingress>-tls`).", type: "string", pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" } } }, pattern84 = new RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u"), pattern90 = new RegExp("^[0-9]+[kKmMgG]?$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema42.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.enabled !== void 0 && typeof data.enabled != "boolean") {
      let err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (typeof data1 == "string") {
        if (!pattern84.test(data1)) {
          let err2 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.paths !== void 0) {
      let data2 = data.paths;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          let err4 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 == "string") {
            if (!pattern85.test(data3)) {
              let err5 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          } else {
            let err6 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        let i1 = data2.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err7 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err8 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.port !== void 0) {
      let data4 = data.port, _errs11 = errors, valid4 = !1, _errs12 = errors;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        let err9 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 65535 || isNaN(data4)) {
          let err10 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          let err11 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (valid4 = valid4 || _valid0, !valid4) {
        let _errs14 = errors;
        if (typeof data4 == "string") {
          if (!pattern7.test(data4)) {
            let err12 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        } else {
          let err13 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
        var _valid0 = _errs14 === errors;
        valid4 = valid4 || _valid0;
      }
      if (valid4)
        errors = _errs11, vErrors !== null && (_errs11 ? vErrors.length = _errs11 : vErrors = null);
      else {
        let err14 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.className !== void 0 && typeof data.className != "string") {
      let err15 = { instancePath: instancePath + "/className", schemaPath: "#/properties/className/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    if (data.tls !== void 0) {
      let data6 = data.tls;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (let key1 in data6)
          if (!(key1 === "issuer" || key1 === "issuerKind" || key1 === "secretName")) {
            let err16 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        if (data6.issuer !== void 0) {
          let data7 = data6.issuer;
          if (typeof data7 == "string") {
            if (!pattern1.test(data7)) {
              let err17 = { instancePath: instancePath + "/tls/issuer", schemaPath: "#/definitions/ingressTls/properties/issuer/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
          } else {
            let err18 = { instancePath: instancePath + "/tls/issuer", schemaPath: "#/definitions/ingressTls/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
        if (data6.issuerKind !== void 0) {
          let data8 = data6.issuerKind;
          if (typeof data8 != "string") {
            let err19 = { instancePath: instancePath + "/tls/issuerKind", schemaPath: "#/definitions/ingressTls/properties/issuerKind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
          if (!(data8 === "ClusterIssuer" || data8 === "Issuer")) {
            let err20 = { instancePath: instancePath + "/tls/issuerKind", schemaPath: "#/definitions/ingressTls/properties/issuerKind/enum", keyword: "enum", params: { allowedValues: schema43.properties.issuerKind.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data6.secretName !== void 0) {
          let data9 = data6.secretName;
          if (typeof data9 == "string") {
            if (!pattern8.test(data9)) {
              let err21 = { instancePath: instancePath + "/tls/secretName", schemaPath: "#/definitions/ingressTls/properties/secretName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/tls/secretName", schemaPath: "#/definitions/ingressTls/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.rateLimitRpm !== void 0) {
      let data10 = data.rateLimitRpm;
      if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        let err24 = { instancePath: instancePath + "/rateLimitRpm", schemaPath: "#/properties/rateLimitRpm/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
      if (typeof data10 == "number" && isFinite(data10) && (data10 < 1 || isNaN(data10))) {
        let err25 = { instancePath: instancePath + "/rateLimitRpm", schemaPath: "#/properties/rateLimitRpm/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.rateLimitRps !== void 0) {
      let data11 = data.rateLimitRps;
      if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
        let err26 = { instancePath: instancePath + "/rateLimitRps", schemaPath: "#/properties/rateLimitRps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
      if (typeof data11 == "number" && isFinite(data11) && (data11 < 1 || isNaN(data11))) {
        let err27 = { instancePath: instancePath + "/rateLimitRps", schemaPath: "#/properties/rateLimitRps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data12 = data.timeout;
      if (typeof data12 == "string") {
        if (!pattern62.test(data12)) {
          let err28 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
          vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
        }
      } else {
        let err29 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.maxBodySize !== void 0) {
      let data13 = data.maxBodySize;
      if (typeof data13 == "string") {
        if (!pattern90.test(data13)) {
          let err30 = { instancePath: instancePath + "/maxBodySize", schemaPath: "#/properties/maxBodySize/pattern", keyword: "pattern", params: { pattern: "^[0-9]+[kKmMgG]?$" }, message: 'must match pattern "^[0-9]+[kKmMgG]?$"' };
          vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
        }
      } else {
        let err31 = { instancePath: instancePath + "/maxBodySize", schemaPath: "#/properties/maxBodySize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data14 = data.annotations;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (let key2 in data14)
          if (typeof data14[key2] != "string") {
            let err32 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
      } else {
        let err33 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
  } else {
    let err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
  }
  return validate27.errors = vErrors, errors === 0;
}
var schema45 = { title: "AlertsSpec", description: "PrometheusRule alerts for the workload. The HPA alerts (KubeHpaMaxedOut, KubeHpaReplicasMismatch, as the kubernetes-mixin defines them, scoped to this HPA) are always generated for autoscaled workloads unless `enabled: false`; SLO alerts only when their threshold is set; `rules` adds alerts of your own.", type: "object", additionalProperties: !1, properties: { enabled: { description: "Set to false to turn this block off (useful in an environment override). Default: true.", type: "boolean", default: !0 }, maxedOutFor: { description: "How long at max replicas before KubeHpaMaxedOut fires. Default: 15m.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, replicasMismatchFor: { description: "How long desired \u2260 current replicas before KubeHpaReplicasMismatch fires. Default: 15m.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, latencyP95: { description: "Alert when the p95 request latency exceeds this, e.g. `2s`.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, errorRate: { description: "Alert when the share of failed requests exceeds this, e.g. `1%`.", type: "string", pattern: "^[0-9]+(\\.[0-9]+)?%$" }, for: { description: "How long an SLO alert condition must hold. Default: 5m.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, severity: { description: "`severity` label of the SLO alerts. Default: `warning`.", type: "string", enum: ["info", "warning", "critical"], default: "warning" }, runbookUrl: { description: "`runbook_url` annotation of the SLO alerts.", type: "string", pattern: "^https?://" }, rules: { description: "Alerting rules of your own, added to the workload's PrometheusRule (group `scaleplan.<workload>`) after the generated ones. An environment's `rules` replace these (lists replace). Default: none.", type: "array", items: { $ref: "#/definitions/alertRule" } } } }, pattern102 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema45.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.enabled !== void 0 && typeof data.enabled != "boolean") {
      let err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.maxedOutFor !== void 0) {
      let data1 = data.maxedOutFor;
      if (typeof data1 == "string") {
        if (!pattern62.test(data1)) {
          let err2 = { instancePath: instancePath + "/maxedOutFor", schemaPath: "#/properties/maxedOutFor/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/maxedOutFor", schemaPath: "#/properties/maxedOutFor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.replicasMismatchFor !== void 0) {
      let data2 = data.replicasMismatchFor;
      if (typeof data2 == "string") {
        if (!pattern62.test(data2)) {
          let err4 = { instancePath: instancePath + "/replicasMismatchFor", schemaPath: "#/properties/replicasMismatchFor/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/replicasMismatchFor", schemaPath: "#/properties/replicasMismatchFor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.latencyP95 !== void 0) {
      let data3 = data.latencyP95;
      if (typeof data3 == "string") {
        if (!pattern62.test(data3)) {
          let err6 = { instancePath: instancePath + "/latencyP95", schemaPath: "#/properties/latencyP95/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/latencyP95", schemaPath: "#/properties/latencyP95/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.errorRate !== void 0) {
      let data4 = data.errorRate;
      if (typeof data4 == "string") {
        if (!pattern102.test(data4)) {
          let err8 = { instancePath: instancePath + "/errorRate", schemaPath: "#/properties/errorRate/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"' };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      } else {
        let err9 = { instancePath: instancePath + "/errorRate", schemaPath: "#/properties/errorRate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.for !== void 0) {
      let data5 = data.for;
      if (typeof data5 == "string") {
        if (!pattern62.test(data5)) {
          let err10 = { instancePath: instancePath + "/for", schemaPath: "#/properties/for/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      } else {
        let err11 = { instancePath: instancePath + "/for", schemaPath: "#/properties/for/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.severity !== void 0) {
      let data6 = data.severity;
      if (typeof data6 != "string") {
        let err12 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (!(data6 === "info" || data6 === "warning" || data6 === "critical")) {
        let err13 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema45.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.runbookUrl !== void 0) {
      let data7 = data.runbookUrl;
      if (typeof data7 == "string") {
        if (!pattern6.test(data7)) {
          let err14 = { instancePath: instancePath + "/runbookUrl", schemaPath: "#/properties/runbookUrl/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      } else {
        let err15 = { instancePath: instancePath + "/runbookUrl", schemaPath: "#/properties/runbookUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data8 = data.rules;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.alert === void 0) {
              let err16 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/required", keyword: "required", params: { missingProperty: "alert" }, message: "must have required property 'alert'" };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            if (data9.expr === void 0) {
              let err17 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            for (let key1 in data9)
              if (!(key1 === "alert" || key1 === "expr" || key1 === "for" || key1 === "keep_firing_for" || key1 === "severity" || key1 === "labels" || key1 === "annotations")) {
                let err18 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data9.alert !== void 0) {
              let data10 = data9.alert;
              if (typeof data10 == "string") {
                if (!pattern12.test(data10)) {
                  let err19 = { instancePath: instancePath + "/rules/" + i0 + "/alert", schemaPath: "#/definitions/alertRule/properties/alert/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              } else {
                let err20 = { instancePath: instancePath + "/rules/" + i0 + "/alert", schemaPath: "#/definitions/alertRule/properties/alert/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data9.expr !== void 0) {
              let data11 = data9.expr;
              if (typeof data11 == "string") {
                if (!pattern1.test(data11)) {
                  let err21 = { instancePath: instancePath + "/rules/" + i0 + "/expr", schemaPath: "#/definitions/alertRule/properties/expr/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
              } else {
                let err22 = { instancePath: instancePath + "/rules/" + i0 + "/expr", schemaPath: "#/definitions/alertRule/properties/expr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
            }
            if (data9.for !== void 0) {
              let data12 = data9.for;
              if (typeof data12 == "string") {
                if (!pattern27.test(data12)) {
                  let err23 = { instancePath: instancePath + "/rules/" + i0 + "/for", schemaPath: "#/definitions/alertRule/properties/for/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d|w|y))+$"' };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
              } else {
                let err24 = { instancePath: instancePath + "/rules/" + i0 + "/for", schemaPath: "#/definitions/alertRule/properties/for/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data9.keep_firing_for !== void 0) {
              let data13 = data9.keep_firing_for;
              if (typeof data13 == "string") {
                if (!pattern27.test(data13)) {
                  let err25 = { instancePath: instancePath + "/rules/" + i0 + "/keep_firing_for", schemaPath: "#/definitions/alertRule/properties/keep_firing_for/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d|w|y))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d|w|y))+$"' };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              } else {
                let err26 = { instancePath: instancePath + "/rules/" + i0 + "/keep_firing_for", schemaPath: "#/definitions/alertRule/properties/keep_firing_for/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data9.severity !== void 0) {
              let data14 = data9.severity;
              if (typeof data14 != "string") {
                let err27 = { instancePath: instancePath + "/rules/" + i0 + "/severity", schemaPath: "#/definitions/alertRule/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
              if (!(data14 === "info" || data14 === "warning" || data14 === "critical")) {
                let err28 = { instancePath: instancePath + "/rules/" + i0 + "/severity", schemaPath: "#/definitions/alertRule/properties/severity/enum", keyword: "enum", params: { allowedValues: schema19.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
            if (data9.labels !== void 0) {
              let data15 = data9.labels;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (let key2 in data15) {
                  let _errs36 = errors;
                  if (typeof key2 == "string" && !pattern22.test(key2)) {
                    let err29 = { instancePath: instancePath + "/rules/" + i0 + "/labels", schemaPath: "#/definitions/alertRule/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"', propertyName: key2 };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                  var valid5 = _errs36 === errors;
                  if (!valid5) {
                    let err30 = { instancePath: instancePath + "/rules/" + i0 + "/labels", schemaPath: "#/definitions/alertRule/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
                for (let key3 in data15)
                  if (typeof data15[key3] != "string") {
                    let err31 = { instancePath: instancePath + "/rules/" + i0 + "/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/alertRule/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
              } else {
                let err32 = { instancePath: instancePath + "/rules/" + i0 + "/labels", schemaPath: "#/definitions/alertRule/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
            if (data9.annotations !== void 0) {
              let data17 = data9.annotations;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (let key4 in data17) {
                  let _errs42 = errors;
                  if (typeof key4 == "string" && !pattern22.test(key4)) {
                    let err33 = { instancePath: instancePath + "/rules/" + i0 + "/annotations", schemaPath: "#/definitions/alertRule/properties/annotations/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"', propertyName: key4 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                  var valid7 = _errs42 === errors;
                  if (!valid7) {
                    let err34 = { instancePath: instancePath + "/rules/" + i0 + "/annotations", schemaPath: "#/definitions/alertRule/properties/annotations/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                }
                for (let key5 in data17)
                  if (typeof data17[key5] != "string") {
                    let err35 = { instancePath: instancePath + "/rules/" + i0 + "/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/alertRule/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                  }
              } else {
                let err36 = { instancePath: instancePath + "/rules/" + i0 + "/annotations", schemaPath: "#/definitions/alertRule/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
          } else {
            let err37 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/alertRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
      } else {
        let err38 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
  } else {
    let err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
  }
  return validate29.errors = vErrors, errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema24.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 != "string") {
        let err1 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (!(data0 === "Deployment" || data0 === "StatefulSet")) {
        let err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema24.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.container !== void 0) {
      let data1 = data.container;
      if (typeof data1 == "string") {
        if (!pattern1.test(data1)) {
          let err3 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.service !== void 0) {
      let data2 = data.service;
      if (typeof data2 == "string") {
        if (!pattern1.test(data2)) {
          let err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.names !== void 0) {
      let data3 = data.names;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (let key1 in data3)
          if (!(key1 === "hpa" || key1 === "scaledObject" || key1 === "vpa" || key1 === "pdb" || key1 === "ingress" || key1 === "serviceMonitor" || key1 === "prometheusRule")) {
            let err7 = { instancePath: instancePath + "/names", schemaPath: "#/definitions/objectNames/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        if (data3.hpa !== void 0) {
          let data4 = data3.hpa;
          if (typeof data4 == "string") {
            if (!pattern31.test(data4)) {
              let err8 = { instancePath: instancePath + "/names/hpa", schemaPath: "#/definitions/objectNames/properties/hpa/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
          } else {
            let err9 = { instancePath: instancePath + "/names/hpa", schemaPath: "#/definitions/objectNames/properties/hpa/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        }
        if (data3.scaledObject !== void 0) {
          let data5 = data3.scaledObject;
          if (typeof data5 == "string") {
            if (!pattern31.test(data5)) {
              let err10 = { instancePath: instancePath + "/names/scaledObject", schemaPath: "#/definitions/objectNames/properties/scaledObject/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          } else {
            let err11 = { instancePath: instancePath + "/names/scaledObject", schemaPath: "#/definitions/objectNames/properties/scaledObject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data3.vpa !== void 0) {
          let data6 = data3.vpa;
          if (typeof data6 == "string") {
            if (!pattern31.test(data6)) {
              let err12 = { instancePath: instancePath + "/names/vpa", schemaPath: "#/definitions/objectNames/properties/vpa/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
          } else {
            let err13 = { instancePath: instancePath + "/names/vpa", schemaPath: "#/definitions/objectNames/properties/vpa/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        if (data3.pdb !== void 0) {
          let data7 = data3.pdb;
          if (typeof data7 == "string") {
            if (!pattern31.test(data7)) {
              let err14 = { instancePath: instancePath + "/names/pdb", schemaPath: "#/definitions/objectNames/properties/pdb/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
          } else {
            let err15 = { instancePath: instancePath + "/names/pdb", schemaPath: "#/definitions/objectNames/properties/pdb/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        if (data3.ingress !== void 0) {
          let data8 = data3.ingress;
          if (typeof data8 == "string") {
            if (!pattern31.test(data8)) {
              let err16 = { instancePath: instancePath + "/names/ingress", schemaPath: "#/definitions/objectNames/properties/ingress/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
          } else {
            let err17 = { instancePath: instancePath + "/names/ingress", schemaPath: "#/definitions/objectNames/properties/ingress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        if (data3.serviceMonitor !== void 0) {
          let data9 = data3.serviceMonitor;
          if (typeof data9 == "string") {
            if (!pattern31.test(data9)) {
              let err18 = { instancePath: instancePath + "/names/serviceMonitor", schemaPath: "#/definitions/objectNames/properties/serviceMonitor/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
          } else {
            let err19 = { instancePath: instancePath + "/names/serviceMonitor", schemaPath: "#/definitions/objectNames/properties/serviceMonitor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
        if (data3.prometheusRule !== void 0) {
          let data10 = data3.prometheusRule;
          if (typeof data10 == "string") {
            if (!pattern31.test(data10)) {
              let err20 = { instancePath: instancePath + "/names/prometheusRule", schemaPath: "#/definitions/objectNames/properties/prometheusRule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
          } else {
            let err21 = { instancePath: instancePath + "/names/prometheusRule", schemaPath: "#/definitions/objectNames/properties/prometheusRule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
      } else {
        let err22 = { instancePath: instancePath + "/names", schemaPath: "#/definitions/objectNames/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.resources !== void 0 && (validate19(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length)), data.replicas !== void 0) {
      let data12 = data.replicas;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (let key2 in data12)
          if (!(key2 === "min" || key2 === "max")) {
            let err23 = { instancePath: instancePath + "/replicas", schemaPath: "#/definitions/replicas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        if (data12.min !== void 0) {
          let data13 = data12.min;
          if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            let err24 = { instancePath: instancePath + "/replicas/min", schemaPath: "#/definitions/replicas/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (typeof data13 == "number" && isFinite(data13) && (data13 < 0 || isNaN(data13))) {
            let err25 = { instancePath: instancePath + "/replicas/min", schemaPath: "#/definitions/replicas/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data12.max !== void 0) {
          let data14 = data12.max;
          if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            let err26 = { instancePath: instancePath + "/replicas/max", schemaPath: "#/definitions/replicas/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
          if (typeof data14 == "number" && isFinite(data14) && (data14 < 1 || isNaN(data14))) {
            let err27 = { instancePath: instancePath + "/replicas/max", schemaPath: "#/definitions/replicas/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
      } else {
        let err28 = { instancePath: instancePath + "/replicas", schemaPath: "#/definitions/replicas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.autoscaler !== void 0) {
      let data15 = data.autoscaler;
      if (typeof data15 != "string") {
        let err29 = { instancePath: instancePath + "/autoscaler", schemaPath: "#/properties/autoscaler/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
      if (!(data15 === "hpa" || data15 === "keda" || data15 === "none")) {
        let err30 = { instancePath: instancePath + "/autoscaler", schemaPath: "#/properties/autoscaler/enum", keyword: "enum", params: { allowedValues: schema24.properties.autoscaler.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.scaleOn !== void 0 && (validate21(data.scaleOn, { instancePath: instancePath + "/scaleOn", parentData: data, parentDataProperty: "scaleOn", rootData }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length)), data.profile !== void 0) {
      let data17 = data.profile;
      if (typeof data17 != "string") {
        let err31 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
      if (!(data17 === "aggressive" || data17 === "balanced" || data17 === "conservative")) {
        let err32 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/enum", keyword: "enum", params: { allowedValues: schema24.properties.profile.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.scaleUp !== void 0) {
      let data18 = data.scaleUp;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (let key3 in data18)
          if (!(key3 === "stabilization" || key3 === "maxPods" || key3 === "maxPercent" || key3 === "period" || key3 === "select" || key3 === "tolerance")) {
            let err33 = { instancePath: instancePath + "/scaleUp", schemaPath: "#/definitions/scalingRules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        if (data18.stabilization !== void 0) {
          let data19 = data18.stabilization;
          if (typeof data19 == "string") {
            if (!pattern62.test(data19)) {
              let err34 = { instancePath: instancePath + "/scaleUp/stabilization", schemaPath: "#/definitions/scalingRules/properties/stabilization/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
          } else {
            let err35 = { instancePath: instancePath + "/scaleUp/stabilization", schemaPath: "#/definitions/scalingRules/properties/stabilization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
        if (data18.maxPods !== void 0) {
          let data20 = data18.maxPods;
          if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
            let err36 = { instancePath: instancePath + "/scaleUp/maxPods", schemaPath: "#/definitions/scalingRules/properties/maxPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
          if (typeof data20 == "number" && isFinite(data20) && (data20 < 1 || isNaN(data20))) {
            let err37 = { instancePath: instancePath + "/scaleUp/maxPods", schemaPath: "#/definitions/scalingRules/properties/maxPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data18.maxPercent !== void 0) {
          let data21 = data18.maxPercent;
          if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            let err38 = { instancePath: instancePath + "/scaleUp/maxPercent", schemaPath: "#/definitions/scalingRules/properties/maxPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
          if (typeof data21 == "number" && isFinite(data21) && (data21 < 1 || isNaN(data21))) {
            let err39 = { instancePath: instancePath + "/scaleUp/maxPercent", schemaPath: "#/definitions/scalingRules/properties/maxPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        }
        if (data18.period !== void 0) {
          let data22 = data18.period;
          if (typeof data22 == "string") {
            if (!pattern62.test(data22)) {
              let err40 = { instancePath: instancePath + "/scaleUp/period", schemaPath: "#/definitions/scalingRules/properties/period/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
            }
          } else {
            let err41 = { instancePath: instancePath + "/scaleUp/period", schemaPath: "#/definitions/scalingRules/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data18.select !== void 0) {
          let data23 = data18.select;
          if (typeof data23 != "string") {
            let err42 = { instancePath: instancePath + "/scaleUp/select", schemaPath: "#/definitions/scalingRules/properties/select/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
          if (!(data23 === "Max" || data23 === "Min" || data23 === "Disabled")) {
            let err43 = { instancePath: instancePath + "/scaleUp/select", schemaPath: "#/definitions/scalingRules/properties/select/enum", keyword: "enum", params: { allowedValues: schema34.properties.select.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
        if (data18.tolerance !== void 0) {
          let data24 = data18.tolerance;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 1 || isNaN(data24)) {
              let err44 = { instancePath: instancePath + "/scaleUp/tolerance", schemaPath: "#/definitions/scalingRules/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              let err45 = { instancePath: instancePath + "/scaleUp/tolerance", schemaPath: "#/definitions/scalingRules/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
            }
          } else {
            let err46 = { instancePath: instancePath + "/scaleUp/tolerance", schemaPath: "#/definitions/scalingRules/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
      } else {
        let err47 = { instancePath: instancePath + "/scaleUp", schemaPath: "#/definitions/scalingRules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
    if (data.scaleDown !== void 0) {
      let data25 = data.scaleDown;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (let key4 in data25)
          if (!(key4 === "stabilization" || key4 === "maxPods" || key4 === "maxPercent" || key4 === "period" || key4 === "select" || key4 === "tolerance")) {
            let err48 = { instancePath: instancePath + "/scaleDown", schemaPath: "#/definitions/scalingRules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
        if (data25.stabilization !== void 0) {
          let data26 = data25.stabilization;
          if (typeof data26 == "string") {
            if (!pattern62.test(data26)) {
              let err49 = { instancePath: instancePath + "/scaleDown/stabilization", schemaPath: "#/definitions/scalingRules/properties/stabilization/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
            }
          } else {
            let err50 = { instancePath: instancePath + "/scaleDown/stabilization", schemaPath: "#/definitions/scalingRules/properties/stabilization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
        if (data25.maxPods !== void 0) {
          let data27 = data25.maxPods;
          if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            let err51 = { instancePath: instancePath + "/scaleDown/maxPods", schemaPath: "#/definitions/scalingRules/properties/maxPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
          if (typeof data27 == "number" && isFinite(data27) && (data27 < 1 || isNaN(data27))) {
            let err52 = { instancePath: instancePath + "/scaleDown/maxPods", schemaPath: "#/definitions/scalingRules/properties/maxPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        }
        if (data25.maxPercent !== void 0) {
          let data28 = data25.maxPercent;
          if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
            let err53 = { instancePath: instancePath + "/scaleDown/maxPercent", schemaPath: "#/definitions/scalingRules/properties/maxPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
          }
          if (typeof data28 == "number" && isFinite(data28) && (data28 < 1 || isNaN(data28))) {
            let err54 = { instancePath: instancePath + "/scaleDown/maxPercent", schemaPath: "#/definitions/scalingRules/properties/maxPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
        }
        if (data25.period !== void 0) {
          let data29 = data25.period;
          if (typeof data29 == "string") {
            if (!pattern62.test(data29)) {
              let err55 = { instancePath: instancePath + "/scaleDown/period", schemaPath: "#/definitions/scalingRules/properties/period/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
            }
          } else {
            let err56 = { instancePath: instancePath + "/scaleDown/period", schemaPath: "#/definitions/scalingRules/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
          }
        }
        if (data25.select !== void 0) {
          let data30 = data25.select;
          if (typeof data30 != "string") {
            let err57 = { instancePath: instancePath + "/scaleDown/select", schemaPath: "#/definitions/scalingRules/properties/select/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
          if (!(data30 === "Max" || data30 === "Min" || data30 === "Disabled")) {
            let err58 = { instancePath: instancePath + "/scaleDown/select", schemaPath: "#/definitions/scalingRules/properties/select/enum", keyword: "enum", params: { allowedValues: schema34.properties.select.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
        if (data25.tolerance !== void 0) {
          let data31 = data25.tolerance;
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 > 1 || isNaN(data31)) {
              let err59 = { instancePath: instancePath + "/scaleDown/tolerance", schemaPath: "#/definitions/scalingRules/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
            if (data31 < 0 || isNaN(data31)) {
              let err60 = { instancePath: instancePath + "/scaleDown/tolerance", schemaPath: "#/definitions/scalingRules/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
          } else {
            let err61 = { instancePath: instancePath + "/scaleDown/tolerance", schemaPath: "#/definitions/scalingRules/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
      } else {
        let err62 = { instancePath: instancePath + "/scaleDown", schemaPath: "#/definitions/scalingRules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
      }
    }
    if (data.keda !== void 0) {
      let data32 = data.keda;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (let key5 in data32)
          if (!(key5 === "pollingInterval" || key5 === "cooldownPeriod" || key5 === "fallbackReplicas")) {
            let err63 = { instancePath: instancePath + "/keda", schemaPath: "#/definitions/keda/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        if (data32.pollingInterval !== void 0) {
          let data33 = data32.pollingInterval;
          if (typeof data33 == "string") {
            if (!pattern62.test(data33)) {
              let err64 = { instancePath: instancePath + "/keda/pollingInterval", schemaPath: "#/definitions/keda/properties/pollingInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
          } else {
            let err65 = { instancePath: instancePath + "/keda/pollingInterval", schemaPath: "#/definitions/keda/properties/pollingInterval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        }
        if (data32.cooldownPeriod !== void 0) {
          let data34 = data32.cooldownPeriod;
          if (typeof data34 == "string") {
            if (!pattern62.test(data34)) {
              let err66 = { instancePath: instancePath + "/keda/cooldownPeriod", schemaPath: "#/definitions/keda/properties/cooldownPeriod/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
          } else {
            let err67 = { instancePath: instancePath + "/keda/cooldownPeriod", schemaPath: "#/definitions/keda/properties/cooldownPeriod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
        if (data32.fallbackReplicas !== void 0) {
          let data35 = data32.fallbackReplicas;
          if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
            let err68 = { instancePath: instancePath + "/keda/fallbackReplicas", schemaPath: "#/definitions/keda/properties/fallbackReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
          if (typeof data35 == "number" && isFinite(data35) && (data35 < 1 || isNaN(data35))) {
            let err69 = { instancePath: instancePath + "/keda/fallbackReplicas", schemaPath: "#/definitions/keda/properties/fallbackReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
        }
      } else {
        let err70 = { instancePath: instancePath + "/keda", schemaPath: "#/definitions/keda/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
      }
    }
    if (data.vpa !== void 0 && (validate25(data.vpa, { instancePath: instancePath + "/vpa", parentData: data, parentDataProperty: "vpa", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data.placement !== void 0) {
      let data37 = data.placement;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (let key6 in data37)
          if (!(key6 === "nodePool" || key6 === "affinity" || key6 === "weight" || key6 === "spreadZones" || key6 === "antiAffinity")) {
            let err71 = { instancePath: instancePath + "/placement", schemaPath: "#/definitions/placement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
        if (data37.nodePool !== void 0) {
          let data38 = data37.nodePool;
          if (typeof data38 == "string") {
            if (!pattern1.test(data38)) {
              let err72 = { instancePath: instancePath + "/placement/nodePool", schemaPath: "#/definitions/placement/properties/nodePool/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
            }
          } else {
            let err73 = { instancePath: instancePath + "/placement/nodePool", schemaPath: "#/definitions/placement/properties/nodePool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
        }
        if (data37.affinity !== void 0) {
          let data39 = data37.affinity;
          if (typeof data39 != "string") {
            let err74 = { instancePath: instancePath + "/placement/affinity", schemaPath: "#/definitions/placement/properties/affinity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
          if (!(data39 === "required" || data39 === "preferred")) {
            let err75 = { instancePath: instancePath + "/placement/affinity", schemaPath: "#/definitions/placement/properties/affinity/enum", keyword: "enum", params: { allowedValues: schema40.properties.affinity.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
          }
        }
        if (data37.weight !== void 0) {
          let data40 = data37.weight;
          if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
            let err76 = { instancePath: instancePath + "/placement/weight", schemaPath: "#/definitions/placement/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 > 100 || isNaN(data40)) {
              let err77 = { instancePath: instancePath + "/placement/weight", schemaPath: "#/definitions/placement/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
            }
            if (data40 < 1 || isNaN(data40)) {
              let err78 = { instancePath: instancePath + "/placement/weight", schemaPath: "#/definitions/placement/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
          }
        }
        if (data37.spreadZones !== void 0) {
          let data41 = data37.spreadZones;
          if (!(data41 === !0 || data41 === !1 || data41 === "preferred" || data41 === "required")) {
            let err79 = { instancePath: instancePath + "/placement/spreadZones", schemaPath: "#/definitions/placement/properties/spreadZones/enum", keyword: "enum", params: { allowedValues: schema40.properties.spreadZones.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
          }
        }
        if (data37.antiAffinity !== void 0) {
          let data42 = data37.antiAffinity;
          if (typeof data42 != "string") {
            let err80 = { instancePath: instancePath + "/placement/antiAffinity", schemaPath: "#/definitions/placement/properties/antiAffinity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
          }
          if (!(data42 === "none" || data42 === "preferred" || data42 === "required")) {
            let err81 = { instancePath: instancePath + "/placement/antiAffinity", schemaPath: "#/definitions/placement/properties/antiAffinity/enum", keyword: "enum", params: { allowedValues: schema40.properties.antiAffinity.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
        }
      } else {
        let err82 = { instancePath: instancePath + "/placement", schemaPath: "#/definitions/placement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
      }
    }
    if (data.priorityClass !== void 0) {
      let data43 = data.priorityClass;
      if (typeof data43 == "string") {
        if (!pattern1.test(data43)) {
          let err83 = { instancePath: instancePath + "/priorityClass", schemaPath: "#/properties/priorityClass/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
        }
      } else {
        let err84 = { instancePath: instancePath + "/priorityClass", schemaPath: "#/properties/priorityClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
      }
    }
    if (data.disruption !== void 0) {
      let data44 = data.disruption;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (let key7 in data44)
          if (!(key7 === "enabled" || key7 === "maxUnavailable" || key7 === "minAvailable")) {
            let err85 = { instancePath: instancePath + "/disruption", schemaPath: "#/definitions/disruption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
          }
        if (data44.enabled !== void 0 && typeof data44.enabled != "boolean") {
          let err86 = { instancePath: instancePath + "/disruption/enabled", schemaPath: "#/definitions/disruption/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
        }
        if (data44.maxUnavailable !== void 0) {
          let data46 = data44.maxUnavailable, _errs105 = errors, valid15 = !1, _errs106 = errors;
          if (!(typeof data46 == "number" && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
            let err87 = { instancePath: instancePath + "/disruption/maxUnavailable", schemaPath: "#/definitions/disruption/properties/maxUnavailable/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
          }
          if (typeof data46 == "number" && isFinite(data46) && (data46 < 0 || isNaN(data46))) {
            let err88 = { instancePath: instancePath + "/disruption/maxUnavailable", schemaPath: "#/definitions/disruption/properties/maxUnavailable/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
          }
          var _valid0 = _errs106 === errors;
          if (valid15 = valid15 || _valid0, !valid15) {
            let _errs108 = errors;
            if (typeof data46 == "string") {
              if (!pattern82.test(data46)) {
                let err89 = { instancePath: instancePath + "/disruption/maxUnavailable", schemaPath: "#/definitions/disruption/properties/maxUnavailable/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+%$" }, message: 'must match pattern "^[0-9]+%$"' };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            } else {
              let err90 = { instancePath: instancePath + "/disruption/maxUnavailable", schemaPath: "#/definitions/disruption/properties/maxUnavailable/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
            }
            var _valid0 = _errs108 === errors;
            valid15 = valid15 || _valid0;
          }
          if (valid15)
            errors = _errs105, vErrors !== null && (_errs105 ? vErrors.length = _errs105 : vErrors = null);
          else {
            let err91 = { instancePath: instancePath + "/disruption/maxUnavailable", schemaPath: "#/definitions/disruption/properties/maxUnavailable/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
        }
        if (data44.minAvailable !== void 0) {
          let data47 = data44.minAvailable, _errs111 = errors, valid16 = !1, _errs112 = errors;
          if (!(typeof data47 == "number" && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
            let err92 = { instancePath: instancePath + "/disruption/minAvailable", schemaPath: "#/definitions/disruption/properties/minAvailable/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
          if (typeof data47 == "number" && isFinite(data47) && (data47 < 0 || isNaN(data47))) {
            let err93 = { instancePath: instancePath + "/disruption/minAvailable", schemaPath: "#/definitions/disruption/properties/minAvailable/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
          var _valid1 = _errs112 === errors;
          if (valid16 = valid16 || _valid1, !valid16) {
            let _errs114 = errors;
            if (typeof data47 == "string") {
              if (!pattern82.test(data47)) {
                let err94 = { instancePath: instancePath + "/disruption/minAvailable", schemaPath: "#/definitions/disruption/properties/minAvailable/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+%$" }, message: 'must match pattern "^[0-9]+%$"' };
                vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
              }
            } else {
              let err95 = { instancePath: instancePath + "/disruption/minAvailable", schemaPath: "#/definitions/disruption/properties/minAvailable/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
            var _valid1 = _errs114 === errors;
            valid16 = valid16 || _valid1;
          }
          if (valid16)
            errors = _errs111, vErrors !== null && (_errs111 ? vErrors.length = _errs111 : vErrors = null);
          else {
            let err96 = { instancePath: instancePath + "/disruption/minAvailable", schemaPath: "#/definitions/disruption/properties/minAvailable/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
          }
        }
      } else {
        let err97 = { instancePath: instancePath + "/disruption", schemaPath: "#/definitions/disruption/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
      }
    }
    if (data.ingress !== void 0 && (validate27(data.ingress, { instancePath: instancePath + "/ingress", parentData: data, parentDataProperty: "ingress", rootData }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length)), data.monitoring !== void 0) {
      let data49 = data.monitoring;
      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
        for (let key8 in data49)
          if (!func2.call(schema44.properties, key8)) {
            let err98 = { instancePath: instancePath + "/monitoring", schemaPath: "#/definitions/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
          }
        if (data49.enabled !== void 0 && typeof data49.enabled != "boolean") {
          let err99 = { instancePath: instancePath + "/monitoring/enabled", schemaPath: "#/definitions/monitoring/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
        }
        if (data49.port !== void 0) {
          let data51 = data49.port;
          if (typeof data51 == "string") {
            if (!pattern1.test(data51)) {
              let err100 = { instancePath: instancePath + "/monitoring/port", schemaPath: "#/definitions/monitoring/properties/port/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
            }
          } else {
            let err101 = { instancePath: instancePath + "/monitoring/port", schemaPath: "#/definitions/monitoring/properties/port/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
          }
        }
        if (data49.path !== void 0) {
          let data52 = data49.path;
          if (typeof data52 == "string") {
            if (!pattern85.test(data52)) {
              let err102 = { instancePath: instancePath + "/monitoring/path", schemaPath: "#/definitions/monitoring/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' };
              vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
            }
          } else {
            let err103 = { instancePath: instancePath + "/monitoring/path", schemaPath: "#/definitions/monitoring/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
          }
        }
        if (data49.interval !== void 0) {
          let data53 = data49.interval;
          if (typeof data53 == "string") {
            if (!pattern62.test(data53)) {
              let err104 = { instancePath: instancePath + "/monitoring/interval", schemaPath: "#/definitions/monitoring/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
            }
          } else {
            let err105 = { instancePath: instancePath + "/monitoring/interval", schemaPath: "#/definitions/monitoring/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
          }
        }
        if (data49.scrapeTimeout !== void 0) {
          let data54 = data49.scrapeTimeout;
          if (typeof data54 == "string") {
            if (!pattern62.test(data54)) {
              let err106 = { instancePath: instancePath + "/monitoring/scrapeTimeout", schemaPath: "#/definitions/monitoring/properties/scrapeTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
              vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
            }
          } else {
            let err107 = { instancePath: instancePath + "/monitoring/scrapeTimeout", schemaPath: "#/definitions/monitoring/properties/scrapeTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
          }
        }
        if (data49.requestsMetric !== void 0) {
          let data55 = data49.requestsMetric;
          if (typeof data55 == "string") {
            if (!pattern12.test(data55)) {
              let err108 = { instancePath: instancePath + "/monitoring/requestsMetric", schemaPath: "#/definitions/monitoring/properties/requestsMetric/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
              vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
            }
          } else {
            let err109 = { instancePath: instancePath + "/monitoring/requestsMetric", schemaPath: "#/definitions/monitoring/properties/requestsMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
          }
        }
        if (data49.latencyMetric !== void 0) {
          let data56 = data49.latencyMetric;
          if (typeof data56 == "string") {
            if (!pattern12.test(data56)) {
              let err110 = { instancePath: instancePath + "/monitoring/latencyMetric", schemaPath: "#/definitions/monitoring/properties/latencyMetric/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
              vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
            }
          } else {
            let err111 = { instancePath: instancePath + "/monitoring/latencyMetric", schemaPath: "#/definitions/monitoring/properties/latencyMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
          }
        }
        if (data49.errorMatcher !== void 0) {
          let data57 = data49.errorMatcher;
          if (typeof data57 == "string") {
            if (!pattern1.test(data57)) {
              let err112 = { instancePath: instancePath + "/monitoring/errorMatcher", schemaPath: "#/definitions/monitoring/properties/errorMatcher/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
            }
          } else {
            let err113 = { instancePath: instancePath + "/monitoring/errorMatcher", schemaPath: "#/definitions/monitoring/properties/errorMatcher/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
          }
        }
        if (data49.errorsMetric !== void 0) {
          let data58 = data49.errorsMetric;
          if (typeof data58 == "string") {
            if (!pattern12.test(data58)) {
              let err114 = { instancePath: instancePath + "/monitoring/errorsMetric", schemaPath: "#/definitions/monitoring/properties/errorsMetric/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
              vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
            }
          } else {
            let err115 = { instancePath: instancePath + "/monitoring/errorsMetric", schemaPath: "#/definitions/monitoring/properties/errorsMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
      } else {
        let err116 = { instancePath: instancePath + "/monitoring", schemaPath: "#/definitions/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
      }
    }
    data.alerts !== void 0 && (validate29(data.alerts, { instancePath: instancePath + "/alerts", parentData: data, parentDataProperty: "alerts", rootData }) || (vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors), errors = vErrors.length));
  } else {
    let err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
  }
  return validate18.errors = vErrors, errors === 0;
}
var schema47 = { title: "SharedIngressSpec", description: "One NGINX Ingress in front of several workloads: one host, one TLS certificate, one rate limit, and a path per workload. The map key is the Ingress's name.", type: "object", additionalProperties: !1, properties: { enabled: { description: "Set to false to turn this block off (useful in an environment override). Default: true.", type: "boolean", default: !0 }, host: { description: "Host name. Required (in `spec.ingresses` or, for an environment override, in the merged result).", type: "string", pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, routes: { description: "The paths and the workloads they reach, in the order written. Required.", type: "array", minItems: 1, items: { $ref: "#/definitions/ingressRoute" } }, className: { description: "IngressClass. Default: `nginx`.", type: "string", default: "nginx" }, tls: { $ref: "#/definitions/ingressTls" }, rateLimitRpm: { description: "Requests per minute per client IP (`nginx.ingress.kubernetes.io/limit-rpm`).", type: "integer", minimum: 1 }, rateLimitRps: { description: "Requests per second per client IP (`nginx.ingress.kubernetes.io/limit-rps`).", type: "integer", minimum: 1 }, timeout: { description: "Proxy read and send timeout (`proxy-read-timeout`, `proxy-send-timeout`), e.g. `300s`.", type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, maxBodySize: { description: "Largest request body (`proxy-body-size`), e.g. `100m`; `0` disables the check.", type: "string", pattern: "^[0-9]+[kKmMgG]?$" }, annotations: { description: "Further annotations, verbatim.", type: "object", additionalProperties: { type: "string" } } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema47.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.enabled !== void 0 && typeof data.enabled != "boolean") {
      let err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (typeof data1 == "string") {
        if (!pattern84.test(data1)) {
          let err2 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.routes !== void 0) {
      let data2 = data.routes;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          let err4 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.path === void 0) {
              let err5 = { instancePath: instancePath + "/routes/" + i0, schemaPath: "#/definitions/ingressRoute/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            if (data3.workload === void 0) {
              let err6 = { instancePath: instancePath + "/routes/" + i0, schemaPath: "#/definitions/ingressRoute/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'" };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            for (let key1 in data3)
              if (!(key1 === "path" || key1 === "workload" || key1 === "port")) {
                let err7 = { instancePath: instancePath + "/routes/" + i0, schemaPath: "#/definitions/ingressRoute/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            if (data3.path !== void 0) {
              let data4 = data3.path;
              if (typeof data4 == "string") {
                if (!pattern85.test(data4)) {
                  let err8 = { instancePath: instancePath + "/routes/" + i0 + "/path", schemaPath: "#/definitions/ingressRoute/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
              } else {
                let err9 = { instancePath: instancePath + "/routes/" + i0 + "/path", schemaPath: "#/definitions/ingressRoute/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
            if (data3.workload !== void 0) {
              let data5 = data3.workload;
              if (typeof data5 == "string") {
                if (!pattern1.test(data5)) {
                  let err10 = { instancePath: instancePath + "/routes/" + i0 + "/workload", schemaPath: "#/definitions/ingressRoute/properties/workload/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                }
              } else {
                let err11 = { instancePath: instancePath + "/routes/" + i0 + "/workload", schemaPath: "#/definitions/ingressRoute/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
            if (data3.port !== void 0) {
              let data6 = data3.port, _errs17 = errors, valid5 = !1, _errs18 = errors;
              if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                let err12 = { instancePath: instancePath + "/routes/" + i0 + "/port", schemaPath: "#/definitions/ingressRoute/properties/port/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 > 65535 || isNaN(data6)) {
                  let err13 = { instancePath: instancePath + "/routes/" + i0 + "/port", schemaPath: "#/definitions/ingressRoute/properties/port/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
                if (data6 < 1 || isNaN(data6)) {
                  let err14 = { instancePath: instancePath + "/routes/" + i0 + "/port", schemaPath: "#/definitions/ingressRoute/properties/port/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
              }
              var _valid0 = _errs18 === errors;
              if (valid5 = valid5 || _valid0, !valid5) {
                let _errs20 = errors;
                if (typeof data6 == "string") {
                  if (!pattern7.test(data6)) {
                    let err15 = { instancePath: instancePath + "/routes/" + i0 + "/port", schemaPath: "#/definitions/ingressRoute/properties/port/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                  }
                } else {
                  let err16 = { instancePath: instancePath + "/routes/" + i0 + "/port", schemaPath: "#/definitions/ingressRoute/properties/port/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
                var _valid0 = _errs20 === errors;
                valid5 = valid5 || _valid0;
              }
              if (valid5)
                errors = _errs17, vErrors !== null && (_errs17 ? vErrors.length = _errs17 : vErrors = null);
              else {
                let err17 = { instancePath: instancePath + "/routes/" + i0 + "/port", schemaPath: "#/definitions/ingressRoute/properties/port/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
          } else {
            let err18 = { instancePath: instancePath + "/routes/" + i0, schemaPath: "#/definitions/ingressRoute/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
      } else {
        let err19 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.className !== void 0 && typeof data.className != "string") {
      let err20 = { instancePath: instancePath + "/className", schemaPath: "#/properties/className/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
    }
    if (data.tls !== void 0) {
      let data8 = data.tls;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (let key2 in data8)
          if (!(key2 === "issuer" || key2 === "issuerKind" || key2 === "secretName")) {
            let err21 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data8.issuer !== void 0) {
          let data9 = data8.issuer;
          if (typeof data9 == "string") {
            if (!pattern1.test(data9)) {
              let err22 = { instancePath: instancePath + "/tls/issuer", schemaPath: "#/definitions/ingressTls/properties/issuer/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          } else {
            let err23 = { instancePath: instancePath + "/tls/issuer", schemaPath: "#/definitions/ingressTls/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data8.issuerKind !== void 0) {
          let data10 = data8.issuerKind;
          if (typeof data10 != "string") {
            let err24 = { instancePath: instancePath + "/tls/issuerKind", schemaPath: "#/definitions/ingressTls/properties/issuerKind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (!(data10 === "ClusterIssuer" || data10 === "Issuer")) {
            let err25 = { instancePath: instancePath + "/tls/issuerKind", schemaPath: "#/definitions/ingressTls/properties/issuerKind/enum", keyword: "enum", params: { allowedValues: schema43.properties.issuerKind.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data8.secretName !== void 0) {
          let data11 = data8.secretName;
          if (typeof data11 == "string") {
            if (!pattern8.test(data11)) {
              let err26 = { instancePath: instancePath + "/tls/secretName", schemaPath: "#/definitions/ingressTls/properties/secretName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
          } else {
            let err27 = { instancePath: instancePath + "/tls/secretName", schemaPath: "#/definitions/ingressTls/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
      } else {
        let err28 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.rateLimitRpm !== void 0) {
      let data12 = data.rateLimitRpm;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        let err29 = { instancePath: instancePath + "/rateLimitRpm", schemaPath: "#/properties/rateLimitRpm/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
      if (typeof data12 == "number" && isFinite(data12) && (data12 < 1 || isNaN(data12))) {
        let err30 = { instancePath: instancePath + "/rateLimitRpm", schemaPath: "#/properties/rateLimitRpm/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.rateLimitRps !== void 0) {
      let data13 = data.rateLimitRps;
      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        let err31 = { instancePath: instancePath + "/rateLimitRps", schemaPath: "#/properties/rateLimitRps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
      if (typeof data13 == "number" && isFinite(data13) && (data13 < 1 || isNaN(data13))) {
        let err32 = { instancePath: instancePath + "/rateLimitRps", schemaPath: "#/properties/rateLimitRps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data14 = data.timeout;
      if (typeof data14 == "string") {
        if (!pattern62.test(data14)) {
          let err33 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
        }
      } else {
        let err34 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.maxBodySize !== void 0) {
      let data15 = data.maxBodySize;
      if (typeof data15 == "string") {
        if (!pattern90.test(data15)) {
          let err35 = { instancePath: instancePath + "/maxBodySize", schemaPath: "#/properties/maxBodySize/pattern", keyword: "pattern", params: { pattern: "^[0-9]+[kKmMgG]?$" }, message: 'must match pattern "^[0-9]+[kKmMgG]?$"' };
          vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
        }
      } else {
        let err36 = { instancePath: instancePath + "/maxBodySize", schemaPath: "#/properties/maxBodySize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data16 = data.annotations;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (let key3 in data16)
          if (typeof data16[key3] != "string") {
            let err37 = { instancePath: instancePath + "/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
      } else {
        let err38 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
  } else {
    let err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
var schema50 = { title: "EnvironmentSpec", description: "One environment. Its fields override the top-level ones; `workloads` entries merge onto the workloads of the same name (objects merge key by key; lists and scalars replace). Required fields of a block (an ingress host, a node pool's instance types) may come from either side; they are checked after merging.", type: "object", additionalProperties: !1, properties: { namespace: { description: "Namespace for this environment. Default: `spec.namespace`.", type: "string", pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, cluster: { description: "The cluster this environment is deployed to. Environments with the same cluster share it: the cluster-wide objects (PriorityClasses, the prometheus-adapter rules ConfigMap) are compiled once for the cluster into `<output>/clusters/<cluster>/`, never into an environment's overlay, and the environments must agree on them. Environments on one cluster need namespaces of their own. Default: `default` (every environment on one cluster).", type: "string", default: "default", pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, namePrefix: { description: "Name prefix for this environment. Default: `spec.namePrefix`.", type: "string", pattern: "^[a-z0-9]([-a-z0-9]*)?$" }, nameSuffix: { description: "Name suffix for this environment. Default: `spec.nameSuffix`.", type: "string", pattern: "^([-a-z0-9]*[a-z0-9])?$" }, labels: { description: "Labels merged onto `spec.labels`.", type: "object", additionalProperties: { type: "string" } }, priorityClasses: { description: "PriorityClasses by name, merged onto `spec.priorityClasses` (the environment's cluster gets them). PriorityClasses are cluster-wide: environments on one cluster must define a class the same way, so a value that differs belongs on another cluster.", type: "object", additionalProperties: { $ref: "#/definitions/priorityClass" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, prometheus: { $ref: "#/definitions/prometheus" }, alerts: { $ref: "#/definitions/planAlerts" }, quotas: { description: "Quotas by name, merged onto `spec.quotas` (a quota named here replaces fields of the top-level one).", type: "object", additionalProperties: { $ref: "#/definitions/quota" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, nodePools: { description: "Node pools by name, merged onto `spec.nodePools`.", type: "object", additionalProperties: { $ref: "#/definitions/nodePool" }, propertyNames: { pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$" } }, workloads: { description: "Overrides per workload; every name must be a workload of `spec.workloads`.", type: "object", additionalProperties: { $ref: "#/definitions/workload" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } }, ingresses: { description: "Overrides per shared Ingress, merged onto `spec.ingresses` (`enabled: false` leaves one out).", type: "object", additionalProperties: { $ref: "#/definitions/sharedIngress" }, propertyNames: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" } } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema50.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.namespace !== void 0) {
      let data0 = data.namespace;
      if (typeof data0 == "string") {
        if (!pattern0.test(data0)) {
          let err1 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data1 = data.cluster;
      if (typeof data1 == "string") {
        if (!pattern0.test(data1)) {
          let err3 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.namePrefix !== void 0) {
      let data2 = data.namePrefix;
      if (typeof data2 == "string") {
        if (!pattern4.test(data2)) {
          let err5 = { instancePath: instancePath + "/namePrefix", schemaPath: "#/properties/namePrefix/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*)?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*)?$"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/namePrefix", schemaPath: "#/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.nameSuffix !== void 0) {
      let data3 = data.nameSuffix;
      if (typeof data3 == "string") {
        if (!pattern5.test(data3)) {
          let err7 = { instancePath: instancePath + "/nameSuffix", schemaPath: "#/properties/nameSuffix/pattern", keyword: "pattern", params: { pattern: "^([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^([-a-z0-9]*[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/nameSuffix", schemaPath: "#/properties/nameSuffix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (let key1 in data4)
          if (typeof data4[key1] != "string") {
            let err9 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
      } else {
        let err10 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.priorityClasses !== void 0) {
      let data6 = data.priorityClasses;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (let key2 in data6) {
          let _errs17 = errors;
          if (typeof key2 == "string" && !pattern31.test(key2)) {
            let err11 = { instancePath: instancePath + "/priorityClasses", schemaPath: "#/properties/priorityClasses/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key2 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
          var valid2 = _errs17 === errors;
          if (!valid2) {
            let err12 = { instancePath: instancePath + "/priorityClasses", schemaPath: "#/properties/priorityClasses/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        for (let key3 in data6) {
          let data7 = data6[key3];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.value === void 0) {
              let err13 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/priorityClass/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            for (let key4 in data7)
              if (!(key4 === "value" || key4 === "description" || key4 === "globalDefault" || key4 === "preemptionPolicy")) {
                let err14 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/priorityClass/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
            if (data7.value !== void 0) {
              let data8 = data7.value;
              if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
                let err15 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/priorityClass/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 1e9 || isNaN(data8)) {
                  let err16 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/priorityClass/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
                if (data8 < -2147483648 || isNaN(data8)) {
                  let err17 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/priorityClass/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
              }
            }
            if (data7.description !== void 0 && typeof data7.description != "string") {
              let err18 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/priorityClass/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            if (data7.globalDefault !== void 0 && typeof data7.globalDefault != "boolean") {
              let err19 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalDefault", schemaPath: "#/definitions/priorityClass/properties/globalDefault/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
            if (data7.preemptionPolicy !== void 0) {
              let data11 = data7.preemptionPolicy;
              if (typeof data11 != "string") {
                let err20 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/preemptionPolicy", schemaPath: "#/definitions/priorityClass/properties/preemptionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
              if (!(data11 === "PreemptLowerPriority" || data11 === "Never")) {
                let err21 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/preemptionPolicy", schemaPath: "#/definitions/priorityClass/properties/preemptionPolicy/enum", keyword: "enum", params: { allowedValues: schema20.properties.preemptionPolicy.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
          } else {
            let err22 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/priorityClass/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/priorityClasses", schemaPath: "#/properties/priorityClasses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.prometheus !== void 0 && (validate12(data.prometheus, { instancePath: instancePath + "/prometheus", parentData: data, parentDataProperty: "prometheus", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length)), data.alerts !== void 0 && (validate14(data.alerts, { instancePath: instancePath + "/alerts", parentData: data, parentDataProperty: "alerts", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.quotas !== void 0) {
      let data14 = data.quotas;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (let key5 in data14) {
          let _errs35 = errors;
          if (typeof key5 == "string" && !pattern31.test(key5)) {
            let err24 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key5 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          var valid6 = _errs35 === errors;
          if (!valid6) {
            let err25 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        for (let key6 in data14) {
          let data15 = data14[key6];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (let key7 in data15)
              if (!(key7 === "cpu" || key7 === "memory" || key7 === "gpu" || key7 === "pods" || key7 === "limits" || key7 === "hard")) {
                let err26 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            if (data15.cpu !== void 0) {
              let data16 = data15.cpu, _errs42 = errors, valid10 = !1, _errs43 = errors;
              if (typeof data16 == "string") {
                if (!pattern1.test(data16)) {
                  let err27 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              } else {
                let err28 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              var _valid0 = _errs43 === errors;
              if (valid10 = valid10 || _valid0, !valid10) {
                let _errs45 = errors;
                if (typeof data16 == "number" && isFinite(data16)) {
                  if (data16 < 0 || isNaN(data16)) {
                    let err29 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                } else {
                  let err30 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
                var _valid0 = _errs45 === errors;
                valid10 = valid10 || _valid0;
              }
              if (valid10)
                errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
              else {
                let err31 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            if (data15.memory !== void 0) {
              let data17 = data15.memory, _errs48 = errors, valid11 = !1, _errs49 = errors;
              if (typeof data17 == "string") {
                if (!pattern1.test(data17)) {
                  let err32 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
              } else {
                let err33 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
              var _valid1 = _errs49 === errors;
              if (valid11 = valid11 || _valid1, !valid11) {
                let _errs51 = errors;
                if (typeof data17 == "number" && isFinite(data17)) {
                  if (data17 < 0 || isNaN(data17)) {
                    let err34 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                } else {
                  let err35 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
                var _valid1 = _errs51 === errors;
                valid11 = valid11 || _valid1;
              }
              if (valid11)
                errors = _errs48, vErrors !== null && (_errs48 ? vErrors.length = _errs48 : vErrors = null);
              else {
                let err36 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data15.gpu !== void 0) {
              let data18 = data15.gpu;
              if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
                let err37 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/gpu", schemaPath: "#/definitions/quota/properties/gpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
              if (typeof data18 == "number" && isFinite(data18) && (data18 < 0 || isNaN(data18))) {
                let err38 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/gpu", schemaPath: "#/definitions/quota/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data15.pods !== void 0) {
              let data19 = data15.pods;
              if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                let err39 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/pods", schemaPath: "#/definitions/quota/properties/pods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
              if (typeof data19 == "number" && isFinite(data19) && (data19 < 0 || isNaN(data19))) {
                let err40 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/pods", schemaPath: "#/definitions/quota/properties/pods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            }
            if (data15.limits !== void 0) {
              let data20 = data15.limits;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                for (let key8 in data20)
                  if (!(key8 === "cpu" || key8 === "memory")) {
                    let err41 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits", schemaPath: "#/definitions/quota/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                if (data20.cpu !== void 0) {
                  let data21 = data20.cpu, _errs61 = errors, valid13 = !1, _errs62 = errors;
                  if (typeof data21 == "string") {
                    if (!pattern1.test(data21)) {
                      let err42 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                  } else {
                    let err43 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                  var _valid2 = _errs62 === errors;
                  if (valid13 = valid13 || _valid2, !valid13) {
                    let _errs64 = errors;
                    if (typeof data21 == "number" && isFinite(data21)) {
                      if (data21 < 0 || isNaN(data21)) {
                        let err44 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                      }
                    } else {
                      let err45 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                    }
                    var _valid2 = _errs64 === errors;
                    valid13 = valid13 || _valid2;
                  }
                  if (valid13)
                    errors = _errs61, vErrors !== null && (_errs61 ? vErrors.length = _errs61 : vErrors = null);
                  else {
                    let err46 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                  }
                }
                if (data20.memory !== void 0) {
                  let data22 = data20.memory, _errs67 = errors, valid14 = !1, _errs68 = errors;
                  if (typeof data22 == "string") {
                    if (!pattern1.test(data22)) {
                      let err47 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                    }
                  } else {
                    let err48 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                  var _valid3 = _errs68 === errors;
                  if (valid14 = valid14 || _valid3, !valid14) {
                    let _errs70 = errors;
                    if (typeof data22 == "number" && isFinite(data22)) {
                      if (data22 < 0 || isNaN(data22)) {
                        let err49 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    } else {
                      let err50 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                    }
                    var _valid3 = _errs70 === errors;
                    valid14 = valid14 || _valid3;
                  }
                  if (valid14)
                    errors = _errs67, vErrors !== null && (_errs67 ? vErrors.length = _errs67 : vErrors = null);
                  else {
                    let err51 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                }
              } else {
                let err52 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits", schemaPath: "#/definitions/quota/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            }
            if (data15.hard !== void 0) {
              let data23 = data15.hard;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23))
                for (let key9 in data23) {
                  let data24 = data23[key9], _errs76 = errors, valid16 = !1, _errs77 = errors;
                  if (typeof data24 != "string") {
                    let err53 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/properties/hard/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                  var _valid4 = _errs77 === errors;
                  if (valid16 = valid16 || _valid4, !valid16) {
                    let _errs79 = errors;
                    if (!(typeof data24 == "number" && isFinite(data24))) {
                      let err54 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/properties/hard/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                    }
                    var _valid4 = _errs79 === errors;
                    valid16 = valid16 || _valid4;
                  }
                  if (valid16)
                    errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
                  else {
                    let err55 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/properties/hard/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                }
              else {
                let err56 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/definitions/quota/properties/hard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
          } else {
            let err57 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
        }
      } else {
        let err58 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.nodePools !== void 0) {
      let data25 = data.nodePools;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (let key10 in data25) {
          let _errs83 = errors;
          if (typeof key10 == "string" && !pattern37.test(key10)) {
            let err59 = { instancePath: instancePath + "/nodePools", schemaPath: "#/properties/nodePools/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"', propertyName: key10 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
          var valid17 = _errs83 === errors;
          if (!valid17) {
            let err60 = { instancePath: instancePath + "/nodePools", schemaPath: "#/properties/nodePools/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
        }
        for (let key11 in data25)
          validate16(data25[key11], { instancePath: instancePath + "/nodePools/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data25, parentDataProperty: key11, rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length);
      } else {
        let err61 = { instancePath: instancePath + "/nodePools", schemaPath: "#/properties/nodePools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data27 = data.workloads;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (let key12 in data27) {
          let _errs88 = errors;
          if (typeof key12 == "string" && !pattern31.test(key12)) {
            let err62 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key12 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
          var valid19 = _errs88 === errors;
          if (!valid19) {
            let err63 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        }
        for (let key13 in data27)
          validate18(data27[key13], { instancePath: instancePath + "/workloads/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data27, parentDataProperty: key13, rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length);
      } else {
        let err64 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
      }
    }
    if (data.ingresses !== void 0) {
      let data29 = data.ingresses;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (let key14 in data29) {
          let _errs93 = errors;
          if (typeof key14 == "string" && !pattern31.test(key14)) {
            let err65 = { instancePath: instancePath + "/ingresses", schemaPath: "#/properties/ingresses/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key14 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
          var valid21 = _errs93 === errors;
          if (!valid21) {
            let err66 = { instancePath: instancePath + "/ingresses", schemaPath: "#/properties/ingresses/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
        for (let key15 in data29)
          validate32(data29[key15], { instancePath: instancePath + "/ingresses/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data29, parentDataProperty: key15, rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
      } else {
        let err67 = { instancePath: instancePath + "/ingresses", schemaPath: "#/properties/ingresses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
      }
    }
  } else {
    let err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
  }
  return validate34.errors = vErrors, errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.base === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.workloads === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workloads" }, message: "must have required property 'workloads'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema13.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.base !== void 0) {
      let data0 = data.base;
      if (typeof data0 == "string") {
        if (!pattern1.test(data0)) {
          let err3 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data1 = data.namespace;
      if (typeof data1 == "string") {
        if (!pattern0.test(data1)) {
          let err5 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kubeVersion !== void 0) {
      let data2 = data.kubeVersion;
      if (typeof data2 == "string") {
        if (!pattern3.test(data2)) {
          let err7 = { instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+$"' };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.namePrefix !== void 0) {
      let data3 = data.namePrefix;
      if (typeof data3 == "string") {
        if (!pattern4.test(data3)) {
          let err9 = { instancePath: instancePath + "/namePrefix", schemaPath: "#/properties/namePrefix/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*)?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*)?$"' };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/namePrefix", schemaPath: "#/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.nameSuffix !== void 0) {
      let data4 = data.nameSuffix;
      if (typeof data4 == "string") {
        if (!pattern5.test(data4)) {
          let err11 = { instancePath: instancePath + "/nameSuffix", schemaPath: "#/properties/nameSuffix/pattern", keyword: "pattern", params: { pattern: "^([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^([-a-z0-9]*[a-z0-9])?$"' };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      } else {
        let err12 = { instancePath: instancePath + "/nameSuffix", schemaPath: "#/properties/nameSuffix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.labels !== void 0) {
      let data5 = data.labels;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (let key1 in data5)
          if (typeof data5[key1] != "string") {
            let err13 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
      } else {
        let err14 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.prometheus !== void 0 && (validate12(data.prometheus, { instancePath: instancePath + "/prometheus", parentData: data, parentDataProperty: "prometheus", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length)), data.alerts !== void 0 && (validate14(data.alerts, { instancePath: instancePath + "/alerts", parentData: data, parentDataProperty: "alerts", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.priorityClasses !== void 0) {
      let data9 = data.priorityClasses;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (let key2 in data9) {
          let _errs21 = errors;
          if (typeof key2 == "string" && !pattern31.test(key2)) {
            let err15 = { instancePath: instancePath + "/priorityClasses", schemaPath: "#/properties/priorityClasses/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key2 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
          var valid2 = _errs21 === errors;
          if (!valid2) {
            let err16 = { instancePath: instancePath + "/priorityClasses", schemaPath: "#/properties/priorityClasses/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        for (let key3 in data9) {
          let data10 = data9[key3];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.value === void 0) {
              let err17 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/priorityClass/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            for (let key4 in data10)
              if (!(key4 === "value" || key4 === "description" || key4 === "globalDefault" || key4 === "preemptionPolicy")) {
                let err18 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/priorityClass/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data10.value !== void 0) {
              let data11 = data10.value;
              if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
                let err19 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/priorityClass/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 > 1e9 || isNaN(data11)) {
                  let err20 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/priorityClass/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" };
                  vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                }
                if (data11 < -2147483648 || isNaN(data11)) {
                  let err21 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/priorityClass/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
              }
            }
            if (data10.description !== void 0 && typeof data10.description != "string") {
              let err22 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/priorityClass/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            if (data10.globalDefault !== void 0 && typeof data10.globalDefault != "boolean") {
              let err23 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalDefault", schemaPath: "#/definitions/priorityClass/properties/globalDefault/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
            if (data10.preemptionPolicy !== void 0) {
              let data14 = data10.preemptionPolicy;
              if (typeof data14 != "string") {
                let err24 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/preemptionPolicy", schemaPath: "#/definitions/priorityClass/properties/preemptionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              if (!(data14 === "PreemptLowerPriority" || data14 === "Never")) {
                let err25 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/preemptionPolicy", schemaPath: "#/definitions/priorityClass/properties/preemptionPolicy/enum", keyword: "enum", params: { allowedValues: schema20.properties.preemptionPolicy.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
          } else {
            let err26 = { instancePath: instancePath + "/priorityClasses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/priorityClass/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/priorityClasses", schemaPath: "#/properties/priorityClasses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.quotas !== void 0) {
      let data15 = data.quotas;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (let key5 in data15) {
          let _errs37 = errors;
          if (typeof key5 == "string" && !pattern31.test(key5)) {
            let err28 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key5 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
          var valid6 = _errs37 === errors;
          if (!valid6) {
            let err29 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        for (let key6 in data15) {
          let data16 = data15[key6];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (let key7 in data16)
              if (!(key7 === "cpu" || key7 === "memory" || key7 === "gpu" || key7 === "pods" || key7 === "limits" || key7 === "hard")) {
                let err30 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            if (data16.cpu !== void 0) {
              let data17 = data16.cpu, _errs44 = errors, valid10 = !1, _errs45 = errors;
              if (typeof data17 == "string") {
                if (!pattern1.test(data17)) {
                  let err31 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
              } else {
                let err32 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
              var _valid0 = _errs45 === errors;
              if (valid10 = valid10 || _valid0, !valid10) {
                let _errs47 = errors;
                if (typeof data17 == "number" && isFinite(data17)) {
                  if (data17 < 0 || isNaN(data17)) {
                    let err33 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                } else {
                  let err34 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
                var _valid0 = _errs47 === errors;
                valid10 = valid10 || _valid0;
              }
              if (valid10)
                errors = _errs44, vErrors !== null && (_errs44 ? vErrors.length = _errs44 : vErrors = null);
              else {
                let err35 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/cpu", schemaPath: "#/definitions/quota/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
            if (data16.memory !== void 0) {
              let data18 = data16.memory, _errs50 = errors, valid11 = !1, _errs51 = errors;
              if (typeof data18 == "string") {
                if (!pattern1.test(data18)) {
                  let err36 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
              } else {
                let err37 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
              var _valid1 = _errs51 === errors;
              if (valid11 = valid11 || _valid1, !valid11) {
                let _errs53 = errors;
                if (typeof data18 == "number" && isFinite(data18)) {
                  if (data18 < 0 || isNaN(data18)) {
                    let err38 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                } else {
                  let err39 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
                var _valid1 = _errs53 === errors;
                valid11 = valid11 || _valid1;
              }
              if (valid11)
                errors = _errs50, vErrors !== null && (_errs50 ? vErrors.length = _errs50 : vErrors = null);
              else {
                let err40 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/quota/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            }
            if (data16.gpu !== void 0) {
              let data19 = data16.gpu;
              if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                let err41 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/gpu", schemaPath: "#/definitions/quota/properties/gpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
              if (typeof data19 == "number" && isFinite(data19) && (data19 < 0 || isNaN(data19))) {
                let err42 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/gpu", schemaPath: "#/definitions/quota/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            if (data16.pods !== void 0) {
              let data20 = data16.pods;
              if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
                let err43 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/pods", schemaPath: "#/definitions/quota/properties/pods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
              if (typeof data20 == "number" && isFinite(data20) && (data20 < 0 || isNaN(data20))) {
                let err44 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/pods", schemaPath: "#/definitions/quota/properties/pods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
              }
            }
            if (data16.limits !== void 0) {
              let data21 = data16.limits;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                for (let key8 in data21)
                  if (!(key8 === "cpu" || key8 === "memory")) {
                    let err45 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits", schemaPath: "#/definitions/quota/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                if (data21.cpu !== void 0) {
                  let data22 = data21.cpu, _errs63 = errors, valid13 = !1, _errs64 = errors;
                  if (typeof data22 == "string") {
                    if (!pattern1.test(data22)) {
                      let err46 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                    }
                  } else {
                    let err47 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                  }
                  var _valid2 = _errs64 === errors;
                  if (valid13 = valid13 || _valid2, !valid13) {
                    let _errs66 = errors;
                    if (typeof data22 == "number" && isFinite(data22)) {
                      if (data22 < 0 || isNaN(data22)) {
                        let err48 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                      }
                    } else {
                      let err49 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                    }
                    var _valid2 = _errs66 === errors;
                    valid13 = valid13 || _valid2;
                  }
                  if (valid13)
                    errors = _errs63, vErrors !== null && (_errs63 ? vErrors.length = _errs63 : vErrors = null);
                  else {
                    let err50 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/cpu", schemaPath: "#/definitions/quota/properties/limits/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
                if (data21.memory !== void 0) {
                  let data23 = data21.memory, _errs69 = errors, valid14 = !1, _errs70 = errors;
                  if (typeof data23 == "string") {
                    if (!pattern1.test(data23)) {
                      let err51 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                    }
                  } else {
                    let err52 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                  }
                  var _valid3 = _errs70 === errors;
                  if (valid14 = valid14 || _valid3, !valid14) {
                    let _errs72 = errors;
                    if (typeof data23 == "number" && isFinite(data23)) {
                      if (data23 < 0 || isNaN(data23)) {
                        let err53 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                      }
                    } else {
                      let err54 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                    }
                    var _valid3 = _errs72 === errors;
                    valid14 = valid14 || _valid3;
                  }
                  if (valid14)
                    errors = _errs69, vErrors !== null && (_errs69 ? vErrors.length = _errs69 : vErrors = null);
                  else {
                    let err55 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits/memory", schemaPath: "#/definitions/quota/properties/limits/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                }
              } else {
                let err56 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/limits", schemaPath: "#/definitions/quota/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            if (data16.hard !== void 0) {
              let data24 = data16.hard;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24))
                for (let key9 in data24) {
                  let data25 = data24[key9], _errs78 = errors, valid16 = !1, _errs79 = errors;
                  if (typeof data25 != "string") {
                    let err57 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/properties/hard/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                  }
                  var _valid4 = _errs79 === errors;
                  if (valid16 = valid16 || _valid4, !valid16) {
                    let _errs81 = errors;
                    if (!(typeof data25 == "number" && isFinite(data25))) {
                      let err58 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/properties/hard/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                    }
                    var _valid4 = _errs81 === errors;
                    valid16 = valid16 || _valid4;
                  }
                  if (valid16)
                    errors = _errs78, vErrors !== null && (_errs78 ? vErrors.length = _errs78 : vErrors = null);
                  else {
                    let err59 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/properties/hard/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                  }
                }
              else {
                let err60 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/definitions/quota/properties/hard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            }
          } else {
            let err61 = { instancePath: instancePath + "/quotas/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/quota/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
      } else {
        let err62 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
      }
    }
    if (data.nodePools !== void 0) {
      let data26 = data.nodePools;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (let key10 in data26) {
          let _errs85 = errors;
          if (typeof key10 == "string" && !pattern37.test(key10)) {
            let err63 = { instancePath: instancePath + "/nodePools", schemaPath: "#/properties/nodePools/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"', propertyName: key10 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
          var valid17 = _errs85 === errors;
          if (!valid17) {
            let err64 = { instancePath: instancePath + "/nodePools", schemaPath: "#/properties/nodePools/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
        for (let key11 in data26)
          validate16(data26[key11], { instancePath: instancePath + "/nodePools/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data26, parentDataProperty: key11, rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length);
      } else {
        let err65 = { instancePath: instancePath + "/nodePools", schemaPath: "#/properties/nodePools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data28 = data.workloads;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (Object.keys(data28).length < 1) {
          let err66 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
        }
        for (let key12 in data28) {
          let _errs90 = errors;
          if (typeof key12 == "string" && !pattern31.test(key12)) {
            let err67 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key12 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
          var valid19 = _errs90 === errors;
          if (!valid19) {
            let err68 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        }
        for (let key13 in data28)
          validate18(data28[key13], { instancePath: instancePath + "/workloads/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data28, parentDataProperty: key13, rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length);
      } else {
        let err69 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    if (data.ingresses !== void 0) {
      let data30 = data.ingresses;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (let key14 in data30) {
          let _errs95 = errors;
          if (typeof key14 == "string" && !pattern31.test(key14)) {
            let err70 = { instancePath: instancePath + "/ingresses", schemaPath: "#/properties/ingresses/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', propertyName: key14 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
          var valid21 = _errs95 === errors;
          if (!valid21) {
            let err71 = { instancePath: instancePath + "/ingresses", schemaPath: "#/properties/ingresses/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
        }
        for (let key15 in data30)
          validate32(data30[key15], { instancePath: instancePath + "/ingresses/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data30, parentDataProperty: key15, rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
      } else {
        let err72 = { instancePath: instancePath + "/ingresses", schemaPath: "#/properties/ingresses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    }
    if (data.environments !== void 0) {
      let data32 = data.environments;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (let key16 in data32) {
          let _errs100 = errors;
          if (typeof key16 == "string" && !pattern0.test(key16)) {
            let err73 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', propertyName: key16 };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
          var valid23 = _errs100 === errors;
          if (!valid23) {
            let err74 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key16 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
        }
        for (let key17 in data32)
          validate34(data32[key17], { instancePath: instancePath + "/environments/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data32, parentDataProperty: key17, rootData }) || (vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors), errors = vErrors.length);
      } else {
        let err75 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
      }
    }
  } else {
    let err76 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "scaleplan.dev/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "scaleplan.dev/v1alpha1" }, message: "must be equal to constant" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "ScalePlan") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ScalePlan" }, message: "must be equal to constant" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "description")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/definitions/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/definitions/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.description !== void 0 && typeof data2.description != "string") {
          let err13 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/definitions/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
      } else {
        let err14 = { instancePath: instancePath + "/metadata", schemaPath: "#/definitions/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    data.spec !== void 0 && (validate11(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length));
  } else {
    let err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

// src/plan/load.ts
function lazySource(file) {
  let parsed = !1, document;
  return {
    file,
    get document() {
      return parsed || (parsed = !0, document = file.yaml().documents.find((entry) => entry.contents !== null)), document;
    }
  };
}
var TEMPLATE_HINT = "The spec contains a template expression ({{ \u2026 }}); a ScalePlan is plain YAML, so render the template first.", MAX_ALIAS_COUNT = 1e3;
function problemAt(source, path, message, target = "value") {
  let range = source.document ? locateInDocument(source.file, source.document, path, target) : void 0, start = source.file.position(range?.start ?? 0), end = source.file.position(Math.max((range?.end ?? 1) - 1, range?.start ?? 0));
  return {
    file: source.file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column + 1,
    field: describeField(path),
    message
  };
}
function problemInScalar(source, path, message, inside) {
  let whole = problemAt(source, path, message), scalar = source.document ? locateInDocument(source.file, source.document, path, "value") : void 0, range = scalar && !scalar.approximate ? locateInScalar(scalar, inside.value, inside.from, inside.to) : void 0;
  if (!range)
    return whole;
  let start = source.file.position(range.start), end = source.file.position(Math.max(range.end - 1, range.start));
  return {
    ...whole,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column + 1
  };
}
function readSpecFile(absolutePath, shownPath) {
  let bytes;
  try {
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    let code = error.code;
    throw new ScaleplanError(
      code === "ENOENT" ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE",
      code === "ENOENT" ? `No spec at ${shownPath}; run "scaleplan init" to write a starter scaleplan.yaml, or name the spec file.` : `Cannot read the spec ${shownPath} (${code ?? "unknown error"}).`,
      { file: shownPath },
      { cause: error }
    );
  }
  return SourceFile.fromBytes(shownPath, bytes, absolutePath);
}
function parseSpec(file) {
  if (!file.encodingProblem) {
    let values = loadAllFast(file.text);
    if (values?.length === 1 && values[0] !== null && values[0] !== void 0)
      return validated(values[0], lazySource(file));
  }
  let source = { file, document: void 0 }, problems = [], fileProblem = (offset, message) => {
    let position = file.position(offset);
    return { file: file.path, ...position, field: "", message };
  };
  if (file.encodingProblem)
    return problems.push(fileProblem(file.encodingProblem.offset, file.encodingProblem.message)), { source, problems };
  let documents = file.yaml().documents.filter((document2) => document2.contents !== null), document = documents[0];
  if (!document)
    return problems.push(
      fileProblem(
        0,
        'The spec is empty; expected a ScalePlan (apiVersion: scaleplan.dev/v1alpha1, kind: ScalePlan, metadata, spec). Run "scaleplan init" for a starter.'
      )
    ), { source, problems };
  source = { file, document };
  for (let extra of documents.slice(1))
    problems.push(
      fileProblem(
        extra.range[0],
        "A spec file holds one ScalePlan; this is a second YAML document. Put each plan in its own file."
      )
    );
  for (let error of document.errors) {
    let lastContent = Math.max(0, file.text.trimEnd().length - 1);
    problems.push(
      fileProblem(
        Math.min(error.pos[0], lastContent),
        `The spec is not valid YAML: ${cleanYamlMessage(error.message)}${file.text.includes("{{") ? ` ${TEMPLATE_HINT}` : ""}`
      )
    );
  }
  if (problems.length > 0)
    return { source, problems };
  let value;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return problems.push(
      fileProblem(
        document.range[0],
        `The spec cannot be read: ${error instanceof Error ? error.message : String(error)}`
      )
    ), { source, problems };
  }
  return validated(value, source);
}
function validated(value, source) {
  if (!validateSpec(value)) {
    let problems = [], template = /\{\{[^\n]*\}\}/.exec(source.file.text);
    if (template) {
      let position = source.file.position(template.index);
      problems.push({ file: source.file.path, ...position, field: "", message: TEMPLATE_HINT });
    }
    return problems.push(...schemaProblems(validateSpec.errors ?? [], value, source)), { source, problems };
  }
  return { spec: value, source, problems: [] };
}
function schemaAt(pointer) {
  let node = scaleplan_schema_default;
  for (let raw of pointer.replace(/^#\/?/, "").split("/")) {
    if (raw === "")
      continue;
    let segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node != "object" || node === null)
      return;
    node = node[segment];
  }
  return typeof node == "object" && node !== null ? node : void 0;
}
function resolveRef(node) {
  let ref = node?.$ref;
  return typeof ref == "string" ? schemaAt(ref) : node;
}
function schemaForInstance(path) {
  let node = resolveRef(scaleplan_schema_default);
  for (let segment of path) {
    if (!node)
      return;
    let properties = node.properties, next = typeof segment == "string" && properties?.[segment] !== void 0 ? properties[segment] : typeof segment == "number" && typeof node.items == "object" ? node.items : typeof node.additionalProperties == "object" ? node.additionalProperties : void 0;
    node = resolveRef(next);
  }
  return node;
}
function schemaPathOf(error) {
  return error.schemaPath ?? "";
}
function describePattern(pattern) {
  return pattern === "\\S" ? "a non-empty string" : pattern.includes("{0,251}") ? 'a Kubernetes name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit' : pattern.startsWith("^[A-Za-z0-9]") ? 'a name of letters, digits, "-", "_" and ".", starting and ending with a letter or digit' : pattern.includes("{0,61}") ? 'a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters' : pattern.includes("(ms|s|m|h)") ? 'a duration such as "30s", "5m" or "1h30m"' : pattern === "^[1-9][0-9]*%$" ? 'a percentage such as "75%"' : pattern.startsWith("^[a-zA-Z_:]") ? 'a Prometheus metric name (letters, digits, "_" and ":")' : pattern.startsWith("^v?[0-9]+") ? 'a Kubernetes version as "MAJOR.MINOR", such as "1.30"' : pattern.startsWith("^https?://") ? "an http:// or https:// URL" : pattern === "^/" ? 'a path starting with "/"' : pattern.startsWith("^[0-9]+(\\.[0-9]+)?%$") ? 'a percentage such as "1%" or "0.5%"' : pattern.startsWith("^[0-9]+[kKmMgG]") ? 'a size such as "10m", "1g" or "0"' : pattern.startsWith("^(\\*\\.)?") ? 'a host name such as "app.example.com"' : pattern.startsWith("^[0-9]+%$") ? 'a percentage such as "25%"' : 'a Kubernetes name: lower-case letters, digits and "-", starting and ending with a letter or digit';
}
function describeAlternatives(node) {
  let branches = Array.isArray(node?.anyOf) ? node.anyOf : [], patterns = branches.map((branch) => String(branch.pattern ?? ""));
  return patterns.includes("^[1-9][0-9]*%$") ? 'a percentage such as "75%" (or the whole number 75)' : patterns.includes("^[0-9]+%$") ? 'a whole number or a percentage, such as 1 or "25%"' : branches.some((branch) => branch.maximum === 65535) ? "a port number (1\u201365535) or a port name" : 'a quantity such as 500m, "2" or 8Gi';
}
function knownKeys(path) {
  let properties = schemaForInstance(path)?.properties;
  return typeof properties == "object" && properties !== null ? Object.keys(properties) : [];
}
function schemaProblems(errors, root, source) {
  let anyOfs = errors.filter((error) => error.keyword === "anyOf"), branchOfAnyOf = (error) => anyOfs.some(
    (anyOf) => error.instancePath.startsWith(anyOf.instancePath) && schemaPathOf(error).startsWith(`${schemaPathOf(anyOf)}/`)
  ), seen = /* @__PURE__ */ new Set(), problems = [];
  for (let error of errors) {
    if (branchOfAnyOf(error) || error.keyword === "if" || error.keyword === "propertyNames")
      continue;
    let problem = schemaProblem(error, root, source), key = `${problem.line}:${problem.column}:${problem.message}`;
    seen.has(key) || (seen.add(key), problems.push(problem));
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
function schemaProblem(error, root, source) {
  let path = pointerToPath(error.instancePath), value = valueAt(root, path), params = error.params, expected = (what) => `expected ${what}, not ${describeValue(value)}.`, propertyName = error.propertyName;
  if (propertyName !== void 0) {
    let message = `\`${propertyName}\` cannot be used as a name here: expected ${describePattern(String(params.pattern))}.`;
    return {
      ...problemAt(source, [...path, propertyName], message, "key"),
      field: describeField(path)
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      let key = String(params.additionalProperty), known = knownKeys(path), suggestion = closestMatch(key, known), message = suggestion ? `unknown key \`${key}\`, did you mean \`${suggestion}\`?` : `unknown key \`${key}\`; known keys here: ${known.map((name) => `\`${name}\``).join(", ")}.`;
      return { ...problemAt(source, [...path, key], message, "key"), field: describeField(path) };
    }
    case "required": {
      let missing = String(params.missingProperty), description = schemaForInstance([...path, missing])?.description, hint = typeof description == "string" ? ` (${firstSentence(description)})` : "";
      return problemAt(source, path, `\`${missing}\` is required${hint}.`, "key");
    }
    case "anyOf":
      return problemAt(source, path, expected(describeAlternatives(schemaForInstance(path))));
    case "enum": {
      let allowed = params.allowedValues.map((entry) => JSON.stringify(entry)), suggestion = typeof value == "string" ? closestMatch(
        value,
        params.allowedValues.filter(
          (entry) => typeof entry == "string"
        )
      ) : void 0, tail = suggestion ? ` Did you mean "${suggestion}"?` : "";
      return problemAt(source, path, `${expected(`one of ${allowed.join(", ")}`)}${tail}`);
    }
    case "const":
      return problemAt(source, path, expected(JSON.stringify(params.allowedValue)));
    case "type": {
      let type = String(params.type);
      return path[path.length - 1] === "kubeVersion" && typeof value == "number" ? problemAt(
        source,
        path,
        `expected a string such as "1.30", not the number ${String(value)}: YAML reads an unquoted 1.30 as the number 1.3, so quote it.`
      ) : problemAt(source, path, expected(describeType(type)));
    }
    case "pattern":
      return problemAt(source, path, expected(describePattern(String(params.pattern))));
    case "minimum":
      return problemAt(source, path, expected(`a number of at least ${String(params.limit)}`));
    case "exclusiveMinimum":
      return problemAt(source, path, expected(`a number above ${String(params.limit)}`));
    case "maximum":
      return problemAt(source, path, expected(`a number of at most ${String(params.limit)}`));
    case "minItems":
      return problemAt(
        source,
        path,
        `expected at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}.`
      );
    case "minProperties":
      return problemAt(
        source,
        path,
        `expected at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}.`
      );
    case "uniqueItems":
      return problemAt(
        source,
        path,
        `entries ${String(params.j)} and ${String(params.i)} are the same; list each once.`
      );
    case "minLength":
      return problemAt(source, path, expected("a non-empty string"));
    case "maxLength":
      return problemAt(source, path, expected(`at most ${String(params.limit)} characters`));
    default:
      return problemAt(source, path, `${error.message ?? "is invalid"}.`);
  }
}
function firstSentence(text) {
  return (/^(.*?[.:])(\s|$)/.exec(text)?.[1] ?? text).replace(/[.:]$/, "");
}

export {
  formatProblem,
  SpecInvalidError,
  problemAt,
  problemInScalar,
  readSpecFile,
  parseSpec
};
