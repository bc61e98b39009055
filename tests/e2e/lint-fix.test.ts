import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintAndFix } from '../../src/lint/fix-run.js';
import { rules } from '../../src/lint/rules/index.js';
import { runCli } from '../cli/helpers.js';
import { ROOT, scratchSpace } from '../_utils.js';

const scratch = scratchSpace('lint-fix');

/** A Deployment pinned to 3 replicas, a comment above it and one on the pinned line. */
const DEPLOYMENT = fs.readFileSync(path.join(ROOT, 'fixtures/fix/deployment.yaml'), 'utf8');

/** The HPA that scales it. */
const HPA = fs.readFileSync(path.join(ROOT, 'fixtures/fix/hpa.yaml'), 'utf8');

const FIXED_DEPLOYMENT = DEPLOYMENT.replace('  replicas: 3 # pinned\n', '');

/** Only the rules under test, so that what remains is what the fixes leave. */
const CONFIG = `rules:\n${rules
  .map(
    (rule) =>
      `  ${rule.id}: ${['hpa-replicas-pinned', 'deprecated-api'].includes(rule.id) ? 'warning' : 'off'}\n`,
  )
  .join('')}`;

function read(directory: string, file: string): string {
  return fs.readFileSync(path.join(directory, file), 'utf8');
}

describe('scaleplan lint --fix', () => {
  it('fixes the files, lints again, and exits by what remains', async () => {
    const directory = scratch.tree(
      { 'app.yaml': `${DEPLOYMENT}---\n${HPA}`, '.scaleplan.yaml': CONFIG },
      'plain',
    );
    const before = await runCli(['lint', '--fail-on', 'warning', '.'], { cwd: directory });
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('1 fixable with --fix.');

    const fixed = await runCli(['lint', '--fix', '--fail-on', 'warning', '.'], { cwd: directory });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('Fixed 1 problem; 0 remain.');
    // Every byte but the removed line is kept, the comment above the document too.
    expect(read(directory, 'app.yaml')).toBe(`${FIXED_DEPLOYMENT}---\n${HPA}`);

    const again = await runCli(['lint', '--fix', '--format', 'json', '.'], { cwd: directory });
    expect(JSON.parse(again.stdout).summary).toMatchObject({ fixed: 0, warnings: 0 });
    expect(read(directory, 'app.yaml')).toBe(`${FIXED_DEPLOYMENT}---\n${HPA}`);
  });

  it('leaves alone a file that changed on disk between the lint and the write', async () => {
    const text = `${DEPLOYMENT}---\n${HPA}`;
    const directory = scratch.tree({ 'app.yaml': text, '.scaleplan.yaml': CONFIG }, 'raced');
    const file = path.join(directory, 'app.yaml');
    let edited = false;
    const outcome = await lintAndFix(
      { paths: ['.'], cwd: directory, env: { PATH: process.env.PATH ?? '' } },
      {
        // Runs after the lint read the file and before the fixes are written: an editor saves.
        select: () => {
          if (!edited) {
            fs.appendFileSync(file, '# saved by an editor\n');
            edited = true;
          }
          return true;
        },
      },
    );
    expect(outcome.skipped).toEqual(['app.yaml: it changed on disk since it was read; not fixed.']);
    expect(outcome.fixed).toBe(0);
    expect(outcome.report.findings.map((finding) => finding.ruleId)).toEqual([
      'hpa-replicas-pinned',
    ]);
    expect(read(directory, 'app.yaml')).toBe(`${text}# saved by an editor\n`);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const text = `${DEPLOYMENT}---\n${HPA.replace('autoscaling/v2', 'autoscaling/v2beta2')}`;
    const directory = scratch.tree({ 'app.yaml': text, '.scaleplan.yaml': CONFIG }, 'dry');
    const run = await runCli(['lint', '--fix-dry-run', '--kube-version', '1.25', 'app.yaml'], {
      cwd: directory,
    });
    expect(run.stdout).toBe(
      [
        '--- a/app.yaml',
        '+++ b/app.yaml',
        '@@ -4,7 +4,6 @@',
        ' metadata:',
        '   name: web',
        ' spec:',
        '-  replicas: 3 # pinned',
        '   selector:',
        '     matchLabels: {app: web}',
        '   template:',
        '@@ -17,7 +16,7 @@',
        '           resources:',
        '             requests: {cpu: 100m, memory: 128Mi}',
        ' ---',
        '-apiVersion: autoscaling/v2beta2',
        '+apiVersion: autoscaling/v2',
        ' kind: HorizontalPodAutoscaler',
        ' metadata:',
        '   name: web',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toContain('2 problems fixable in 1 file; nothing written.');
    expect(run.code).toBe(0);
    expect(read(directory, 'app.yaml')).toBe(text);
    // The same diff applies with git.
    execFileSync('git', ['apply', '--check', '-p1', '-'], { cwd: directory, input: run.stdout });
  });

  it('--rule limits the fixes; the rest remain and fail', async () => {
    const text = `${DEPLOYMENT}---\n${HPA.replace('autoscaling/v2', 'autoscaling/v2beta2')}`;
    const directory = scratch.tree({ 'app.yaml': text, '.scaleplan.yaml': CONFIG }, 'rule');
    const run = await runCli(
      [
        'lint',
        '--fix',
        '--rule',
        'deprecated-api',
        '--fail-on',
        'warning',
        '--kube-version',
        '1.25',
        '.',
      ],
      { cwd: directory },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('hpa-replicas-pinned');
    expect(read(directory, 'app.yaml')).toBe(`${DEPLOYMENT}---\n${HPA}`);
    expect(
      (await runCli(['lint', '--fix-type', 'autoscaling', '.'], { cwd: directory })).code,
    ).toBe(2);
    expect(
      (await runCli(['lint', '--fix', '--rule', 'nope', '.'], { cwd: directory })).stderr,
    ).toContain('--rule nope is not a rule');
  });

  it('fixes only the staged files under --root, as the scaleplan-fix hook runs it', async () => {
    const pinned = `${DEPLOYMENT}---\n${HPA}`;
    const directory = scratch.tree(
      {
        'staged.yaml': pinned,
        'other.yaml': pinned.replace(/web/g, 'api'),
        '.scaleplan.yaml': CONFIG,
      },
      'root',
    );
    const run = await runCli(['lint', '--fix', '--cache', '--root', '.', 'staged.yaml'], {
      cwd: directory,
    });
    expect(run.code).toBe(0);
    expect(read(directory, 'staged.yaml')).toBe(`${FIXED_DEPLOYMENT}---\n${HPA}`);
    expect(read(directory, 'other.yaml')).toBe(pinned.replace(/web/g, 'api'));
  });

  it('fixes a Kustomize base through the origin annotations; the overlay still builds', async () => {
    const directory = scratch.tree(
      {
        'base/deployment.yaml': DEPLOYMENT,
        'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'overlay/hpa.yaml': HPA,
        'overlay/kustomization.yaml': 'resources:\n  - ../base\n  - hpa.yaml\nnamePrefix: prod-\n',
        '.scaleplan.yaml': CONFIG,
      },
      'kustomize',
    );
    const run = await runCli(['lint', '--fix', '--fail-on', 'warning', 'overlay'], {
      cwd: directory,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(read(directory, 'base/deployment.yaml')).toBe(FIXED_DEPLOYMENT);
    expect(read(directory, 'overlay/hpa.yaml')).toBe(HPA);
    const built = execFileSync('kubectl', ['kustomize', 'overlay'], {
      cwd: directory,
      encoding: 'utf8',
    });
    expect(built).toContain('name: prod-web');
    expect(built).not.toContain('replicas:');
  });

  it('refuses a field Kustomize sets from the kustomization, and says why', async () => {
    const kustomization =
      'resources:\n  - ../base\n  - hpa.yaml\nreplicas:\n  - name: web\n    count: 4\n';
    const directory = scratch.tree(
      {
        'base/deployment.yaml': DEPLOYMENT.replace('  replicas: 3 # pinned\n', ''),
        'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'overlay/hpa.yaml': HPA,
        'overlay/kustomization.yaml': kustomization,
        '.scaleplan.yaml': CONFIG,
      },
      'generated',
    );
    const run = await runCli(
      ['lint', '--fix', '--format', 'json', '--fail-on', 'warning', 'overlay'],
      {
        cwd: directory,
      },
    );
    expect(run.code).toBe(1);
    const [finding] = JSON.parse(run.stdout).findings;
    expect(finding.ruleId).toBe('hpa-replicas-pinned');
    expect(finding.autofix).toEqual({
      refused:
        'spec.replicas is set in overlay/kustomization.yaml (a generator, replicas:, images: or an inline patch); edit it there by hand.',
    });
    expect(read(directory, 'overlay/kustomization.yaml')).toBe(kustomization);
  });

  it('edits the strategic-merge patch that sets a field, refuses a JSON 6902 one', async () => {
    const patch =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          resources:\n            limits: {nvidia.com/gpu: 2} # two\n            requests: {nvidia.com/gpu: 1}\n';
    const json6902 = '- op: replace\n  path: /spec/replicas\n  value: 5\n';
    const directory = scratch.tree(
      {
        'base/deployment.yaml': DEPLOYMENT,
        'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'overlay/hpa.yaml': HPA,
        'overlay/gpu.yaml': patch,
        'overlay/replicas.yaml': json6902,
        'overlay/kustomization.yaml':
          'resources:\n  - ../base\n  - hpa.yaml\npatches:\n  - path: replicas.yaml\n    target: {kind: Deployment, name: web}\n  - path: gpu.yaml\n',
        '.scaleplan.yaml': CONFIG.replace(
          'extended-resource-limits: off',
          'extended-resource-limits: error',
        ),
      },
      'patches',
    );
    const run = await runCli(['lint', '--fix', '--format', 'json', 'overlay'], { cwd: directory });
    expect(read(directory, 'overlay/gpu.yaml')).toBe(
      patch.replace('nvidia.com/gpu: 2} # two', 'nvidia.com/gpu: 1} # two'),
    );
    expect(read(directory, 'overlay/replicas.yaml')).toBe(json6902);
    expect(read(directory, 'base/deployment.yaml')).toBe(DEPLOYMENT);
    const { findings, summary } = JSON.parse(run.stdout);
    expect(summary.fixed).toBe(1);
    expect(
      findings.map((finding: { ruleId: string; autofix?: unknown }) => [
        finding.ruleId,
        finding.autofix,
      ]),
    ).toEqual([
      [
        'hpa-replicas-pinned',
        {
          refused:
            'spec.replicas is set by a JSON 6902 patch in overlay/replicas.yaml; edit it there by hand.',
        },
      ],
    ]);
    execFileSync('kubectl', ['kustomize', 'overlay'], { cwd: directory });
  });

  it('carries the fix as structured edits in JSON and SARIF', async () => {
    const directory = scratch.tree(
      { 'app.yaml': `${DEPLOYMENT}---\n${HPA}`, '.scaleplan.yaml': CONFIG },
      'formats',
    );
    const json = JSON.parse(
      (await runCli(['lint', '--format', 'json', '.'], { cwd: directory })).stdout,
    );
    expect(json.findings[0].autofix).toEqual({
      edits: [
        {
          file: 'app.yaml',
          line: 7,
          column: 1,
          endLine: 8,
          endColumn: 1,
          start: DEPLOYMENT.indexOf('  replicas'),
          end: DEPLOYMENT.indexOf('  selector'),
          text: '',
        },
      ],
    });
    const sarif = JSON.parse(
      (await runCli(['lint', '--format', 'sarif', '.'], { cwd: directory })).stdout,
    );
    // The full shape is checked (against the SARIF schema) in tests/format/sarif.test.ts.
    const [fix] = sarif.runs[0].results[0].fixes;
    expect(fix.description.text).toBe('Delete spec.replicas from Deployment "web".');
    expect(fix.artifactChanges[0].replacements[0].deletedRegion).toEqual({
      startLine: 7,
      startColumn: 1,
      endLine: 8,
      endColumn: 1,
    });
  });
});
