import rule from '../../../src/lint/rules/hpa-metric-unserved.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-metric-unserved';

ruleTester().run(rule, {
  valid: [
    { name: 'no adapter configuration in the set', fixture: `${DIR}/no-adapter.yaml` },
    { name: 'HPAs KEDA makes for ScaledObjects', fixture: `${DIR}/keda.yaml` },
    {
      // The seed's rule serves gpu_memory_utilization; its DCGM_FI_DEV_FB_TOTAL is beyond reach.
      name: 'the llm-platform seed rules as the chart renders them',
      fixture: `${DIR}/llm-platform-seed-rendered.yaml`,
    },
    {
      name: 'a data key outside dataKeys is not read unless an adapter mounts it',
      fixture: `${DIR}/names.yaml`,
      options: { dataKeys: ['adapter.yaml'] },
    },
  ],
  invalid: [
    {
      name: 'the opifex seed: a queue metric with an adapter that has resourceRules only',
      fixture: `${DIR}/opifex-seed.yaml`,
      errors: [
        {
          messageId: 'unserved',
          line: 89,
          column: 15,
          severity: 'warning',
          messageIncludes: [
            'HorizontalPodAutoscaler "l2o-optimizer-hpa" scales on the Pods metric "opifex_l2o_queue_length"',
            'ConfigMap monitoring/adapter-config (config.yaml)',
            '(it has no rules)',
            'FailedGetPodsMetric',
          ],
          related: [{ line: 8, column: 16 }],
        },
      ],
    },
    {
      name: 'the sutazai seed: its Object metric',
      fixture: `${DIR}/sutazai-seed.yaml`,
      errors: [
        {
          messageId: 'unserved',
          line: 91,
          column: 15,
          messageIncludes: ['Object metric "ai_agent_queue_depth"', 'FailedGetObjectMetric'],
        },
      ],
    },
    {
      name: "the llm-platform seed's Helm values pasted into the adapter configuration",
      fixture: `${DIR}/llm-platform-seed-values.yaml`,
      errors: [
        {
          messageId: 'configInvalid',
          line: 13,
          column: 7,
          messageIncludes: [
            "rules holds the prometheus-adapter Helm chart's values",
            'no value reaches HorizontalPodAutoscaler "ollama-hpa" for the metric "gpu_memory_utilization"',
          ],
          related: [{ line: 43, column: 3 }],
        },
      ],
    },
    {
      name: 'served names: as expansion, default as, literal as, filters, and the two APIs',
      fixture: `${DIR}/names.yaml`,
      errors: [
        {
          messageId: 'unserved',
          line: 84,
          column: 24,
          endColumn: 43,
          messageIncludes: [
            '"http_requests_total"',
            '(the closest it serves is "http_requests_per_second")',
            'a custom metric',
          ],
        },
        { messageId: 'unserved', line: 88, column: 24, messageIncludes: ['"cache_hits_total"'] },
        {
          messageId: 'unserved',
          line: 92,
          column: 24,
          messageIncludes: [
            'External metric "http_requests_per_second"',
            'an external metric',
            'A rule of rules serves "http_requests_per_second"',
            'FailedGetExternalMetric',
          ],
        },
        {
          messageId: 'unserved',
          line: 96,
          column: 24,
          messageIncludes: ['A rule of externalRules serves "sqs_messages_visible"'],
        },
      ],
    },
    {
      name: 'an unknown field: the adapter reads its configuration strictly',
      fixture: `${DIR}/unknown-field.yaml`,
      errors: [
        {
          messageId: 'configInvalid',
          line: 10,
          column: 9,
          endColumn: 21,
          messageIncludes: ['"seriesQuerry" is not a field of a rule of rules'],
        },
      ],
    },
    {
      name: 'name.matches that does not compile, or has two captures and no as',
      fixture: `${DIR}/bad-regex.yaml`,
      errors: [
        {
          messageId: 'configInvalid',
          line: 11,
          column: 25,
          messageIncludes: ['name.matches "^(.*_total$" is not a valid regular expression'],
        },
        {
          messageId: 'configInvalid',
          line: 22,
          column: 25,
          messageIncludes: ['has 2 capture groups and no name.as'],
        },
      ],
    },
    {
      name: 'a configuration the adapter container mounts with --config, under another key',
      fixture: `${DIR}/mounted.yaml`,
      errors: [
        {
          messageId: 'configInvalid',
          line: 14,
          column: 7,
          messageIncludes: ['ConfigMap monitoring/adapter (adapter.yaml)', 'not valid YAML'],
        },
      ],
    },
  ],
});
