/**
 * `npm run bench`: generates large manifest sets and times whole processes against two
 * reference programs on the same files, in the same run: a bare js-yaml parse (the floor)
 * and `kpt fn source` (a Go tool reading the same directory). Prints medians, ratios and
 * peak memory; `--write` also records the figures in docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeManifestSet, writeSmallFile } from './generate.js';
import { extraCases, realSetCases } from './cases.js';
import { measure, type Measurement, type Row } from './measure.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.bench');
const CLI = path.join(ROOT, 'dist/cli.js');

function fmt(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

/**
 * The pre-commit hook's shape: `lint --root <set> <one staged file>` (the whole set is read,
 * findings are reported for the staged file), without a cache, with a cold cache (a fresh
 * location every run) and with a warm one (filled by the warm-up run), beside `node -e 0`.
 */
function preCommitCases(sizes: readonly number[], runs: number, bare: Measurement): Row[] {
  const rows: Row[] = [];
  for (const size of sizes.filter((entry) => entry >= 10000)) {
    const directory = path.join(WORK, `set-${size}`);
    const staged = path.join(directory, 'group-0', 'services-0.yaml');
    const hook = (cache: string[]): string[] => [
      'node',
      CLI,
      'lint',
      ...cache,
      '--root',
      directory,
      staged,
      '--format',
      'json',
      '--output',
      path.join(WORK, 'out.json'),
    ];
    const sizeRuns = size >= 50000 ? Math.max(3, Math.floor(runs / 2)) : runs;
    const caches = path.join(WORK, `cache-${size}`);
    fs.rmSync(caches, { recursive: true, force: true });
    const uncached = measure(hook([]), sizeRuns);
    const cold = measure(
      (run) => hook(['--cache', '--cache-location', path.join(caches, `cold-${run}`, path.sep)]),
      sizeRuns,
    );
    const warm = measure(
      hook(['--cache', '--cache-location', path.join(caches, 'warm', path.sep)]),
      sizeRuns,
    );
    fs.rmSync(caches, { recursive: true, force: true });
    const objects = size.toLocaleString('en');
    rows.push({
      name: `pre-commit (--root, one staged file), ${objects} objects`,
      value: `no cache ${fmt(uncached.seconds)}, cold cache ${fmt(cold.seconds)}, warm cache ${fmt(warm.seconds)}; peak ${warm.peakMiB?.toFixed(0) ?? '?'} MiB warm`,
    });
    rows.push({
      name: `pre-commit ${objects} objects, warm cache ÷ node -e 0`,
      value: `${ratio(warm.seconds, bare.seconds)} (${fmt(warm.seconds)} vs ${fmt(bare.seconds)})`,
      target: size >= 50000 ? '≤ 0.4 s and ≤ 6×' : '≤ 6×',
      met: warm.seconds / bare.seconds <= 6 && (size < 50000 || warm.seconds <= 0.4),
    });
    rows.push({
      name: `pre-commit ${objects} objects, cold cache ÷ no cache`,
      value: ratio(cold.seconds, uncached.seconds),
      target: '≤ 1×',
      met: cold.seconds <= uncached.seconds,
    });
  }
  return rows;
}

/**
 * `scaleplan capacity` of the largest sets, beside the lint of the same set in the same run:
 * it reads the same files and walks the workloads once, so it must stay well under lint.
 */
function capacityCases(
  sizes: readonly number[],
  runs: number,
  lintResults: ReadonlyMap<string, { scaleplan: Measurement }>,
): Row[] {
  const rows: Row[] = [];
  const timings = new Map<number, Measurement>();
  for (const size of sizes.filter((entry) => entry >= 10000)) {
    const directory = path.join(WORK, `set-${size}`);
    const sizeRuns = size >= 50000 ? Math.max(3, Math.floor(runs / 2)) : runs;
    const capacity = measure(['node', CLI, 'capacity', directory], sizeRuns);
    timings.set(size, capacity);
    const lintTime = lintResults.get(String(size))?.scaleplan.seconds;
    rows.push({
      name: `capacity ${size.toLocaleString('en')} objects ÷ lint of the same set`,
      value:
        lintTime === undefined
          ? fmt(capacity.seconds)
          : `${ratio(capacity.seconds, lintTime)} (${fmt(capacity.seconds)} vs ${fmt(lintTime)}); peak ${capacity.peakMiB?.toFixed(0) ?? '?'} MiB`,
      target: '< 1×',
      met: lintTime !== undefined && capacity.seconds < lintTime,
    });
  }
  const ten = timings.get(10000);
  const fifty = timings.get(50000);
  if (ten && fifty) {
    rows.push({
      name: 'capacity 50,000 ÷ 10,000 objects',
      value: ratio(fifty.seconds, ten.seconds),
      target: '≤ 5.5×',
      met: fifty.seconds / ten.seconds <= 5.5,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const quick = process.argv.includes('--quick');
  // --only lint | compile: one half of the benchmark, for working on it (never --write).
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
  if (only !== undefined && (!['lint', 'compile'].includes(only) || write)) {
    throw new Error('--only takes lint or compile, and cannot be combined with --write.');
  }
  if (!fs.existsSync(CLI)) {
    throw new Error('dist/cli.js is missing: run npm run build first.');
  }
  fs.mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  const runs = quick ? 3 : 7;
  const lint = (target: string): string[] => [
    'node',
    CLI,
    'lint',
    target,
    '--format',
    'json',
    '--output',
    path.join(WORK, 'out.json'),
  ];

  if (only !== 'compile') {
    const sizes = quick ? [1000, 10000] : [1000, 10000, 50000];
    const results = new Map<
      string,
      { scaleplan: Measurement; jsYaml: Measurement; kpt: Measurement }
    >();
    for (const size of sizes) {
      const directory = path.join(WORK, `set-${size}`);
      writeManifestSet(directory, { objects: size });
      const sizeRuns = size >= 50000 ? Math.max(3, Math.floor(runs / 2)) : runs;
      const scaleplan = measure(lint(directory), sizeRuns);
      const jsYaml = measure(
        ['node', path.join(ROOT, 'bench/ref-js-yaml.mjs'), directory],
        sizeRuns,
      );
      const kpt = measure(['kpt', 'fn', 'source', directory], sizeRuns, { allowExitCodes: [0] });
      results.set(String(size), { scaleplan, jsYaml, kpt });
      rows.push({
        name: `lint ${size.toLocaleString('en')} objects`,
        value: `${fmt(scaleplan.seconds)} (js-yaml ${fmt(jsYaml.seconds)}, kpt ${fmt(kpt.seconds)}); peak ${scaleplan.peakMiB?.toFixed(0) ?? '?'} MiB`,
      });
    }
    const ten = results.get('10000');
    if (ten) {
      const vsYaml = ten.scaleplan.seconds / ten.jsYaml.seconds;
      const vsKpt = ten.scaleplan.seconds / ten.kpt.seconds;
      rows.push({
        name: '10,000 objects ÷ js-yaml parse',
        value: ratio(ten.scaleplan.seconds, ten.jsYaml.seconds),
        target: '≤ 1.5×',
        met: vsYaml <= 1.5,
      });
      // The same full lint served from a warm cache (filled by the warm-up run): what a
      // repository's CI job pays once the cache is restored, every object still visited.
      const caches = path.join(WORK, 'cache-full');
      fs.rmSync(caches, { recursive: true, force: true });
      const warmFull = measure(
        [...lint(path.join(WORK, 'set-10000')), '--cache', '--cache-location', `${caches}/`],
        runs,
      );
      fs.rmSync(caches, { recursive: true, force: true });
      rows.push({
        name: '10,000 objects, warm cache ÷ js-yaml parse',
        value: `${ratio(warmFull.seconds, ten.jsYaml.seconds)} (${fmt(warmFull.seconds)})`,
      });
      rows.push({
        name: '10,000 objects ÷ kpt fn source',
        value: ratio(ten.scaleplan.seconds, ten.kpt.seconds),
        target: '≤ 0.35×',
        met: vsKpt <= 0.35,
      });
    }
    const fifty = results.get('50000');
    if (ten && fifty) {
      const growth = fifty.scaleplan.seconds / ten.scaleplan.seconds;
      rows.push({
        name: '50,000 ÷ 10,000 objects',
        value: ratio(fifty.scaleplan.seconds, ten.scaleplan.seconds),
        target: '≤ 5.5×',
        met: growth <= 5.5,
      });
      const peak = fifty.scaleplan.peakMiB;
      rows.push({
        name: '50,000 objects peak memory',
        value: peak === undefined ? 'not measured' : `${peak.toFixed(0)} MiB`,
        target: '< 400 MiB',
        met: peak !== undefined && peak < 400,
      });
    }

    const heavyDirectory = path.join(WORK, 'heavy-10000');
    writeManifestSet(heavyDirectory, { objects: 10000, findingsHeavy: true });
    const heavy = measure(lint(heavyDirectory), runs);
    if (ten) {
      rows.push({
        name: 'findings-heavy 10,000 ÷ clean 10,000',
        value: `${ratio(heavy.seconds, ten.scaleplan.seconds)} (${fmt(heavy.seconds)})`,
        target: '≤ 2×',
        met: heavy.seconds / ten.scaleplan.seconds <= 2,
      });
    }

    const small = path.join(WORK, 'small/service.yaml');
    writeSmallFile(small);
    const smallRun = measure(['node', CLI, 'lint', small], runs * 2);
    const bare = measure(['node', '-e', '0'], runs * 2);
    rows.push({
      name: 'one small file ÷ node -e 0',
      value: `${ratio(smallRun.seconds, bare.seconds)} (${fmt(smallRun.seconds)} vs ${fmt(bare.seconds)})`,
      target: '≤ 2.5×',
      met: smallRun.seconds / bare.seconds <= 2.5,
    });

    rows.push(...preCommitCases(sizes, runs, bare));
    rows.push(...capacityCases(sizes, runs, results));

    rows.push(...realSetCases({ root: ROOT, work: WORK, cli: CLI, runs, measure }));
  }

  if (only !== 'lint') {
    rows.push(...(await extraCases({ root: ROOT, work: WORK, cli: CLI, runs, measure })));
  }

  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const table = [
    '| Measure | Result | Target | Met |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.value} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  process.stdout.write(`${table}\n\nMachine: ${machine}\n`);
  if (write) {
    const documentPath = path.join(ROOT, 'docs/performance.md');
    const current = fs.existsSync(documentPath) ? fs.readFileSync(documentPath, 'utf8') : '';
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const block = `${start}\nMeasured with \`npm run bench\` on: ${machine}. Medians of ${runs} runs after one warm-up (3 for 50,000 objects); whole processes.\n\n${table}\n${end}`;
    const next = current.includes(start)
      ? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), block)
      : `${current}\n${block}\n`;
    fs.writeFileSync(documentPath, next);
  }
}

await main();
