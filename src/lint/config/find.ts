/*
 * Which config a run uses: an explicit file, else `.scaleplan.yaml` found upwards, else the
 * `recommended` pack.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../../errors.js';
import { resolveFile, resolvePack } from './extends.js';
import { CONFIG_FILE_NAMES, type ResolvedConfig } from './types.js';

/** `.scaleplan.yaml` in the working directory or the nearest directory above it. */
export function findConfigFile(cwd: string): string | undefined {
  let directory = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (fs.existsSync(candidate)) {
        return candidate;
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) {
      return undefined;
    }
    directory = parent;
  }
}

/** The config a run uses: an explicit file, else the one found upwards, else `recommended`. */
export function loadConfig(explicitFile: string | undefined, cwd: string): ResolvedConfig {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (explicitFile && (!file || !fs.existsSync(file))) {
    throw new ScaleplanError('CONFIG_NOT_FOUND', `Config file not found: ${explicitFile}`);
  }
  if (!file) {
    return { ...resolvePack('recommended', cwd, []), baseDirectory: cwd };
  }
  return resolveFile(file, cwd, []);
}
