import { execFileSync } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubMock, type GitHubMock, type MockScenario } from './github-mock.js';
import { temporaryTree } from '../../_utils.js';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const ACTION = path.join(ROOT, 'dist/action.js');
const TOKEN = 'ghs_secretTokenValue0123456789abcdefABCDEF';

interface WebhookExamples {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

/** Real payloads from @octokit/webhooks-examples. */
function examplePayload(event: string, action?: string): Record<string, unknown> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const examples = all.find((entry) => entry.name === event)?.examples ?? [];
  const example = action ? examples.find((candidate) => candidate.action === action) : examples[0];
  if (!example) {
    throw new Error(`No ${event} example.`);
  }
  return example;
}

/**
 * An HPA (first, so its fields keep their lines: minReplicas on 7, maxReplicas on 8) and the
 * Deployment and PodDisruptionBudget that make the set otherwise clean for every rule.
 */
const BAD_HPA = (name: string, min = 5, max = 3): string => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: ${min}
  maxReplicas: ${max}
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: app
          image: registry.example.com/app:1.0.0
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: ${name}}
`;

/** A unified diff that adds every line of a new file. */
function addedFilePatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`;
}

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

let workspace: string;
let mock: GitHubMock | undefined;

function writeWorkspace(files: Record<string, string>): void {
  workspace = temporaryTree('action');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
}

/** The inputs' defaults, as the runner passes them: from action.yml. */
function defaultInputs(): Record<string, string> {
  const metadata = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (input.default !== undefined) {
      env[`INPUT_${name.toUpperCase()}`] = name === 'github-token' ? TOKEN : input.default;
    }
  }
  return env;
}

function parseOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[match[1] ?? ''] = match[3] ?? '';
  }
  return outputs;
}

/**
 * Runs the bundled entry exactly as the runner does: node, INPUT_* and GITHUB_* variables.
 * Asynchronous, so the mock server in this process keeps answering.
 */
async function runAction(options: {
  event?: string;
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
}): Promise<ActionRun> {
  const runnerTemp = temporaryTree('runner');
  const eventPath = path.join(runnerTemp, 'event.json');
  fs.writeFileSync(
    eventPath,
    JSON.stringify(options.payload ?? examplePayload('pull_request', 'opened')),
  );
  const summaryPath = path.join(runnerTemp, 'summary.md');
  const outputPath = path.join(runnerTemp, 'output');
  fs.writeFileSync(summaryPath, '');
  fs.writeFileSync(outputPath, '');
  const inputs: Record<string, string> = { ...defaultInputs() };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    inputs[`INPUT_${name.toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [ACTION], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: runnerTemp,
      RUNNER_TEMP: runnerTemp,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: options.event ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: mock?.url ?? 'http://127.0.0.1:9',
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      ...inputs,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const run: ActionRun = {
    status,
    stdout,
    stderr,
    summary: fs.readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(outputPath),
  };
  fs.rmSync(runnerTemp, { recursive: true, force: true });
  return run;
}

function expectConformingRequests(): void {
  for (const request of mock?.requests ?? []) {
    expect(request.problems, `${request.method} ${request.path}`).toEqual([]);
    expect(request.authorization).toBe(`token ${TOKEN}`);
  }
}

function expectNoTokenLeak(run: ActionRun): void {
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(TOKEN);
  }
}

/** A fresh mock (no comments yet) for the second half of a test. */
async function withMockAgain(): Promise<GitHubMock> {
  await mock?.close();
  return withMock({ changedFiles: [] });
}

async function withMock(scenario: MockScenario): Promise<GitHubMock> {
  mock = await startGitHubMock(scenario);
  return mock;
}

beforeAll(() => {
  if (!fs.existsSync(ACTION)) {
    throw new Error('dist/action.js is missing: run npm run build.');
  }
});

afterEach(async () => {
  await mock?.close();
  mock = undefined;
  fs.rmSync(workspace, { recursive: true, force: true });
});

describe('GitHub Action on pull_request', () => {
  it('creates one summary comment, then edits it, then clears it when the findings are fixed', async () => {
    const bad = BAD_HPA('web');
    writeWorkspace({ 'k8s/hpa.yaml': bad, 'k8s/other.yaml': BAD_HPA('untouched') });
    const github = await withMock({
      changedFiles: [{ filename: 'k8s/hpa.yaml', status: 'added', patch: addedFilePatch(bad) }],
    });

    const first = await runAction({});
    expect(first.status, first.stderr + first.stdout).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('<!-- scaleplan:summary -->');
    expect(github.comments[0]?.body).toContain('k8s/hpa.yaml');
    // only-changed: the untouched file's finding is not reported.
    expect(github.comments[0]?.body).not.toContain('other.yaml');
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]?.comments).toEqual([
      expect.objectContaining({ path: 'k8s/hpa.yaml', line: 7, side: 'RIGHT' }),
    ]);
    expect(github.reviews[0]?.commit_id).toBe(
      (examplePayload('pull_request', 'opened').pull_request as { head: { sha: string } }).head.sha,
    );
    expect(first.stdout).toMatch(
      /^::error title=hpa-min-max,file=k8s\/hpa\.yaml,line=7,endLine=7,col=16,endColumn=17::/m,
    );
    expect(first.outputs).toMatchObject({ errors: '1', warnings: '0' });
    expect(first.summary).toContain('hpa-min-max');

    const second = await runAction({});
    expect(second.status).toBe(1);
    expect(github.comments, 'edited in place, never duplicated').toHaveLength(1);
    expect(github.reviews, 'no second review for the same finding').toHaveLength(1);
    expect(
      github.requests.filter(
        (request) => request.method === 'POST' && request.template?.endsWith('/comments'),
      ),
    ).toHaveLength(1);

    fs.writeFileSync(path.join(workspace, 'k8s/hpa.yaml'), BAD_HPA('web', 2, 5));
    const third = await runAction({});
    expect(third.status).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('<!-- scaleplan:summary -->');
    expect(github.comments[0]?.body).not.toContain('hpa-min-max');
    expect(github.requests.some((request) => request.method === 'PATCH')).toBe(true);
    expectConformingRequests();
    [first, second, third].forEach(expectNoTokenLeak);
  });

  it('creates no comment when there is nothing to report', async () => {
    const good = BAD_HPA('web', 2, 6);
    writeWorkspace({ 'hpa.yaml': good });
    const github = await withMock({
      changedFiles: [{ filename: 'hpa.yaml', status: 'added', patch: addedFilePatch(good) }],
    });
    const run = await runAction({});
    expect(run.status).toBe(0);
    expect(github.comments).toEqual([]);
    expect(github.reviews).toEqual([]);
    expectConformingRequests();
  });

  it('adds what the change does to capacity, read from the base commit, with a scale chart', async () => {
    const service = (maxReplicas: number): string =>
      `apiVersion: v1\nkind: ResourceQuota\nmetadata: {name: gpus, namespace: ml}\nspec:\n  hard: {requests.nvidia.com/gpu: "8"}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: inference, namespace: ml}\nspec:\n  selector: {matchLabels: {app: inference}}\n  template:\n    metadata: {labels: {app: inference}}\n    spec:\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            requests: {cpu: 500m, memory: 4Gi}\n            limits: {nvidia.com/gpu: 2}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: inference, namespace: ml}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}\n  minReplicas: 2\n  maxReplicas: ${maxReplicas}\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n`;
    writeWorkspace({ 'k8s/app.yaml': service(4) });
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: workspace,
      }).toString();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(workspace, 'k8s/app.yaml'), service(8));
    const payload = examplePayload('pull_request', 'opened') as {
      pull_request: { base: { sha: string } };
    };
    payload.pull_request.base.sha = baseSha;
    const github = await withMock({ changedFiles: [] });
    const run = await runAction({ payload });
    expect(github.comments, run.stderr + run.stdout).toHaveLength(1);
    const body = github.comments[0]?.body ?? '';
    // 4 → 8 replicas of 2 GPUs each against a quota of 8.
    expect(body).toContain('### Capacity at maximum scale');
    expect(body).toContain('- GPU at max scale in ml: 8 → 16 (quota 8: now exceeds)');
    expect(body).toContain('HorizontalPodAutoscaler inference (ml) under a ×4 step load');
    expect(body).toContain('```mermaid\nxychart-beta');
    expect(git('status', '--porcelain')).toBe(' M k8s/app.yaml\n');

    // Nothing changed against the base: the comment (for the findings) has no capacity part.
    fs.writeFileSync(path.join(workspace, 'k8s/app.yaml'), service(4));
    const quiet = await withMockAgain();
    await runAction({ payload });
    expect(quiet.comments.map((comment) => comment.body).join('')).not.toContain('Capacity');
    expectConformingRequests();
  });

  it('warns, and still comments, when the base commit was not fetched', async () => {
    writeWorkspace({ 'hpa.yaml': BAD_HPA('web') });
    const github = await withMock({ changedFiles: [] });
    const run = await runAction({});
    expect(run.stdout).toMatch(/^::warning::scaleplan: no capacity diff: .*fetch-depth/m);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).not.toContain('Capacity at maximum scale');
  });

  it('pages through more than 100 changed files', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 250; index++) {
      files[`apps/app-${index}.yaml`] = BAD_HPA(`app-${index}`, 2, 6);
    }
    const bad = BAD_HPA('last');
    files['apps/zz-last.yaml'] = bad;
    writeWorkspace(files);
    const github = await withMock({
      changedFiles: Object.entries(files).map(([filename, text]) => ({
        filename,
        status: 'added',
        patch: addedFilePatch(text),
      })),
    });
    const run = await runAction({});
    expect(run.status).toBe(1);
    const pages = github.requests.filter(
      (request) => request.template === '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    );
    expect(pages.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(github.reviews[0]?.comments.map((comment) => comment.path)).toEqual([
      'apps/zz-last.yaml',
    ]);
    expectConformingRequests();
  });

  it('suggests the machine fix in the inline comment when it lies in the changed lines', async () => {
    // A clean set but for spec.replicas pinned under the HPA: --fix deletes that line.
    const pinned = BAD_HPA('web', 2, 6).replace(
      'kind: Deployment\nmetadata:\n  name: web\nspec:\n',
      'kind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
    );
    const line = pinned.split('\n').indexOf('  replicas: 3') + 1;
    writeWorkspace({ 'k8s/web.yaml': pinned });
    const github = await withMock({
      changedFiles: [{ filename: 'k8s/web.yaml', status: 'added', patch: addedFilePatch(pinned) }],
    });
    const run = await runAction({ inputs: { 'fail-on': 'warning' } });
    expect(run.status, run.stderr + run.stdout).toBe(1);
    expect(github.reviews[0]?.comments).toEqual([
      expect.objectContaining({ path: 'k8s/web.yaml', line, side: 'RIGHT' }),
    ]);
    // An empty suggestion: "Commit suggestion" deletes the line.
    expect(github.reviews[0]?.comments[0]?.body).toContain('\n\n```suggestion\n```\n\n');
    expectConformingRequests();
  });

  it('falls back to annotations and the job summary on a forked pull request (403)', async () => {
    const bad = BAD_HPA('web');
    writeWorkspace({ 'hpa.yaml': bad });
    const github = await withMock({
      changedFiles: [{ filename: 'hpa.yaml', status: 'added', patch: addedFilePatch(bad) }],
      readOnlyToken: true,
    });
    const run = await runAction({});
    expect(run.status, 'still fails by fail-on').toBe(1);
    expect(github.comments).toEqual([]);
    expect(run.stdout).toMatch(/^::error title=hpa-min-max,file=hpa\.yaml/m);
    expect(run.stdout).toMatch(/^::warning::.*read-only/m);
    expect(run.summary).toContain('read-only');
    expect(run.summary).toContain('hpa-min-max');
    expectConformingRequests();
    expectNoTokenLeak(run);
  });

  it('retries rate limits and server errors, then succeeds', async () => {
    const bad = BAD_HPA('web');
    writeWorkspace({ 'hpa.yaml': bad });
    const github = await withMock({
      changedFiles: [{ filename: 'hpa.yaml', status: 'added', patch: addedFilePatch(bad) }],
      rateLimitFirst: 1,
      serverErrorFirst: 1,
    });
    const run = await runAction({});
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(github.comments).toHaveLength(1);
    const listFiles = github.requests.filter(
      (request) => request.template === '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    );
    expect(listFiles.length).toBe(3);
    expectConformingRequests();
  });

  it('keeps a huge finding list under 65,536 characters and says what was left out', async () => {
    const documents = Array.from({ length: 3000 }, (_, index) => BAD_HPA(`app-${index}`)).join(
      '---\n',
    );
    writeWorkspace({ 'many.yaml': documents });
    const github = await withMock({
      changedFiles: [{ filename: 'many.yaml', status: 'added', patch: addedFilePatch(documents) }],
    });
    const run = await runAction({ inputs: { 'review-comments': 'false' } });
    expect(run.status).toBe(1);
    const body = github.comments[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(1000);
    expect(body.length).toBeLessThan(65536);
    expect(body).toMatch(
      /\d[\d,]* (more )?(findings?|problems?)[^\n]*(left out|not shown|omitted)/i,
    );
    expectConformingRequests();
  });

  it('escapes manifest-controlled text in the comment', async () => {
    const hostile = BAD_HPA('x').replace(
      'name: x\n',
      "name: '@octocat <img src=x onerror=alert(1)> | [a](javascript:alert(1))'\n",
    );
    writeWorkspace({ 'hostile.yaml': hostile });
    const github = await withMock({
      changedFiles: [{ filename: 'hostile.yaml', status: 'added', patch: addedFilePatch(hostile) }],
    });
    await runAction({});
    const body = github.comments[0]?.body ?? '';
    expect(body).not.toMatch(/(^|[^\w`])@octocat/);
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/[^\\]\]\(javascript:/);
  });
});

describe('GitHub Action with a spec', () => {
  it('fails when the committed overlays are not what the spec compiles to', async () => {
    const minimal = path.join(ROOT, 'fixtures/specs/minimal');
    const files: Record<string, string> = {};
    const collect = (directory: string, prefix: string): void => {
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) {
          collect(full, `${prefix}${entry.name}/`);
        } else {
          files[`${prefix}${entry.name}`] = fs.readFileSync(full, 'utf8');
        }
      }
    };
    collect(minimal, '');
    writeWorkspace(files);
    await withMock({ changedFiles: [] });
    const clean = await runAction({
      event: 'push',
      payload: examplePayload('push'),
      inputs: { spec: 'scaleplan.yaml' },
    });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);

    fs.appendFileSync(path.join(workspace, 'overlays/default/web-hpa.yaml'), '# edited by hand\n');
    const stale = await runAction({
      event: 'push',
      payload: examplePayload('push'),
      inputs: { spec: 'scaleplan.yaml' },
    });
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(
      /^::error title=scaleplan compile --check,file=overlays\/default\/web-hpa\.yaml::/m,
    );
    expect(stale.stdout).toMatch(/not what scaleplan\.yaml compiles to/);
  });
});

describe('GitHub Action on push', () => {
  it('reports annotations, summary and exit status without calling the API', async () => {
    writeWorkspace({ 'hpa.yaml': BAD_HPA('web') });
    const github = await withMock({ changedFiles: [] });
    const run = await runAction({ event: 'push', payload: examplePayload('push') });
    expect(run.status).toBe(1);
    expect(github.requests).toEqual([]);
    expect(run.stdout).toMatch(/^::error title=hpa-min-max,file=hpa\.yaml/m);
    expect(run.summary).toContain('hpa-min-max');
  });

  it('does not fail below fail-on, and writes SARIF when asked', async () => {
    writeWorkspace({ 'hpa.yaml': BAD_HPA('web', 3, 3) });
    await withMock({ changedFiles: [] });
    const run = await runAction({
      event: 'push',
      payload: examplePayload('push'),
      inputs: { 'sarif-file': 'out/scaleplan.sarif' },
    });
    expect(run.status).toBe(0);
    const sarif = JSON.parse(
      fs.readFileSync(path.join(workspace, 'out/scaleplan.sarif'), 'utf8'),
    ) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    expect(run.outputs['sarif-file']).toBe(path.join(workspace, 'out/scaleplan.sarif'));
  });
});
