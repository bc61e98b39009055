import rule from '../../../src/lint/rules/schema-invalid.js';
import { ruleTester } from '../../_utils.js';

const FIXTURES = 'fixtures/rules/schema-invalid';

ruleTester().run(rule, {
  valid: [
    { fixture: `${FIXTURES}/valid-set.yaml` },
    { name: 'names by the rule of each kind', fixture: `${FIXTURES}/names-valid.yaml` },
    { fixture: `${FIXTURES}/int-or-string.yaml` },
    { fixture: `${FIXTURES}/crds-valid.yaml` },
    { fixture: `${FIXTURES}/unknown-kinds.yaml` },
    { fixture: `${FIXTURES}/removed-api-versions.yaml` },
    { fixture: `${FIXTURES}/unknown-fields.yaml`, options: { unknownFields: false } },
    {
      name: 'null for an optional field is accepted, as the API server does',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  creationTimestamp: null\n  labels: null\ndata: null\n',
    },
    {
      name: 'generateName instead of name',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: migrate:1\n',
    },
  ],
  invalid: [
    {
      name: 'names the API server refuses, at metadata.name or metadata.namespace',
      fixture: `${FIXTURES}/names-invalid.yaml`,
      errors: [
        {
          messageId: 'invalidFormat',
          line: 5,
          column: 9,
          messageIncludes: ['metadata.name is "Bad_Name", which is not a DNS-1123 subdomain'],
        },
        {
          messageId: 'invalidFormat',
          line: 22,
          column: 9,
          messageIncludes: ['metadata.name is "1st.web", which is not a DNS-1035 label'],
        },
        {
          messageId: 'invalidFormat',
          line: 31,
          column: 9,
          messageIncludes: ['metadata.name is "team.a", which is not a DNS-1123 label'],
        },
        {
          messageId: 'invalidFormat',
          line: 37,
          column: 14,
          messageIncludes: ['metadata.namespace is "Team_A", which is not a DNS-1123 label'],
        },
        {
          messageId: 'invalidFormat',
          line: 42,
          column: 9,
          messageIncludes: ['metadata.name is "read/write"', 'without "/" or "%"'],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/wrong-types.yaml`,
      errors: [
        {
          messageId: 'outOfRange',
          line: 6,
          column: 13,
          endColumn: 15,
          messageIncludes: ['spec.replicas is -1', '>= 0'],
        },
        {
          messageId: 'invalidType',
          line: 7,
          column: 13,
          endColumn: 15,
          messageIncludes: ['spec.selector must be a map, not a list'],
        },
        {
          messageId: 'invalidType',
          line: 13,
          column: 19,
          endColumn: 21,
          messageIncludes: ['spec.template.spec.containers must be a list, not a map'],
        },
        {
          messageId: 'invalidType',
          line: 24,
          column: 16,
          endColumn: 21,
          severity: 'error',
          messageIncludes: [
            'HorizontalPodAutoscaler "web": spec.minReplicas must be a whole number, not "two";',
          ],
        },
        {
          messageId: 'invalidType',
          line: 25,
          column: 16,
          endColumn: 20,
          messageIncludes: [
            'spec.maxReplicas must be a whole number, not "10" (remove the quotes)',
          ],
        },
        {
          messageId: 'invalidValue',
          line: 38,
          column: 17,
          endColumn: 20,
          messageIncludes: ['spec.ports[0].protocol must be "SCTP", "TCP" or "UDP", not "tcp"'],
        },
      ],
    },
    {
      name: 'maxPerObject caps the findings of one object',
      fixture: `${FIXTURES}/wrong-types.yaml`,
      options: { maxPerObject: 1 },
      errors: [
        { messageId: 'outOfRange', line: 6, column: 13 },
        { messageId: 'invalidType', line: 24, column: 16 },
        { messageId: 'invalidValue', line: 38, column: 17 },
      ],
    },
    {
      fixture: `${FIXTURES}/missing-required.yaml`,
      errors: [
        {
          messageId: 'missingField',
          line: 5,
          column: 1,
          endColumn: 5,
          messageIncludes: ['Deployment "worker": spec.selector is required', 'add it under spec.'],
        },
        {
          messageId: 'missingField',
          line: 5,
          column: 1,
          messageIncludes: ['spec.template is required but missing'],
        },
        {
          messageId: 'missingField',
          line: 14,
          column: 7,
          messageIncludes: ['Pod "debug": spec.containers[0].name is required'],
        },
        {
          messageId: 'missingField',
          line: 24,
          column: 1,
          endColumn: 5,
          messageIncludes: [
            'ConfigMap (no name): metadata.name is required',
            'as metadata: {name: ...}',
          ],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/int-or-string-invalid.yaml`,
      errors: [
        {
          messageId: 'invalidType',
          line: 11,
          column: 23,
          endColumn: 27,
          messageIncludes: ['maxUnavailable must be a whole number or a string, not true'],
        },
        {
          messageId: 'invalidFormat',
          line: 22,
          column: 20,
          endColumn: 27,
          messageIncludes: ['requests.cpu is "1.5.3Gi", which is not a quantity'],
        },
        {
          messageId: 'invalidType',
          line: 23,
          column: 23,
          messageIncludes: ['requests.memory must be a number or a string, not a list'],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/crds-invalid.yaml`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 11,
          column: 17,
          endColumn: 26,
          messageIncludes: [
            '"Off", "Initial", "Recreate", "InPlaceOrRecreate" or "Auto", not "Sometimes"',
          ],
        },
        {
          messageId: 'invalidFormat',
          line: 23,
          column: 17,
          messageIncludes: ['"30 seconds", which is not a Prometheus duration'],
        },
        {
          messageId: 'missingField',
          line: 34,
          column: 11,
          messageIncludes: ['PrometheusRule "api": spec.groups[0].rules[0].expr is required'],
        },
        {
          messageId: 'invalidType',
          line: 44,
          column: 20,
          messageIncludes: [
            'spec.minReplicaCount must be a whole number, not "1" (remove the quotes)',
          ],
        },
        {
          // Unknown fields of custom resources are warnings: the installed CRD may be newer.
          messageId: 'unknownField',
          line: 46,
          column: 3,
          endColumn: 17,
          severity: 'warning',
          messageIncludes: ['spec.coolDownPeriod', 'did you mean "cooldownPeriod"?'],
        },
        {
          messageId: 'invalidType',
          line: 51,
          column: 16,
          messageIncludes: ['metadata.value must be a string, not 60 (quote it: "60")'],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/unknown-fields.yaml`,
      errors: [
        {
          messageId: 'unknownField',
          line: 5,
          column: 3,
          endColumn: 9,
          severity: 'error',
          messageIncludes: ['metadata.labelz', 'did you mean "labels"?'],
        },
        {
          messageId: 'unknownField',
          line: 8,
          column: 3,
          endColumn: 10,
          messageIncludes: ['spec.replica is not a field of apps/v1 Deployment', '"replicas"'],
        },
        {
          messageId: 'unknownField',
          line: 20,
          column: 11,
          messageIncludes: ['spec.template.spec.containers[0].resource', '"resources"'],
        },
        {
          messageId: 'unknownField',
          line: 30,
          column: 3,
          messageIncludes: [
            'DaemonSet "agent": spec.replicas is not a field of apps/v1 DaemonSet;',
          ],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/list.yaml`,
      errors: [
        {
          messageId: 'invalidType',
          line: 19,
          column: 20,
          endColumn: 23,
          messageIncludes: ['spec.maxReplicas must be a whole number, not "ten"'],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/pdb-bounds.yaml`,
      errors: [
        {
          messageId: 'outOfRange',
          line: 7,
          column: 19,
          messageIncludes: ['150%', 'between 0% and 100%'],
        },
        { messageId: 'invalid', line: 17, column: 3, messageIncludes: ['cannot both be set'] },
        {
          messageId: 'outOfRange',
          line: 36,
          column: 19,
          messageIncludes: ['spec.maxUnavailable is -1 but must be at least 0'],
        },
        {
          messageId: 'outOfRange',
          line: 45,
          column: 17,
          messageIncludes: ['spec.minAvailable is "-10%" but must be between 0% and 100%'],
        },
      ],
    },
    {
      fixture: `${FIXTURES}/server-side-bounds.yaml`,
      errors: [
        {
          messageId: 'outOfRange',
          line: 10,
          column: 16,
          messageIncludes: ['spec.minReplicas is 0 but must be >= 1', 'HPAScaleToZero'],
        },
        {
          messageId: 'outOfRange',
          line: 14,
          column: 35,
          messageIncludes: ['between 0 and 3600'],
        },
        { messageId: 'outOfRange', line: 17, column: 18, messageIncludes: ['value is 0'] },
        {
          messageId: 'outOfRange',
          line: 29,
          column: 26,
          endColumn: 31,
          messageIncludes: ['containerPort is 70000 but must be between 1 and 65535'],
        },
      ],
    },
    {
      name: 'a field whose key is not an identifier is quoted in the message',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    example.com/owner: 5\n',
      errors: [
        {
          messageId: 'invalidType',
          line: 6,
          column: 24,
          messageIncludes: ['metadata.annotations["example.com/owner"] must be a string, not 5'],
        },
      ],
    },
  ],
});
