import fs from 'node:fs';
import path from 'node:path';
import { REAL_SETS } from '../tests/real/sets.js';
import { writeSpec } from './generate.js';
import { median, type Measurement, type Row } from './measure.js';

export interface CaseContext {
  root: string;
  work: string;
  cli: string;
  runs: number;
  measure: (
    command: string[] | ((run: number) => string[]),
    runs: number,
    options?: { cwd?: string; allowExitCodes?: number[]; warmUp?: boolean },
  ) => Measurement;
}

const ENVIRONMENTS = ['dev', 'staging', 'production'];

function fmt(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

/**
 * Compile and build of a ScalePlan with 200 workloads in 3 environments (about 3,800 files),
 * twice: with a base that only lists its files (read directly) and with a base that adds
 * labels (rendered by Kustomize, as the seeds' bases are).
 */
export function extraCases(context: CaseContext): Promise<Row[]> {
  const rows: Row[] = [];
  // On a RAM-backed directory when there is one: compile writes about 3,800 files per run,
  // and on this kind of virtual disk file creation slows down by seconds for a while after
  // the benchmark's own large deletes, which would measure the disk rather than the compiler.
  const memory = fs.existsSync('/dev/shm') ? '/dev/shm' : undefined;
  const root = fs.mkdtempSync(path.join(memory ?? context.work, 'scaleplan-bench-spec-'));
  try {
    for (const baseLabels of [false, true]) {
      rows.push(...specCase(context, root, baseLabels));
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return Promise.resolve(rows);
}

function specCase(context: CaseContext, root: string, baseLabels: boolean): Row[] {
  const rows: Row[] = [];
  const directory = path.join(root, baseLabels ? 'labels' : 'plain');
  writeSpec(directory, { workloads: 200, environments: ENVIRONMENTS, baseLabels });
  const what = baseLabels ? 'base rendered by Kustomize' : 'base of plain files';
  // A fresh output directory every run: replacing thousands of files measures the file
  // system's deletes, not the compiler.
  const outputs = path.join(directory, 'out');
  const compile = context.measure(
    (run) => ['node', context.cli, 'compile', 'scaleplan.yaml', '-o', path.join(outputs, `${run}`)],
    context.runs,
    { cwd: directory, allowExitCodes: [0] },
  );
  fs.rmSync(outputs, { recursive: true, force: true });
  rows.push({
    name: `compile 200 workloads × 3 environments (${what})`,
    value: fmt(compile.seconds),
    target: '< 1 s',
    met: compile.seconds < 1,
  });
  const overlay = path.join(directory, 'overlays');
  // One compile (the measure's warm-up run) writes the overlays kubectl kustomize builds.
  context.measure(['node', context.cli, 'compile', 'scaleplan.yaml', '-o', overlay], 0, {
    cwd: directory,
    allowExitCodes: [0],
  });
  // Kustomize takes seconds on 1,250 files with patches and its time drifts by a fifth
  // between runs on a shared machine: the two commands run alternately, three times each
  // after one warm-up, and the medians are compared.
  const buildCommand = ['node', context.cli, 'build', 'scaleplan.yaml', '--env', 'production'];
  const kustomizeCommand = ['kubectl', 'kustomize', path.join(overlay, 'production')];
  const options = { cwd: directory, allowExitCodes: [0] };
  context.measure(buildCommand, 0, options);
  context.measure(kustomizeCommand, 0, options);
  const builds: number[] = [];
  const kustomizes: number[] = [];
  for (let round = 0; round < Math.min(3, context.runs); round++) {
    builds.push(context.measure(buildCommand, 1, { ...options, warmUp: false }).seconds);
    kustomizes.push(context.measure(kustomizeCommand, 1, { ...options, warmUp: false }).seconds);
  }
  const build = { seconds: median(builds) };
  const kustomize = { seconds: median(kustomizes) };
  rows.push({
    name: `build ÷ kubectl kustomize (${what})`,
    value: `${(build.seconds / kustomize.seconds).toFixed(2)}× (${fmt(build.seconds)} vs ${fmt(kustomize.seconds)})`,
    target: '≤ 1.3×',
    met: build.seconds / kustomize.seconds <= 1.3,
  });
  return rows;
}

/**
 * Lint of each public set vendored under fixtures/real/ (tests/real/sets.ts), as its project
 * applies it, beside a bare js-yaml parse of the same files: real shapes (1 MB of dashboards
 * in ConfigMaps, Kustomize overlays, operator CRs) rather than generated ones.
 */
export function realSetCases(context: CaseContext): Row[] {
  return REAL_SETS.map((set) => {
    const lint = context.measure(
      [
        'node',
        context.cli,
        'lint',
        ...set.paths,
        '--namespace',
        set.namespace,
        '--format',
        'json',
        '--output',
        path.join(context.work, 'out.json'),
      ],
      context.runs,
      { cwd: context.root },
    );
    const parse = context.measure(
      ['node', path.join(context.root, 'bench/ref-js-yaml.mjs'), ...set.paths],
      context.runs,
      { cwd: context.root, allowExitCodes: [0] },
    );
    return {
      name: `lint real set ${set.name}`,
      value: `${fmt(lint.seconds)} (js-yaml ${fmt(parse.seconds)})`,
    };
  });
}
