import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/format/index.js';
import { FORMAT_NAMES, type FormatName } from '../../src/format/types.js';
import { CLEAN, CONTEXT, RESULT } from './results.js';

const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__');
const SNAPSHOT_FILE: Record<FormatName, string> = {
  text: 'text.txt',
  json: 'json.json',
  sarif: 'sarif.sarif',
  github: 'github.txt',
  markdown: 'markdown.md',
  junit: 'junit.xml',
};

describe('every format', () => {
  it.each(FORMAT_NAMES)('%s matches its snapshot', async (name) => {
    const formatter = await loadFormatter(name);
    await expect(formatter(RESULT, CONTEXT)).toMatchFileSnapshot(
      path.join(SNAPSHOTS, SNAPSHOT_FILE[name]),
    );
  });

  it.each(FORMAT_NAMES)('%s of a clean run matches its snapshot', async (name) => {
    const formatter = await loadFormatter(name);
    await expect(formatter(CLEAN, CONTEXT)).toMatchFileSnapshot(
      path.join(SNAPSHOTS, 'clean', SNAPSHOT_FILE[name]),
    );
  });

  it.each(FORMAT_NAMES)('%s is deterministic and pure', async (name) => {
    const formatter = await loadFormatter(name);
    const input = structuredClone(RESULT);
    const first = formatter(input, CONTEXT);
    expect(input).toEqual(RESULT);
    expect(formatter(structuredClone(RESULT), CONTEXT)).toBe(first);
  });
});
