import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from './helpers.js';
import { temporaryTree } from '../_utils.js';

const HPA =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  minReplicas: 5\n  maxReplicas: 3\n';
// One warning (hpa-min-replicas: a single replica) and nothing else once schema-invalid is off.
const HPA_ONE_REPLICA =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  minReplicas: 1\n  maxReplicas: 3\n';

function workspace(): string {
  const directory = temporaryTree('clarity');
  fs.writeFileSync(path.join(directory, 'hpa.yaml'), HPA);
  fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), 'rules:\n  schema-invalid: off\n');
  return directory;
}

/** One line on stderr, no stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lint --output never destroys a file and fails in one line', () => {
  it('refuses to write over an input, directly or through a symlink (exit 2)', async () => {
    const directory = workspace();
    fs.symlinkSync('hpa.yaml', path.join(directory, 'link.yaml'));
    for (const output of ['hpa.yaml', './sub/../link.yaml', path.join(directory, 'hpa.yaml')]) {
      const run = await runCli(['lint', 'hpa.yaml', '--output', output], { cwd: directory });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is one of the files being linted/);
      expectOneLine(run.stderr);
    }
    // Also when the input was found by walking a directory.
    const walked = await runCli(['lint', '.', '--output', 'hpa.yaml'], { cwd: directory });
    expect(walked.code).toBe(2);
    expect(fs.readFileSync(path.join(directory, 'hpa.yaml'), 'utf8')).toBe(HPA);
  });

  it.each([
    ['a directory', '.', /is a directory/],
    ['/dev/full', '/dev/full', /ENOSPC/],
    ['a path below a file', 'hpa.yaml/report.txt', /ENOTDIR/],
    ['a path that cannot be created', '/proc/scaleplan-no-such/report.txt', /ENOENT/],
  ])('%s → exit 2 with one line', async (_name, output, message) => {
    const directory = workspace();
    const run = await runCli(['lint', 'hpa.yaml', '--output', output], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expectOneLine(run.stderr);
  });

  it('writes through a temporary file: a failed rename leaves the old report whole', async () => {
    const directory = workspace();
    fs.writeFileSync(path.join(directory, 'report.txt'), 'old report\n');
    vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('rename failed'), { code: 'EIO' });
    });
    const run = await runCli(['lint', 'hpa.yaml', '--output', 'report.txt'], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot write the report to report\.txt \(EIO\)/);
    expect(fs.readFileSync(path.join(directory, 'report.txt'), 'utf8')).toBe('old report\n');
    expect(fs.readdirSync(directory).sort()).toEqual(['.scaleplan.yaml', 'hpa.yaml', 'report.txt']);
  });

  it('replaces the old report and creates missing directories on success', async () => {
    const directory = workspace();
    fs.writeFileSync(path.join(directory, 'report.txt'), 'old report\n');
    const run = await runCli(['lint', 'hpa.yaml', '--output', 'report.txt'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(fs.readFileSync(path.join(directory, 'report.txt'), 'utf8')).toMatch(/hpa-min-max/);
    const nested = await runCli(['lint', 'hpa.yaml', '--output', 'out/a/report.txt'], {
      cwd: directory,
    });
    expect(nested.code).toBe(1);
    expect(fs.existsSync(path.join(directory, 'out/a/report.txt'))).toBe(true);
    expect(fs.readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('lint says why it fails', () => {
  it('--max-warnings exceeded says so on stderr', async () => {
    const directory = workspace();
    fs.writeFileSync(path.join(directory, 'hpa.yaml'), HPA_ONE_REPLICA);
    const run = await runCli(['lint', 'hpa.yaml', '--max-warnings', '0'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('scaleplan lint: 1 warning exceed --max-warnings 0.\n');
    const within = await runCli(['lint', 'hpa.yaml', '--max-warnings', '1'], { cwd: directory });
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
  });

  it('an --only-files glob that matches no file is a usage error, not a pass', async () => {
    const directory = workspace();
    const typo = await runCli(['lint', '.', '--only-files', 'hap.yaml'], { cwd: directory });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/--only-files "hap\.yaml" matches none of the \d+ files? linted/);
    expectOneLine(typo.stderr);
    const right = await runCli(['lint', '.', '--only-files', '*.yaml'], { cwd: directory });
    expect(right.code).toBe(1);
  });

  it('staged files given to --root may be files lint does not read (the pre-commit hook)', async () => {
    const directory = workspace();
    fs.writeFileSync(path.join(directory, 'README.md'), '# docs\n');
    const run = await runCli(['lint', '--root', '.', 'README.md'], { cwd: directory });
    expect(run.code).toBe(0);
  });
});

describe('mistyped command lines get one line and a suggestion', () => {
  it.each([
    [
      ['lint', '--formt', 'json'],
      /^scaleplan: "scaleplan lint" has no option --formt; did you mean --format\?/,
    ],
    [['lint', '--max-warning=3'], /did you mean --max-warnings\?/],
    [['lint', '--format'], /^scaleplan: --format needs a value \(scaleplan lint\)\./],
    [['rules', '--verbose'], /has no option --verbose\. Run "scaleplan rules --help"/],
    [['lnt'], /^scaleplan: unknown command "lnt"; did you mean "lint"\?/],
    [
      ['rules', 'hpa-min-replica'],
      /Unknown rule "hpa-min-replica"; did you mean "hpa-min-replicas"\?/,
    ],
  ])('%j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expectOneLine(run.stderr);
  });

  it('bare scaleplan prints usage on stderr (exit 2); --help on stdout (exit 0)', async () => {
    const bare = await runCli([]);
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toMatch(/^Usage: scaleplan <command>/);
    const help = await runCli(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: scaleplan <command>/);
  });

  it('argocd generate names the plugin parameter, not a flag the plugin cannot pass', async () => {
    const run = await runCli(['argocd', 'generate'], {
      cwd: path.join(ROOT, 'fixtures/specs/full'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /choose one with the plugin parameter "env" \(or ARGOCD_ENV_SCALEPLAN_ENV/,
    );
    expect(run.stderr).not.toMatch(/--env/);
  });
});

describe('set-up instructions', () => {
  it('the README says how to get a scaleplan command, and no doc runs `npx scaleplan` in CI', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/npm link/);
    expect(readme).toMatch(/node path\/to\/scaleplan\/dist\/cli\.js/);
    const bin = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        bin: Record<string, string>;
      }
    ).bin;
    expect(bin.scaleplan).toBe('dist/cli.js');
    const formats = fs.readFileSync(path.join(ROOT, 'docs/output-formats.md'), 'utf8');
    expect(formats).not.toMatch(/run: npx scaleplan/);
  });
});
