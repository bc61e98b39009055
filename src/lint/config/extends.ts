/*
 * `extends`: policy packs and parent config files, confined to the repository, merged in order
 * with their globs rebased to the extending config's directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError, type ErrorLocation } from '../../errors.js';
import { POLICY_PACK_CONFIGS } from '../../generated/policies.js';
import { displayPath, isWithin, repositoryRoot } from '../../source/paths.js';
import { SourceFile } from '../../source/source-file.js';
import { closestMatch } from '../../shared/closest.js';
import { parseConfigDocument, locate } from './parse.js';
import { normalizeRules, merge } from './resolve.js';
import { type ConfigFile, type ResolvedConfig } from './types.js';

export function emptyConfig(baseDirectory: string): ResolvedConfig {
  return { baseDirectory, rules: {}, ignore: [], overrides: [] };
}

/** Where an `extends` entry is written, for errors about it. */
export interface ExtendsEntry {
  name: string;
  location: ErrorLocation;
}

/**
 * A built-in pack, from the settings parsed and checked against the schema when
 * src/generated/policies.ts was generated: no YAML parse and no config validator at run time.
 */
export function resolvePack(name: string, cwd: string, chain: readonly string[]): ResolvedConfig {
  const config = POLICY_PACK_CONFIGS[name] as ConfigFile | undefined;
  if (config === undefined) {
    throw new Error(`Policy pack "${name}" is not built in.`);
  }
  // A pack extends only other packs (the tests resolve each), so where its extends is written
  // is never shown in an error; the first line stands in.
  const file = `policies/${name}.yaml`;
  return resolveConfig(config, () => ({ file, line: 1, column: 1 }), cwd, cwd, [
    ...chain,
    `policy pack ${name}`,
  ]);
}

export function resolveFile(file: string, cwd: string, chain: readonly string[]): ResolvedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScaleplanError(
      'CONFIG_NOT_FOUND',
      `Cannot read config file ${displayPath(cwd, file)}: ${(error as Error).message}`,
      { file: displayPath(cwd, file) },
    );
  }
  const resolved = resolveText(
    new SourceFile(displayPath(cwd, file), text, file),
    path.dirname(file),
    cwd,
    [...chain, file],
  );
  resolved.file = file;
  return resolved;
}

/** `extends` names a built-in pack, or a config file by path (anything with / or .yaml). */
export function isPathReference(name: string): boolean {
  return name.includes('/') || name.includes(path.sep) || /\.ya?ml$/.test(name);
}

export function resolveParent(
  entry: ExtendsEntry,
  baseDirectory: string,
  cwd: string,
  chain: readonly string[],
): ResolvedConfig {
  if (!isPathReference(entry.name)) {
    if (POLICY_PACK_CONFIGS[entry.name] === undefined) {
      const packs = Object.keys(POLICY_PACK_CONFIGS).sort();
      const suggestion = closestMatch(entry.name, packs);
      throw new ScaleplanError(
        'CONFIG_INVALID',
        `Unknown policy pack "${entry.name}" in extends${suggestion ? `; did you mean "${suggestion}"?` : '.'} The packs are ${packs.map((pack) => `"${pack}"`).join(' and ')}; a config file is named by its path (./base.yaml).`,
        entry.location,
      );
    }
    return resolvePack(entry.name, cwd, chain);
  }
  const target = path.resolve(baseDirectory, entry.name);
  if (chain.includes(target)) {
    const loop = [...chain.slice(chain.indexOf(target)), target]
      .map((file) => (file.startsWith('policy pack ') ? file : displayPath(cwd, file)))
      .join(' → ');
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `Config files extend each other in a loop: ${loop}. Remove one of these extends entries.`,
      entry.location,
    );
  }
  if (!fs.existsSync(target)) {
    throw new ScaleplanError(
      'CONFIG_NOT_FOUND',
      `extends names ${entry.name}, but ${displayPath(cwd, target)} does not exist (paths are relative to the config file that names them).`,
      entry.location,
    );
  }
  confineParent(entry, target, baseDirectory);
  return rebase(resolveFile(target, cwd, chain), baseDirectory);
}

/**
 * `extends` paths must stay inside the config's repository (the nearest directory above it
 * holding `.git`, else the config's own directory): a shared config in a checkout is reached;
 * /etc/passwd or /proc/self/environ is refused before a byte of it is read (its text would
 * otherwise come back in the error that says it is not a config).
 */
export function confineParent(entry: ExtendsEntry, target: string, baseDirectory: string): void {
  const root = repositoryRoot(baseDirectory);
  const real = fs.realpathSync(target);
  if (!isWithin(root, real)) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `extends names ${entry.name}, which is outside the repository (the nearest directory above the config holding .git, else the config's directory); a config may only extend files inside it.`,
      entry.location,
    );
  }
  if (!fs.statSync(real).isFile()) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `extends names ${entry.name}, which is not a regular file; a config may only extend YAML files.`,
      entry.location,
    );
  }
}

export function resolveText(
  source: SourceFile,
  baseDirectory: string,
  cwd: string,
  chain: readonly string[],
): ResolvedConfig {
  const { config, document } = parseConfigDocument(source);
  return resolveConfig(
    config,
    (index) =>
      locate(
        source,
        document,
        Array.isArray(config.extends) ? ['extends', index] : ['extends'],
        'value',
      ),
    baseDirectory,
    cwd,
    chain,
  );
}

/** A parsed config with its parents merged in; `locateExtends` says where an entry is written. */
function resolveConfig(
  config: ConfigFile,
  locateExtends: (index: number) => ErrorLocation,
  baseDirectory: string,
  cwd: string,
  chain: readonly string[],
): ResolvedConfig {
  const parents = config.extends === undefined ? [] : [config.extends].flat();
  let resolved = emptyConfig(baseDirectory);
  parents.forEach((name, index) => {
    const location = locateExtends(index);
    resolved = merge(resolved, resolveParent({ name, location }, baseDirectory, cwd, chain));
  });
  const own: ResolvedConfig = {
    baseDirectory,
    rules: normalizeRules(config.rules),
    ignore: config.ignore ?? [],
    overrides: (config.overrides ?? []).map((override) => ({
      files: override.files,
      rules: normalizeRules(override.rules),
    })),
  };
  if (config.kubeVersion !== undefined) {
    own.kubeVersion = config.kubeVersion;
  }
  if (config.namespace !== undefined) {
    own.namespace = config.namespace;
  }
  if (config.limits !== undefined) {
    own.limits = config.limits;
  }
  if (config.references !== undefined) {
    own.references = config.references;
  }
  const merged = merge(resolved, own);
  merged.baseDirectory = baseDirectory;
  return merged;
}

/**
 * A parent config's globs are relative to its own directory; rewritten relative to the
 * directory of the config that extends it, so `ignore: [vendor/**]` in ../shared/base.yaml
 * still means ../shared/vendor/**.
 */
export function rebase(config: ResolvedConfig, baseDirectory: string): ResolvedConfig {
  const prefix = path.relative(baseDirectory, config.baseDirectory).split(path.sep).join('/');
  if (prefix === '') {
    return config;
  }
  const move = (pattern: string): string =>
    pattern.startsWith('/') ? pattern : path.posix.join(prefix, pattern);
  return {
    ...config,
    baseDirectory,
    ignore: config.ignore.map(move),
    overrides: config.overrides.map((override) => ({
      ...override,
      files: override.files.map(move),
    })),
  };
}
