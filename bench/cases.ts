import type { Measurement, Row } from './run.js';

export interface CaseContext {
  work: string;
  cli: string;
  runs: number;
  measure: (
    command: string[],
    runs: number,
    options?: { cwd?: string; allowExitCodes?: number[] },
  ) => Measurement;
}

/** Benchmarks that need the compiler (added with it): compile and build of a large spec. */
export function extraCases(_context: CaseContext): Promise<Row[]> {
  return Promise.resolve([]);
}
