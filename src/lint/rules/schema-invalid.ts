import {
  checkObject,
  loadSchemas,
  SCHEMA_KUBERNETES_VERSION,
  schemaSource,
} from '../../k8s/schemas.js';
import { disruptionValueProblems } from '../../k8s/disruption.js';
import { defineRule } from '../rule.js';

interface Options {
  unknownFields: boolean;
  maxPerObject: number;
}

const CUSTOM_RESOURCES =
  'VerticalPodAutoscaler, ServiceMonitor, PodMonitor, PrometheusRule, ScaledObject, ScaledJob and (Cluster)TriggerAuthentication';

export default defineRule<
  | 'invalidType'
  | 'missingField'
  | 'invalidValue'
  | 'invalidFormat'
  | 'outOfRange'
  | 'invalid'
  | 'unknownField',
  Options
>({
  id: 'schema-invalid',
  meta: {
    description: 'Require every object to match the Kubernetes schema of its apiVersion and kind',
    severity: 'error',
    category: 'set',
    kinds: ['*'],
    scope: 'object',
    messages: {
      invalidType:
        '{{kind}} {{object}}: {{field}} must be {{expected}}, not {{actual}}{{hint}}; the API server rejects the object, so the apply or sync fails.',
      missingField:
        '{{kind}} {{object}}: {{field}} is required but missing, so the API server rejects the object; add it {{where}}.',
      invalidValue:
        '{{kind}} {{object}}: {{field}} must be {{allowed}}, not {{actual}}; the API server rejects the object.',
      invalidFormat:
        '{{kind}} {{object}}: {{field}} is {{actual}}, which is not {{format}}; the API server rejects the object.',
      outOfRange:
        '{{kind}} {{object}}: {{field}} is {{actual}} but must be {{bound}}; the API server rejects the object.',
      invalid:
        '{{kind}} {{object}}: {{field}} is invalid ({{detail}}); the API server rejects the object.',
      unknownField:
        '{{kind}} {{object}}: {{field}} is not a field of {{apiVersion}} {{kind}}{{hint}}; kubectl apply and Argo CD reject unknown fields under strict field validation, and lenient validation drops them silently. Remove it or fix its name.',
    },
    rationale: `An object that does not match its schema is rejected by the API server: kubectl apply stops with an error and an Argo CD sync fails, often only in the pipeline after the pull request was merged. A field the schema does not know is rejected under strict field validation (the kubectl and server-side apply default) and silently dropped otherwise — a misspelt \`replica:\` or \`minReplica:\` then leaves the default in place. scaleplan checks the common built-in kinds (workloads, autoscalers, disruption budgets, services, ingresses, quotas, RBAC and others) and ${CUSTOM_RESOURCES} against the kubernetes-models schemas of Kubernetes ${SCHEMA_KUBERNETES_VERSION}, plus the value bounds the API server enforces beyond the OpenAPI schema (replicas >= 0, HPA minReplicas >= 1, PodDisruptionBudget minAvailable and maxUnavailable non-negative and at most 100%, ports 1-65535, HPA behavior limits) and metadata.name and metadata.namespace (present, and in the form the API server requires of the kind: a DNS-1035 label for Services, a DNS-1123 label for Namespaces and namespaces, a path segment for RBAC objects, a DNS-1123 subdomain otherwise). The schemas are those of ${SCHEMA_KUBERNETES_VERSION} whatever --kube-version says: a field added after the target version passes, and an API version the target no longer serves is checked against its own older schema while deprecated-api reports the removal. Kinds scaleplan has no schema for — other CRDs, cluster-internal kinds — are skipped silently, like kubeconform -ignore-missing-schemas; a built-in kind under an API version no Kubernetes release serves (\`apps/v2\` Deployment, \`v1\` PodDisruptionBudget) is unknown-api-version's. The duration fields of a PrometheusRule (\`interval\`, \`query_offset\`, \`for\`, \`keep_firing_for\`) are left to prometheus-rule-invalid, which reports them at the same place with the duration meant.`,
    remediation:
      'Fix the field the finding points at: use the type and values the message names (quote strings, unquote numbers), add missing required fields, and remove or rename unknown ones.',
    defaultOptions: { unknownFields: true, maxPerObject: 10 },
    optionsSchema: {
      type: 'object',
      properties: {
        unknownFields: {
          type: 'boolean',
          description:
            'Report fields the schema does not know (strict field validation). Unknown fields of CRDs are warnings: the CRD installed in the cluster may be newer than the schema scaleplan carries.',
        },
        maxPerObject: {
          type: 'integer',
          minimum: 1,
          description:
            'Most findings reported for one object; the rest show after those are fixed.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: two\n  maxReplica: 6\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 6\n',
    },
    peers:
      'kube-linter schema-validation / kubeconform template (strict, ignoreMissingSchemas) and kubeconform itself. scaleplan reports each invalid field at its line instead of one message per object, and checks the API server value bounds that the OpenAPI schema leaves out.',
  },
  prepare(manifests) {
    return loadSchemas(manifests);
  },
  create(context) {
    return {
      '*'(manifest, options) {
        const problems = checkObject(manifest, {
          unknownFields: options.unknownFields,
          limit: options.maxPerObject,
        });
        for (const problem of problems ?? []) {
          if (ownedByPrometheusRuleInvalid(manifest.kind, problem.path)) {
            continue;
          }
          const crdUnknownField =
            problem.kind === 'unknownField' && schemaSource(manifest) === 'crd';
          context.report({
            manifest,
            path: problem.path,
            target: problem.target,
            messageId: problem.kind,
            data: {
              ...problem.data,
              field: problem.field,
              kind: manifest.kind,
              object: manifest.name === '' ? '(no name)' : `"${manifest.name}"`,
              apiVersion: manifest.apiVersion,
            },
            ...(crdUnknownField ? { severity: 'warning' as const } : {}),
          });
        }
        for (const problem of disruptionValueProblems(manifest)) {
          context.report({
            manifest,
            path: problem.path,
            target: 'value',
            messageId: 'outOfRange',
            data: {
              kind: manifest.kind,
              object: `"${manifest.name}"`,
              field: problem.field,
              actual: problem.actual,
              bound: problem.bound,
            },
          });
        }
      },
    };
  },
});

/**
 * The duration fields of a PrometheusRule (`interval`, `query_offset`, `for`,
 * `keep_firing_for`): prometheus-rule-invalid reports them at the same position, knows
 * Prometheus' duration grammar beyond the CRD's pattern (an empty string) and suggests the
 * duration meant, so the CRD schema's finding there would only repeat it.
 */
function ownedByPrometheusRuleInvalid(kind: string, path: readonly (string | number)[]): boolean {
  if (kind !== 'PrometheusRule' || path[0] !== 'spec' || path[1] !== 'groups') {
    return false;
  }
  const field = path[3];
  if (path.length === 4) {
    return field === 'interval' || field === 'query_offset';
  }
  return (
    path.length === 6 && field === 'rules' && (path[5] === 'for' || path[5] === 'keep_firing_for')
  );
}
