/** Timing of whole processes for the benchmark: medians after a warm-up, and peak memory. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export interface Measurement {
  seconds: number;
  peakMiB: number | undefined;
}

/** Runs a command `runs` times (after one warm-up) and returns the median wall time and peak RSS. */
export function measure(
  command: string[] | ((run: number) => string[]),
  runs: number,
  options: { cwd?: string; allowExitCodes?: number[]; warmUp?: boolean } = {},
): Measurement {
  const allowed = options.allowExitCodes ?? [0, 1];
  const samples: Measurement[] = [];
  for (let run = options.warmUp === false ? 1 : 0; run <= runs; run++) {
    const argv0 = typeof command === 'function' ? command(run) : command;
    const argv = TIME ? [TIME, '-f', '%M', ...argv0] : argv0;
    const start = process.hrtime.bigint();
    const result = spawnSync(argv[0] ?? '', argv.slice(1), {
      cwd: options.cwd ?? ROOT,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status === null || !allowed.includes(result.status)) {
      throw new Error(`${argv0.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
    }
    const kib = TIME ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
    if (run > 0) {
      samples.push({ seconds, peakMiB: Number.isFinite(kib) ? kib / 1024 : undefined });
    }
  }
  const peaks = samples
    .map((sample) => sample.peakMiB)
    .filter((value): value is number => value !== undefined);
  return {
    seconds: median(samples.map((sample) => sample.seconds)),
    peakMiB: peaks.length > 0 ? Math.max(...peaks) : undefined,
  };
}

export interface Row {
  name: string;
  value: string;
  target?: string;
  met?: boolean;
}

/** The middle value (the upper one of an even count), NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
