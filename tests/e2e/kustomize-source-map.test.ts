import { describe, expect, it } from 'vitest';
import { loadInputs, type LoadedSet } from '../../src/load/load.js';
import type { Manifest } from '../../src/k8s/manifest.js';
import { collectInputs } from '../../src/load/inputs.js';
import { toLocation, type FieldPath, type LocateTarget } from '../../src/source/locate.js';
import { ROOT, runCli } from '../cli/helpers.js';

// These tests run the real `kubectl kustomize` (slow: they live under tests/e2e).

const CHAIN = 'fixtures/kustomize/chain';
const PROD = `${CHAIN}/overlays/prod`;

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  approximate?: boolean;
  object?: { name?: string; namespace?: string };
  suppression?: { kind: string; justification?: string };
}

interface JsonReport {
  findings: JsonFinding[];
  suppressed: JsonFinding[];
}

async function lintJson(
  paths: string[],
): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli(['lint', ...paths, '--format', 'json']);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

/** `rule file:line:col-endLine:endCol` of the findings of some rules, in output order. */
function positions(findings: readonly JsonFinding[], rules: readonly string[]): string[] {
  return findings
    .filter((finding) => rules.includes(finding.ruleId))
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}${finding.approximate ? ' ~' : ''}`,
    );
}

async function loadSets(operand: string): Promise<LoadedSet[]> {
  return loadInputs(collectInputs([operand], { cwd: ROOT }), {
    cwd: ROOT,
    defaultNamespace: 'default',
    env: { PATH: process.env.PATH ?? '' },
    readStdin: () => Promise.resolve(''),
  });
}

function where(manifest: Manifest, path: FieldPath, target: LocateTarget = 'value'): string {
  const range = manifest.locate(path, target);
  if (!range) {
    return 'nowhere';
  }
  const location = toLocation(range);
  return `${location.file}:${location.line}:${location.column}-${location.endLine}:${location.endColumn}${location.approximate ? ' ~' : ''}`;
}

describe('findings in a Kustomize overlay point at their sources', () => {
  it('points every finding at the base, patch, replicas or component line that set the value', async () => {
    const { code, report } = await lintJson([PROD]);
    expect(code).toBe(1);
    expect(
      positions(report.findings, [
        'deprecated-api',
        'duplicate-object',
        'hpa-min-max',
        'hpa-min-replicas',
        'hpa-replicas-pinned',
        'hpa-scale-down-unstabilized',
      ]),
    ).toEqual([
      // policy/v1beta1 PodDisruptionBudget: the second document of the base file.
      `deprecated-api ${CHAIN}/base/pdb.yaml:11:13-11:27`,
      // Its name, in the base, although the rendered name is prod-shop-web.
      `duplicate-object ${CHAIN}/base/pdb.yaml:14:9-14:12`,
      // scaleDown.stabilizationWindowSeconds: 15 comes from a JSON 6902 patch of a component.
      `hpa-scale-down-unstabilized ${CHAIN}/components/fast-scale-down/scale-down.yaml:3:10-3:12`,
      // spec.replicas: 4 comes from `replicas:` of the overlay.
      `hpa-replicas-pinned ${PROD}/kustomization.yaml:11:5-11:10`,
      // minReplicas: 1 comes from an inline strategic-merge patch (a block literal).
      `hpa-min-replicas ${PROD}/kustomization.yaml:27:22-27:23`,
      // minReplicas: 8 of the worker HPA (a List item in the base) from a JSON 6902 patch file.
      `hpa-min-max ${PROD}/worker-hpa.json-patch.yaml:3:10-3:11`,
      // maxReplicas: 1 comes from a strategic-merge patch file of the middle kustomization.
      `hpa-min-max ${CHAIN}/shared/hpa-max.yaml:6:16-6:17`,
    ]);
    const pinned = report.findings.find((finding) => finding.ruleId === 'hpa-replicas-pinned');
    expect(pinned?.object).toMatchObject({ name: 'prod-shop-web', namespace: 'prod' });
  });

  it('locates each field in the source that spells its rendered value', async () => {
    const [set] = await loadSets(PROD);
    const find = (kind: string, name: string): Manifest => {
      const manifest = set?.manifests.find((entry) => entry.kind === kind && entry.name === name);
      if (!manifest) {
        throw new Error(`${kind} ${name} is not in the render`);
      }
      return manifest;
    };
    const web = find('Deployment', 'prod-shop-web');
    const worker = find('Deployment', 'prod-shop-worker');
    const webHpa = find('HorizontalPodAutoscaler', 'prod-shop-web');
    const workerHpa = find('HorizontalPodAutoscaler', 'prod-shop-worker');
    const config = set?.manifests.find((entry) => entry.kind === 'ConfigMap');
    const container = (index: number): FieldPath => [
      'spec',
      'template',
      'spec',
      'containers',
      index,
    ];
    const base = `${CHAIN}/base`;
    const overlay = `${PROD}/kustomization.yaml`;

    // Names: the base spells them; prefixes from two kustomizations do not hide that.
    expect(where(web, ['metadata', 'name'])).toBe(`${base}/deployment.yaml:4:9-4:12`);
    expect(where(worker, ['metadata', 'name'])).toBe(`${base}/workers.yaml:7:13-7:19`);
    // A field only the namespace transformer writes: nearest ancestor in the base, approximate.
    expect(where(web, ['metadata', 'namespace'])).toBe(`${base}/deployment.yaml:3:1-3:9 ~`);
    // `replicas:` and `images:` entries of the overlay.
    expect(where(web, ['spec', 'replicas'])).toBe(`${overlay}:11:12-11:13`);
    expect(where(web, [...container(0), 'image'])).toBe(`${overlay}:14:13-14:19`);
    // The sidecar's image is untouched by `images:` (another image name): the base.
    expect(where(web, [...container(1), 'image'])).toBe(`${base}/deployment.yaml:25:18-25:30`);
    // Merged containers: limits from the patch file, requests from the base, matched by name.
    expect(where(web, [...container(0), 'resources', 'limits', 'memory'])).toBe(
      `${PROD}/deployment-resources.yaml:12:23-12:28`,
    );
    expect(where(web, [...container(0), 'resources', 'requests', 'cpu'])).toBe(
      `${base}/deployment.yaml:22:20-22:24`,
    );
    // Absent fields resolve to the nearest ancestor, never to line 1.
    expect(where(web, [...container(1), 'resources'])).toBe(
      `${base}/deployment.yaml:24:11-24:15 ~`,
    );
    expect(where(web, ['spec', 'template', 'spec', 'priorityClassName'])).toBe(
      `${base}/deployment.yaml:16:5-16:9 ~`,
    );
    // Inline JSON 6902 operations (target name is a regular expression).
    expect(where(worker, ['spec', 'template', 'spec', 'priorityClassName'])).toBe(
      `${overlay}:35:16-35:25`,
    );
    expect(where(worker, [...container(0), 'image'])).toBe(`${overlay}:38:16-38:28`);
    expect(where(worker, [...container(0), 'name'], 'key')).toBe(
      `${base}/workers.yaml:18:15-18:19`,
    );
    // HPA fields: key targets of patches, the base for what no patch changed.
    expect(where(webHpa, ['spec', 'maxReplicas'], 'key')).toBe(
      `${CHAIN}/shared/hpa-max.yaml:6:3-6:14`,
    );
    expect(where(webHpa, ['spec', 'scaleTargetRef', 'name'])).toBe(`${base}/hpa.yaml:9:11-9:14`);
    expect(
      where(webHpa, ['spec', 'behavior', 'scaleDown', 'stabilizationWindowSeconds'], 'key'),
    ).toBe(`${CHAIN}/components/fast-scale-down/scale-down.yaml:2:9-2:60`);
    expect(where(webHpa, ['spec', 'metrics', 0, 'resource', 'target', 'averageUtilization'])).toBe(
      `${base}/hpa.yaml:18:31-18:33`,
    );
    expect(where(workerHpa, ['spec', 'minReplicas'], 'key')).toBe(
      `${PROD}/worker-hpa.json-patch.yaml:2:9-2:26`,
    );
    expect(where(workerHpa, ['spec', 'maxReplicas'])).toBe(`${base}/workers.yaml:30:20-30:21`);
    // A generated ConfigMap points at its generator entry.
    expect(config?.name).toMatch(/^prod-shop-web-config-[a-z0-9]{10}$/);
    expect(config && where(config, ['metadata', 'name'])).toBe(
      `${base}/kustomization.yaml:9:11-9:21`,
    );
    expect(config && where(config, ['data', 'LOG_LEVEL'])).toBe(
      `${base}/kustomization.yaml:11:9-11:23`,
    );
    expect(config && where(config, ['metadata', 'namespace'])).toBe(
      `${base}/kustomization.yaml:9:11-9:21 ~`,
    );
  });

  it('reports only the findings in files named by --only-files, judged on the whole render', async () => {
    const run = await runCli([
      'lint',
      PROD,
      '--only-files',
      `${CHAIN}/shared/**`,
      '--only-files',
      '**/*.json-patch.yaml',
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((finding) => finding.file).sort()).toEqual([
      `${PROD}/worker-hpa.json-patch.yaml`,
      `${CHAIN}/shared/hpa-max.yaml`,
    ]);
    // The worker HPA's minReplicas above maxReplicas is an error.
    expect(run.code).toBe(1);
    const shared = await runCli(['lint', PROD, '--only-files', `${CHAIN}/shared/**`]);
    // min equals max there: an info, below --fail-on.
    expect(shared.code).toBe(0);
  });

  it('follows the deprecated patch fields, nameSuffix and quoted inline patches', async () => {
    const legacy = 'fixtures/kustomize/legacy';
    const { report } = await lintJson([`${legacy}/overlay`]);
    expect(positions(report.findings, ['hpa-min-max'])).toEqual([
      // queue: minReplicas 2 (base) above maxReplicas 1 from a quoted inline patch.
      `hpa-min-max ${legacy}/base/hpa.yaml:34:16-34:17`,
      // api: minReplicas 20 from a patchesJson6902 file.
      `hpa-min-max ${legacy}/overlay/api-min.yaml:3:10-3:12`,
      // web: maxReplicas 2 from a patchesStrategicMerge file.
      `hpa-min-max ${legacy}/overlay/web-max.yaml:6:16-6:17`,
    ]);
    const [set] = await loadSets(`${legacy}/overlay`);
    const queue = set?.manifests.find((entry) => entry.name === 'queue-v2');
    const web = set?.manifests.find((entry) => entry.name === 'web-v2');
    // A quoted inline patch cannot be mapped line by line: its whole value, approximate.
    expect(queue && where(queue, ['spec', 'maxReplicas'])).toBe(
      `${legacy}/overlay/kustomization.yaml:8:5-8:117 ~`,
    );
    // The patch restates the name to find its target; the name is still the base's.
    expect(web && where(web, ['metadata', 'name'])).toBe(`${legacy}/base/hpa.yaml:4:9-4:12`);
    // commonLabels adds a label no file spells.
    expect(web && where(web, ['metadata', 'labels', 'team'])).toBe(
      `${legacy}/base/hpa.yaml:3:1-3:9 ~`,
    );
  });

  it('honours # scaleplan-ignore and the scaleplan.dev/ignore annotation in base and patch files', async () => {
    const fixture = 'fixtures/kustomize/suppression';
    const { code, report } = await lintJson([`${fixture}/overlay`]);
    const rules = ['hpa-min-max', 'hpa-min-replicas'];
    expect(positions(report.findings, rules)).toEqual([
      `hpa-min-replicas ${fixture}/overlay/hpa-patches.yaml:29:16-29:17`,
    ]);
    // The one finding left is a warning: below the default --fail-on.
    expect(code).toBe(0);
    const suppressed = report.suppressed
      .filter((finding) => rules.includes(finding.ruleId))
      .map(
        (finding) =>
          `${finding.object?.name ?? ''} ${finding.ruleId} ${finding.file}:${finding.line} ${finding.suppression?.kind ?? ''}: ${finding.suppression?.justification ?? ''}`,
      );
    expect(suppressed).toEqual([
      // Annotation added by an inline patch.
      `staging-jobs hpa-min-replicas ${fixture}/base/hpas.yaml:35 annotation: batch jobs tolerate a cold start`,
      // Comment above the field in the base.
      `staging-cache hpa-min-replicas ${fixture}/base/hpas.yaml:45 comment: one warm cache pod is enough`,
      // Comment above the field in a patch file.
      `staging-web hpa-min-max ${fixture}/overlay/hpa-patches.yaml:7 comment: pinned while the load test runs`,
      // Comment above the patch document.
      `staging-api hpa-min-replicas ${fixture}/overlay/hpa-patches.yaml:15 comment: staging runs one api pod`,
      // Comment above the base document, for a value set by a patch.
      `staging-queue hpa-min-max ${fixture}/overlay/hpa-patches.yaml:22 comment: queue bounds are being reworked`,
      // Annotation in the base, for a value set by a patch.
      `staging-batch hpa-min-max ${fixture}/overlay/hpa-patches.yaml:36 annotation: batch bounds come from the scheduler`,
    ]);
  });

  it('renders only leaf overlays of a directory: bases and components are not linted twice', async () => {
    const inputs = collectInputs([CHAIN], { cwd: ROOT });
    expect(inputs).toEqual([
      {
        kind: 'kustomize',
        absolutePath: `${ROOT}/${PROD}`,
        displayPath: PROD,
      },
    ]);
    const { report } = await lintJson([CHAIN]);
    const names = new Set(report.findings.map((finding) => finding.object?.name ?? ''));
    expect([...names].every((name) => name.startsWith('prod-shop-'))).toBe(true);
  });
});
