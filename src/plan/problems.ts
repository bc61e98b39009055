import { ScaleplanError } from '../errors.js';
import type { FieldPath } from '../source/locate.js';

/** One thing wrong with a spec, where it is, and what was expected instead. */
export interface SpecProblem {
  /** The spec file (or base file) as the user names it. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Field path in the spec (`spec.workloads.web.replicas.min`); empty for the whole file. */
  field: string;
  message: string;
}

/** `spec.workloads.web.scaleOn`, `spec.quotas.q.hard["count/jobs.batch"]`, `…metrics[0]`. */
export function describeField(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(segment)}]`;
    }
  }
  return text;
}

export function formatProblem(problem: SpecProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.field === ''
    ? `${where}: ${problem.message}`
    : `${where}: ${problem.field}: ${problem.message}`;
}

/**
 * A spec that cannot be compiled: every problem found, each with its position. Adapters print
 * `format()` and exit 2; nothing has been written.
 */
export class SpecInvalidError extends ScaleplanError {
  constructor(readonly problems: readonly SpecProblem[]) {
    const first = problems[0];
    super(
      'SPEC_INVALID',
      problems.length === 1 && first ? first.message : `The spec has ${problems.length} problems.`,
      first ? { file: first.file, line: first.line, column: first.column } : undefined,
    );
  }

  override format(): string {
    const lines = this.problems.map(formatProblem);
    const count = this.problems.length;
    return `${lines.join('\n')}\n${count} problem${count === 1 ? '' : 's'} in the spec; nothing was written.`;
  }
}
