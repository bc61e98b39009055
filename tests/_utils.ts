/** Helpers shared by the tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RuleTester } from '../src/testing/rule-tester.js';

/** The repository root: fixtures are named relative to it. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** The YAML files under a directory, at any depth, as paths joined to it, sorted. */
export function yamlFilesUnder(directory: string): string[] {
  return fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(directory, name))
    .sort();
}

/** The rule tester on vitest, with fixtures named from the repository root. */
export function ruleTester(): RuleTester {
  return new RuleTester({ framework: { describe, it }, fixturesRoot: ROOT });
}

/**
 * A new temporary directory holding `files` (relative path → content; folders are made).
 * The caller removes it, or leaves it to the OS's temporary-file cleanup.
 */
export function temporaryTree(prefix: string, files: Record<string, string> = {}): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `scaleplan-${prefix}-`));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(directory, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return directory;
}

/**
 * A temporary directory for the tests of one file, removed after them: `tree(files)` makes
 * a fresh folder inside it for one case, named by `label`. Call it at the top of a test file
 * or a `describe`.
 */
export function scratchSpace(prefix: string): {
  readonly root: string;
  tree(files?: Record<string, string>, label?: string): string;
} {
  const root = temporaryTree(prefix);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let cases = 0;
  return {
    root,
    tree(files = {}, label = 'case') {
      // Numbered, so one label may be used many times; the label names the case for a reader.
      const directory = path.join(root, `${label}-${++cases}`);
      fs.mkdirSync(directory);
      for (const [relative, content] of Object.entries(files)) {
        const file = path.join(directory, relative);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
      }
      return directory;
    },
  };
}
