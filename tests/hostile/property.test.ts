import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileSpec } from '../../src/compile/index.js';
import { isScaleplanError } from '../../src/errors.js';
import { formatJson } from '../../src/format/json.js';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';
import { temporaryTree } from '../_utils.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTEXT = {
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])),
  version: 'test',
};

/** The kinds the rules read, so random objects reach rule code rather than being skipped. */
const KINDS: Array<[string, string]> = [
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['batch/v1', 'CronJob'],
  ['v1', 'Pod'],
  ['v1', 'Service'],
  ['v1', 'ResourceQuota'],
  ['v1', 'LimitRange'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler'],
  ['autoscaling/v2beta2', 'HorizontalPodAutoscaler'],
  ['policy/v1', 'PodDisruptionBudget'],
  ['policy/v1beta1', 'PodDisruptionBudget'],
  ['autoscaling.k8s.io/v1', 'VerticalPodAutoscaler'],
  ['keda.sh/v1alpha1', 'ScaledObject'],
  ['monitoring.coreos.com/v1', 'ServiceMonitor'],
  ['monitoring.coreos.com/v1', 'PrometheusRule'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['scheduling.k8s.io/v1', 'PriorityClass'],
];

/** Values of every wrong type rules meet in the wild: "two", [], {}, -1, 150%, 1.5.3Gi. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    'two',
    '150%',
    '-1',
    '1.5.3Gi',
    '0%',
    '',
    'null',
    '{{ .Values.x }}',
    'nvidia.com/gpu',
    'cpu',
    'Utilization',
    'Off',
    '100m',
  ),
  fc.integer({ min: -5, max: 1_000_000_001 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 12 }),
);

const FIELD_NAMES = [
  'spec',
  'template',
  'metadata',
  'labels',
  'selector',
  'matchLabels',
  'matchExpressions',
  'containers',
  'initContainers',
  'resources',
  'requests',
  'limits',
  'cpu',
  'memory',
  'nvidia.com/gpu',
  'replicas',
  'minReplicas',
  'maxReplicas',
  'metrics',
  'behavior',
  'scaleDown',
  'policies',
  'scaleTargetRef',
  'targetRef',
  'name',
  'kind',
  'apiVersion',
  'hard',
  'maxUnavailable',
  'minAvailable',
  'updatePolicy',
  'updateMode',
  'triggers',
  'endpoints',
  'port',
  'ports',
  'groups',
  'rules',
  'expr',
  'for',
  'priorityClassName',
  'tolerations',
  'value',
  'globalDefault',
  'namespace',
  'type',
  'target',
  'averageUtilization',
  'jobTemplate',
];

/** Random nested objects whose keys are the field names rules read. */
const hostileTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileValue,
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie('tree'), { maxKeys: 5 }),
    fc.array(tie('tree'), { maxLength: 3 }),
  ),
})).tree;

const hostileManifest = fc
  .tuple(fc.constantFrom(...KINDS), hostileTree, fc.string({ maxLength: 8 }))
  .map(([[apiVersion, kind], body, name]) => ({
    ...(typeof body === 'object' && body !== null && !Array.isArray(body) ? body : { spec: body }),
    apiVersion,
    kind,
    metadata: { name: name || 'x', namespace: 'ns' },
  }));

/** Findings seen across all runs: the properties are only meaningful if rules do fire. */
let findingsSeen = 0;

async function lintTwice(files: Record<string, string>): Promise<string> {
  const first = formatJson(await lintSourcesPrepared(files, { rules }), CONTEXT);
  const second = formatJson(await lintSourcesPrepared(files, { rules }), CONTEXT);
  expect(second).toBe(first);
  findingsSeen += (JSON.parse(first) as { findings: unknown[] }).findings.length;
  return first;
}

describe('property: lint never throws and is deterministic', () => {
  it('on random manifests with wrong types in every field rules read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileManifest, { minLength: 1, maxLength: 6 }),
        async (manifests) => {
          await lintTwice({
            'random.yaml': manifests.map((manifest) => stringify(manifest)).join('---\n'),
          });
        },
      ),
      { numRuns: 150 },
    );
    expect(findingsSeen).toBeGreaterThan(150);
  }, 120_000);

  const fixtureTexts = fs
    .readdirSync(path.join(ROOT, 'fixtures/rules'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => fs.readFileSync(path.join(ROOT, 'fixtures/rules', name), 'utf8'));

  it('on random mutations of the rule fixtures', async () => {
    const documents = fixtureTexts.flatMap((text) => {
      const parsed = parseAllDocuments(text);
      return (Array.isArray(parsed) ? parsed : [])
        .filter((document) => document.errors.length === 0)
        .map((document) => document.toJS() as unknown);
    });
    const mutate = (value: unknown, choices: number[], replacement: unknown): unknown => {
      if (choices.length === 0 || typeof value !== 'object' || value === null) {
        return replacement;
      }
      const [choice = 0, ...rest] = choices;
      if (Array.isArray(value)) {
        if (value.length === 0) {
          return replacement;
        }
        const index = choice % value.length;
        return value.map((item, position) =>
          position === index ? mutate(item, rest, replacement) : item,
        );
      }
      const keys = Object.keys(value);
      if (keys.length === 0) {
        return replacement;
      }
      const key = keys[choice % keys.length] as string;
      return {
        ...value,
        [key]: mutate((value as Record<string, unknown>)[key], rest, replacement),
      };
    };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: documents.length - 1 }),
        fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 7 }),
        hostileValue,
        fc.nat({ max: documents.length - 1 }),
        async (index, choices, replacement, other) => {
          const mutated = mutate(documents[index], choices, replacement);
          await lintTwice({
            'mutated.yaml': [stringify(mutated), stringify(documents[other])].join('---\n'),
          });
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('property: compile never throws anything but a clear error', () => {
  it('on random mutations of the golden full spec', async () => {
    const golden = path.join(ROOT, 'fixtures/specs/full');
    const spec = parseAllDocuments(fs.readFileSync(path.join(golden, 'scaleplan.yaml'), 'utf8'));
    const original = (Array.isArray(spec) ? spec[0] : undefined)?.toJS() as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (value: unknown, trail: string[]): void => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [key, child] of Object.entries(value)) {
          paths.push([...trail, key]);
          walk(child, [...trail, key]);
        }
      }
    };
    walk(original, []);
    const directory = temporaryTree('property');
    let compiledRuns = 0;
    fs.cpSync(path.join(golden, 'base'), path.join(directory, 'base'), { recursive: true });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: paths.length - 1 }),
          hostileValue,
          async (pick, replacement) => {
            const trail = paths[pick] ?? [];
            const copy = structuredClone(original);
            let cursor: Record<string, unknown> = copy;
            for (const key of trail.slice(0, -1)) {
              cursor = cursor[key] as Record<string, unknown>;
            }
            cursor[trail[trail.length - 1] ?? ''] = replacement;
            fs.writeFileSync(path.join(directory, 'scaleplan.yaml'), stringify(copy));
            const outcome = async (): Promise<string> => {
              try {
                const compiled = await compileSpec({
                  cwd: directory,
                  env: { PATH: process.env.PATH ?? '' },
                  output: path.join(directory, 'out'),
                });
                compiledRuns++;
                return JSON.stringify(compiled.files);
              } catch (error) {
                if (
                  !isScaleplanError(error) &&
                  !(error instanceof Error && error.name === 'SpecInvalidError')
                ) {
                  throw error;
                }
                return `error: ${error.message}`;
              }
            };
            expect(await outcome()).toBe(await outcome());
          },
        ),
        { numRuns: 150 },
      );
      // Some mutations stay valid (a changed description, a number in range): both paths run.
      expect(compiledRuns).toBeGreaterThan(0);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
