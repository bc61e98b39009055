/*
 * The tree a capacity diff compares against: a directory as it is, or a git revision read
 * with `git archive` into a temporary directory. The user's working tree, index and HEAD are
 * never touched (no checkout, no stash), so a diff can run in the middle of any edit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';

const FETCH_HINT =
  "a pull request's base commit must be in the clone: actions/checkout with fetch-depth: 0, or git fetch origin <base>.";

export interface BaseTree {
  /** The directory that stands for `cwd` in the base. */
  cwd: string;
  /** Removes what was extracted (nothing for a directory the user named). */
  dispose(): void;
}

function git(args: readonly string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}

/** A directory, or else a git revision of the repository around `cwd`. */
export function openBaseTree(reference: string, cwd: string): BaseTree {
  const asDirectory = path.resolve(cwd, reference);
  if (fs.existsSync(asDirectory) && fs.statSync(asDirectory).isDirectory()) {
    return { cwd: asDirectory, dispose: () => undefined };
  }
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
  } catch (error) {
    throw new ScaleplanError(
      'INPUT_NOT_FOUND',
      `--base ${reference} is neither a directory nor a git revision (${gitMessage(error)}); ${FETCH_HINT}`,
    );
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${reference}^{tree}`], top);
  } catch {
    throw new ScaleplanError(
      'INPUT_NOT_FOUND',
      `--base ${reference} is neither a directory nor a revision of the repository at ${top}; ${FETCH_HINT}`,
    );
  }
  const extracted = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-base-'));
  try {
    const archive = git(['archive', '--format=tar', reference], top);
    execFileSync('tar', ['-x', '-C', extracted], {
      input: archive,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
  } catch (error) {
    fs.rmSync(extracted, { recursive: true, force: true });
    throw new ScaleplanError(
      'INPUT_UNREADABLE',
      `Cannot read ${reference} from git: ${gitMessage(error)}`,
    );
  }
  const relative = path.relative(fs.realpathSync(top), fs.realpathSync(cwd));
  return {
    cwd: path.join(extracted, relative),
    dispose: () => fs.rmSync(extracted, { recursive: true, force: true }),
  };
}
