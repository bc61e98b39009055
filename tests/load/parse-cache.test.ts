/**
 * The lint cache (`--cache`): a warm run reports byte for byte what a cold run and an
 * uncached run report, and the cache is never trusted for a file that changed, a cache
 * written by another version, or a cache file that is corrupt or truncated.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintRequest } from '../../src/lint/lint.js';
import { CACHE_FILE_NAME, cacheFileFor, ParseCache } from '../../src/load/parse-cache.js';
import { runCli } from '../cli/helpers.js';
import { ROOT, scratchSpace } from '../_utils.js';

const scratch = scratchSpace('parse-cache');

const deployment = (name: string, cpu: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: example/${name}:1.0\n          resources:\n            requests: {cpu: ${cpu}, memory: 64Mi}\n            limits: {cpu: 100m, memory: 128Mi}\n`;

const hpa = (name: string, min: number): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}\n  minReplicas: ${min}\n  maxReplicas: 4\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n`;

/**
 * Trees written before the tests and then left alone for longer than the cache's racy
 * window (two seconds): a file's metadata is trusted only once its change time, which no
 * tool can set back, is older than that. One wait for all the tests of this file.
 */
const settled = new Map<string, Record<string, string>>();
const prepared = new Map<string, { directory: string; cache: string }>();

function settledTree(name: string, files: Record<string, string>): void {
  settled.set(name, files);
}

function tree(name: string): { directory: string; cache: string } {
  const made = prepared.get(name);
  if (!made) {
    throw new Error(`no settled tree ${name}`);
  }
  return made;
}

settledTree('tree-1', {
  'web.yaml': `${deployment('web', '500m')}---\n${hpa('web', 1)}`,
  'api.yaml': `# scaleplan-ignore missing-requests -- test\n${deployment('api', '50m')}`,
  'broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n',
  'inf.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: inf}\ndata: {}\nvalue: .inf\n',
});
settledTree('tree-2', {
  'shop.yaml': fs.readFileSync(path.join(ROOT, 'fixtures/examples/shop/web.yaml'), 'utf8'),
  'gpu.yaml': fs.readFileSync(path.join(ROOT, 'fixtures/examples/shop/gpu.yaml'), 'utf8'),
});
settledTree('tree-3', { 'web.yaml': deployment('web', '500m') });
settledTree('tree-4', { 'web.yaml': deployment('web', '50m') });
settledTree('tree-5', {
  'web.yaml': `${deployment('web', '500m')}---\n${hpa('web', 1)}`,
  'api.yaml': deployment('api', '500m'),
});
settledTree('tree-6', {
  'web.yaml': `${deployment('web', '500m')}---\n${hpa('web', 1)}`,
  'old.yaml':
    'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata: {name: old}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 3\n',
});
settledTree('tree-7', { 'web.yaml': deployment('web', '50m') });
settledTree('tree-8', { 'web.yaml': `${deployment('web', '500m')}---\n${hpa('web', 1)}` });
settledTree('tree-9', { 'a.yaml': deployment('a', '50m'), 'b.yaml': deployment('b', '50m') });
settledTree('tree-10', { 'a.yaml': deployment('a', '50m') });
settledTree('tree-11', { 'web.yaml': `${deployment('web', '500m')}---\n${hpa('web', 1)}` });
settledTree('tree-12', { 'web.yaml': `${deployment('web', '500m')}---\n${hpa('web', 1)}` });
const inNamespace = (namespace: string, text: string): string =>
  text.replace(/^metadata:\n/gm, `metadata:\n  namespace: ${namespace}\n`);
settledTree('tree-13', {
  'a/web.yaml': inNamespace('shop', `${deployment('web', '500m')}---\n${hpa('web', 1)}`),
  'a/api.yaml': inNamespace('shop', deployment('api', '50m')),
  'b/web.yaml': inNamespace('billing', `${deployment('web', '500m')}---\n${hpa('web', 1)}`),
  'b/api.yaml': inNamespace('billing', deployment('api', '50m')),
  'b/batch.yaml': inNamespace('billing', deployment('batch', '50m')),
});

beforeAll(async () => {
  for (const [name, files] of settled) {
    const directory = scratch.tree(files);
    prepared.set(name, { directory, cache: path.join(directory, '.cache', CACHE_FILE_NAME) });
  }
  await new Promise((resolve) => setTimeout(resolve, 2_100));
});

async function run(
  directory: string,
  cache: string | undefined,
  extra: Partial<LintRequest> = {},
): Promise<Awaited<ReturnType<typeof lint>>> {
  return lint({
    paths: ['.'],
    cwd: directory,
    env: {},
    ...(cache ? { cache: { location: cache } } : {}),
    ...extra,
  });
}

const strip = (report: Awaited<ReturnType<typeof lint>>) => ({
  findings: report.findings,
  suppressed: report.suppressed,
  summary: report.summary,
});

describe('lint --cache', () => {
  it('serves a warm run from the cache with the findings of a cold and an uncached run', async () => {
    const { directory, cache } = tree('tree-1');
    const uncached = await run(directory, undefined);
    const cold = await run(directory, cache);
    expect(cold.cache).toMatchObject({ parsed: 4, unread: 0, hashed: 0 });
    const warm = await run(directory, cache);
    // `.inf` has no JSON form: that file is parsed on every run, the others never again.
    expect(warm.cache).toMatchObject({ parsed: 1, unread: 3, hashed: 0 });
    expect(strip(cold)).toEqual(strip(uncached));
    expect(strip(warm)).toEqual(strip(uncached));
    expect(uncached.findings.length).toBeGreaterThan(2);
  });

  it('prints byte-identical JSON and SARIF from a warm cache as from a cold one', async () => {
    const { directory, cache } = tree('tree-2');
    for (const format of ['json', 'sarif']) {
      const args = ['lint', '.', '--format', format, '--cache', '--cache-location', cache];
      const uncached = await runCli(['lint', '.', '--format', format], { cwd: directory });
      fs.rmSync(cache, { force: true });
      const cold = await runCli(args, { cwd: directory });
      const warm = await runCli(args, { cwd: directory });
      expect(cold.stdout).toBe(uncached.stdout);
      expect(warm.stdout).toBe(cold.stdout);
      expect(warm.code).toBe(cold.code);
      expect(JSON.parse(cold.stdout)).toBeTruthy();
    }
  });

  it('re-reads an edited file, even one edited to the same size with its mtime put back', async () => {
    const { directory, cache } = tree('tree-3');
    const first = await run(directory, cache);
    expect(first.findings.map((finding) => finding.ruleId)).toContain('requests-exceed-limits');
    const file = path.join(directory, 'web.yaml');
    const before = fs.statSync(file);
    // Same length, same mtime: only the change time (which no tool can set back) differs.
    fs.writeFileSync(file, deployment('web', '050m'));
    fs.utimesSync(file, before.atime, before.mtime);
    expect(fs.statSync(file).size).toBe(before.size);
    const second = await run(directory, cache);
    expect(second.cache).toMatchObject({ unread: 0 });
    expect(strip(second)).toEqual(strip(await run(directory, undefined)));
    expect(second.findings.map((finding) => finding.ruleId)).not.toContain(
      'requests-exceed-limits',
    );
  });

  it('does not trust the metadata of a file changed just before it was read (racy)', async () => {
    const directory = scratch.tree({ 'web.yaml': deployment('web', '50m') });
    const cache = path.join(directory, '.cache', CACHE_FILE_NAME);
    await run(directory, cache);
    // The file was written within the last two seconds: the next run hashes it again.
    const second = await run(directory, cache);
    expect(second.cache).toMatchObject({ unread: 0, hashed: 1, parsed: 0 });
  });

  it('with --cache-strategy content, reads and hashes every file', async () => {
    const { directory, cache } = tree('tree-4');
    await run(directory, cache);
    const second = await run(directory, undefined, {
      cache: { location: cache, strategy: 'content' },
    });
    expect(second.cache).toMatchObject({ unread: 0, hashed: 1, parsed: 0 });
  });

  it('follows a rename and a delete, and drops the entries of files that are gone', async () => {
    const { directory, cache } = tree('tree-5');
    await run(directory, cache);
    fs.renameSync(path.join(directory, 'web.yaml'), path.join(directory, 'moved.yaml'));
    fs.rmSync(path.join(directory, 'api.yaml'));
    const after = await run(directory, cache);
    expect(after.cache).toMatchObject({ parsed: 1, unread: 0 });
    expect(strip(after)).toEqual(strip(await run(directory, undefined)));
    expect(new Set(after.findings.map((finding) => finding.file))).toEqual(new Set(['moved.yaml']));
    const written = fs.readFileSync(cache, 'utf8');
    expect(written).toContain('moved.yaml');
    expect(written).not.toContain('api.yaml');
    expect(written).not.toContain(`${path.sep}web.yaml`);
  });

  it('applies a changed config and Kubernetes version to cached parses', async () => {
    const { directory, cache } = tree('tree-6');
    await run(directory, cache);
    fs.writeFileSync(
      path.join(directory, '.scaleplan.yaml'),
      'rules:\n  hpa-min-replicas: off\n  requests-exceed-limits: warning\n',
    );
    for (const kubeVersion of ['1.20', '1.30']) {
      const cached = await run(directory, cache, { kubeVersion });
      // The manifests' parses are reused; what depends on config and version is not cached.
      expect(cached.cache).toMatchObject({ unread: 2 });
      expect(strip(cached)).toEqual(strip(await run(directory, undefined, { kubeVersion })));
    }
    const rules = (await run(directory, cache)).findings.map((finding) => finding.ruleId);
    expect(rules).not.toContain('hpa-min-replicas');
  });

  it('ignores and rewrites a cache written by another version or build', async () => {
    const { directory, cache } = tree('tree-7');
    await run(directory, undefined, {
      cache: { location: cache, version: { version: '0.0.1', build: 'other' } },
    });
    const current = await run(directory, cache);
    expect(current.cache).toMatchObject({
      parsed: 1,
      discarded: 'written by another scaleplan version or build',
    });
    expect((await run(directory, cache)).cache).toMatchObject({ unread: 1, parsed: 0 });
  });

  it('ignores a corrupt, truncated or foreign cache file and rewrites it', async () => {
    const { directory, cache } = tree('tree-8');
    const expected = strip(await run(directory, undefined));
    await run(directory, cache);
    const good = fs.readFileSync(cache, 'utf8');
    const lines = good.split('\n');
    const corruptions: Record<string, string> = {
      truncated: good.slice(0, good.length - 10),
      'cut in the header': good.slice(0, 20),
      empty: '',
      foreign: '{"some": "other tool"}\n{}\n',
      'binary garbage': '\u0000\u0001\u0002',
      // Same length, but the payload no longer parses: that entry is parsed from the file.
      'payload damaged': `${lines[0]}\n${lines[1]}\n${'x'.repeat(lines.slice(2).join('\n').length)}`,
      // An index entry of the wrong shape.
      'index damaged': `${lines[0]}\n${(lines[1] ?? '').replace(/\[/, '["x",')}\n${lines.slice(2).join('\n')}`,
    };
    for (const [what, text] of Object.entries(corruptions)) {
      fs.writeFileSync(cache, text);
      const report = await run(directory, cache);
      expect(strip(report), what).toEqual(expected);
      expect(report.cache?.parsed, what).toBe(1);
      // Rewritten: the next run is served from it.
      expect((await run(directory, cache)).cache, what).toMatchObject({ unread: 1 });
    }
  });

  it('decodes, on a scoped run, only the reported file: its namespace answers from sketches', async () => {
    const { directory, cache } = tree('tree-13');
    const scoped = (extra: Partial<LintRequest> = {}) =>
      run(directory, cache, { onlyFiles: ['a/web.yaml'], ...extra });
    const uncached = await run(directory, undefined, { onlyFiles: ['a/web.yaml'] });
    await scoped();
    const warm = await scoped();
    expect(strip(warm)).toEqual(strip(uncached));
    expect(warm.findings.length).toBeGreaterThan(0);
    // Five files served from the cache; only the reported one decoded: a/api.yaml, in the same
    // namespace, is in its label and autoscaler indexes through its sketch alone.
    expect(warm.cache).toMatchObject({ unread: 5, parsed: 0, decoded: 1 });
    const full = await run(directory, cache);
    expect(full.cache).toMatchObject({ unread: 5, decoded: 5 });
  });

  it('parses a file again when its payload was changed into other valid JSON, and repairs it', async () => {
    const { directory, cache } = tree('tree-11');
    const expected = strip(await run(directory, undefined));
    await run(directory, cache);
    const text = fs.readFileSync(cache, 'utf8');
    // Same length and still JSON, other content: only the payload's hash tells.
    const forged = text.replace('"cpu":"500m"', '"cpu":"900m"');
    expect(forged).not.toBe(text);
    fs.writeFileSync(cache, forged);
    const report = await run(directory, cache);
    expect(strip(report)).toEqual(expected);
    expect(report.cache).toMatchObject({ parsed: 1, unread: 0 });
    expect(fs.readFileSync(cache, 'utf8')).toContain('"cpu":"500m"');
    expect((await run(directory, cache)).cache).toMatchObject({ unread: 1, decoded: 1 });
  });

  it('stops, and removes the cache, when a summary the index vouches for contradicts the file', async () => {
    const { directory, cache } = tree('tree-12');
    await run(directory, cache);
    const [header = '', index = '', ...rest] = fs.readFileSync(cache, 'utf8').split('\n');
    // A forger who recomputes the hash of index and sketches: the identities then name
    // another object.
    const forgedIndex = index.replace('"web"', '"wob"');
    const fields = JSON.parse(header) as Record<string, unknown>;
    const tail = rest.join('\n');
    const sketches = tail.slice(0, fields.sketchLength as number);
    fields.indexHash = crypto
      .createHash('sha256')
      .update(`${forgedIndex}\n${sketches}`)
      .digest('base64');
    const payloads = tail.slice(sketches.length).replace('"cpu":"500m"', '"cpu":"600m"');
    fs.writeFileSync(cache, `${JSON.stringify(fields)}\n${forgedIndex}\n${sketches}${payloads}`);
    await expect(run(directory, cache)).rejects.toThrow(/does not describe web\.yaml/);
    expect(fs.existsSync(cache)).toBe(false);
    expect((await run(directory, cache)).cache).toMatchObject({ parsed: 1 });
  });

  it('leaves a whole cache when two runs write it at once', () => {
    const { directory, cache } = tree('tree-9');
    const open = () =>
      ParseCache.open({ file: cache, strategy: 'metadata', version: 'v', build: 'b' });
    // Both runs read the (missing) cache, then both write: the last rename wins, whole.
    const first = open();
    const second = open();
    first.read(path.join(directory, 'a.yaml'), 'a.yaml', () => undefined);
    second.read(path.join(directory, 'b.yaml'), 'b.yaml', () => undefined);
    second.read(path.join(directory, 'a.yaml'), 'a.yaml', () => undefined);
    expect(first.save()).toBeUndefined();
    expect(second.save()).toBeUndefined();
    const third = open();
    third.read(path.join(directory, 'a.yaml'), 'a.yaml', () => undefined);
    third.read(path.join(directory, 'b.yaml'), 'b.yaml', () => undefined);
    expect(third.stats).toMatchObject({ unread: 2, parsed: 0 });
    expect(fs.readdirSync(path.dirname(cache))).toEqual([CACHE_FILE_NAME]);
  });

  it('refuses a deferred file whose content changed after its metadata was checked', () => {
    const { directory, cache } = tree('tree-10');
    const open = () =>
      ParseCache.open({ file: cache, strategy: 'metadata', version: 'v', build: 'b' });
    const writer = open();
    writer.read(path.join(directory, 'a.yaml'), 'a.yaml', () => undefined);
    writer.save();
    const reader = open();
    const { file } = reader.read(path.join(directory, 'a.yaml'), 'a.yaml', () => undefined);
    expect(file.textLoaded).toBe(false);
    fs.writeFileSync(path.join(directory, 'a.yaml'), deployment('b', '50m'));
    expect(() => file.text).toThrow(/changed while it was being linted/);
  });

  it('lives under node_modules/.cache when there is one, else in a folder git ignores', async () => {
    const plain = scratch.tree({ 'web.yaml': deployment('web', '50m') });
    expect(cacheFileFor(plain, undefined)).toEqual({
      file: path.join(plain, '.scaleplan-cache', CACHE_FILE_NAME),
      ignoredByGit: true,
    });
    await lint({ paths: ['.'], cwd: plain, env: {}, cache: {} });
    expect(fs.readFileSync(path.join(plain, '.scaleplan-cache/.gitignore'), 'utf8')).toMatch(
      /^\*$/m,
    );
    const node = scratch.tree({ 'node_modules/.keep': '' });
    expect(cacheFileFor(node, undefined).file).toBe(
      path.join(node, 'node_modules/.cache/scaleplan', CACHE_FILE_NAME),
    );
    expect(cacheFileFor(node, 'somewhere/').file).toBe(
      path.join(node, 'somewhere', CACHE_FILE_NAME),
    );
    expect(cacheFileFor(node, 'my.cache').file).toBe(path.join(node, 'my.cache'));
  });

  it('rejects an unknown --cache-strategy and cache options without --cache', async () => {
    const directory = scratch.tree({ 'web.yaml': deployment('web', '50m') });
    const bad = await runCli(['lint', '.', '--cache', '--cache-strategy', 'mtime'], {
      cwd: directory,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/metadata or content/);
    const without = await runCli(['lint', '.', '--cache-location', 'x'], { cwd: directory });
    expect(without.code).toBe(2);
  });
});
