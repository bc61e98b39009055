import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { CLUSTERS_DIRECTORY } from '../plan/types.js';
import { isWithin } from './paths.js';
import {
  STAGING_PREFIX,
  OWNED_FILE,
  retiredName,
  Ownership,
  ownedText,
  listEntries,
  exists,
} from './ownership.js';
import { acquireLock, interruptedStaging, recoverStaging } from './output-lock.js';

export interface OutputTarget {
  /** Absolute output directory (`overlays/`). */
  directory: string;
  /** Environments this run compiled. */
  environments: readonly string[];
  /** True when every environment of the spec was compiled (stale ones may be removed). */
  complete: boolean;
  /** Called after staging, before the first rename (tests pause or kill a compile here). */
  beforePublish?: () => void;
}

export interface WriteResult {
  /** Files written, relative to the output directory. */
  written: string[];
  /** Files in the environment directories that scaleplan did not write, left in place. */
  kept: string[];
  /** Environment directories put back from an interrupted compile's staging directory. */
  recovered: string[];
}

export interface Difference {
  /** Path relative to the output directory. */
  path: string;
  /** `interrupted`: a compile was killed while publishing; its staging directory is left. */
  kind: 'changed' | 'missing' | 'extra' | 'interrupted';
}

/**
 * What differs between the compiled files and the output directory: changed and missing
 * files, files scaleplan wrote earlier that the spec no longer makes, generated environments
 * the spec no longer has, and an interrupted compile. Files the user keeps beside the
 * generated ones are not differences. Reads only; symlinks are never followed.
 */
export function compareOutput(
  files: ReadonlyMap<string, string>,
  target: OutputTarget,
): Difference[] {
  const differences: Difference[] = [];
  const ownership = new Ownership(target.directory);
  for (const name of interruptedStaging(target.directory)) {
    differences.push({ path: `${name}/`, kind: 'interrupted' });
  }
  for (const [relative, content] of files) {
    const absolute = path.join(target.directory, relative);
    let current: string | undefined;
    try {
      const stat = fs.lstatSync(absolute);
      current = stat.isFile() ? fs.readFileSync(absolute, 'utf8') : undefined;
      if (current === undefined) {
        differences.push({ path: relative, kind: 'changed' });
        continue;
      }
    } catch {
      differences.push({ path: relative, kind: 'missing' });
      continue;
    }
    if (current !== content) {
      differences.push({ path: relative, kind: 'changed' });
    }
  }
  for (const environment of target.environments) {
    for (const entry of listEntries(path.join(target.directory, environment))) {
      const relative = `${environment}/${entry.path}`;
      if (
        !entry.directory &&
        entry.path !== OWNED_FILE &&
        !files.has(relative) &&
        ownership.owns(relative)
      ) {
        differences.push({ path: relative, kind: 'extra' });
      }
    }
  }
  if (target.complete) {
    for (const environment of ownership.environments()) {
      if (!target.environments.includes(environment)) {
        differences.push({ path: `${environment}/`, kind: 'extra' });
      }
    }
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Writes the compiled environments under the output directory's lock: every file into a
 * staging directory inside the output directory first, the user's own files of each
 * environment hard-linked beside them (never copied, moved or removed), then each environment
 * directory renamed into place (the old one renamed away and removed only after). A failure
 * before the renames leaves every old file as it was; a compile killed during the renames is
 * recovered by the next one. Nothing is ever written outside the output directory.
 */
export function writeOutput(
  files: ReadonlyMap<string, string>,
  target: OutputTarget,
  shown = target.directory,
): WriteResult {
  fs.mkdirSync(target.directory, { recursive: true });
  const release = acquireLock(target.directory, shown);
  try {
    const recovered = recoverStaging(target.directory);
    const ownership = new Ownership(target.directory);
    const kept = keptEntries(files, target, ownership, shown);
    publish(files, target, ownership, kept);
    return {
      written: [...files.keys()],
      kept: kept.filter((entry) => !entry.directory).map((entry) => entry.path),
      recovered,
    };
  } finally {
    release();
  }
}

interface KeptEntry {
  /** Relative to the output directory (`<env>/<path>`). */
  path: string;
  directory: boolean;
}

/**
 * The user's entries in the environment directories this compile replaces: everything that
 * scaleplan did not write. One that stands where a generated file goes stops the compile.
 */
function keptEntries(
  files: ReadonlyMap<string, string>,
  target: OutputTarget,
  ownership: Ownership,
  shown: string,
): KeptEntry[] {
  const kept: KeptEntry[] = [];
  const generatedDirectories = new Set<string>();
  for (const relative of files.keys()) {
    for (
      let index = relative.indexOf('/');
      index !== -1;
      index = relative.indexOf('/', index + 1)
    ) {
      generatedDirectories.add(relative.slice(0, index));
    }
  }
  for (const environment of target.environments) {
    const directory = path.join(target.directory, environment);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(directory);
    } catch {
      continue;
    }
    if (!stat.isDirectory()) {
      throw new ScaleplanError(
        'OUTPUT_CONFLICT',
        `${path.join(shown, environment)} is not a directory that scaleplan wrote; compile leaves it alone. Move it away and compile again.`,
        { file: path.join(shown, environment) },
      );
    }
    for (const entry of listEntries(directory)) {
      const relative = `${environment}/${entry.path}`;
      if (entry.directory) {
        kept.push({ path: relative, directory: true });
        continue;
      }
      if (ownership.owns(relative)) {
        continue;
      }
      if (files.has(relative) || generatedDirectories.has(relative)) {
        throw new ScaleplanError(
          'OUTPUT_CONFLICT',
          `${path.join(shown, relative)} was not written by scaleplan (it has no generated header and is not in ${OWNED_FILE}), and the spec compiles a file of that name; compile does not overwrite it. Move or rename it and compile again.`,
          { file: path.join(shown, relative) },
        );
      }
      kept.push({ path: relative, directory: false });
    }
  }
  return kept.filter(
    (entry) =>
      !entry.directory ||
      kept.some((other) => !other.directory && other.path.startsWith(`${entry.path}/`)),
  );
}

function publish(
  files: ReadonlyMap<string, string>,
  target: OutputTarget,
  ownership: Ownership,
  kept: readonly KeptEntry[],
): void {
  const staging = fs.mkdtempSync(path.join(target.directory, STAGING_PREFIX));
  const fresh = path.join(staging, 'new');
  const retired = path.join(staging, 'old');
  let keepStaging = false;
  try {
    fs.mkdirSync(fresh);
    fs.mkdirSync(retired);
    const created = new Set<string>();
    const makeDirectory = (directory: string): void => {
      if (!created.has(directory)) {
        fs.mkdirSync(directory, { recursive: true });
        created.add(directory);
      }
    };
    for (const [relative, content] of files) {
      const absolute = path.join(fresh, relative);
      if (!isWithin(fresh, absolute)) {
        throw new Error(`compile: generated path ${relative} escapes the output directory`);
      }
      makeDirectory(path.dirname(absolute));
      // 'wx': the staging tree is new, so an existing file here means something raced us.
      fs.writeFileSync(absolute, content, { flag: 'wx', mode: 0o644 });
    }
    // The owned list travels with its environment directory, renamed in the same step.
    for (const environment of target.environments) {
      makeDirectory(path.join(fresh, environment));
      fs.writeFileSync(path.join(fresh, environment, OWNED_FILE), ownedText(files, environment), {
        flag: 'wx',
        mode: 0o644,
      });
    }
    for (const entry of kept) {
      const absolute = path.join(fresh, entry.path);
      if (entry.directory) {
        makeDirectory(absolute);
      } else {
        makeDirectory(path.dirname(absolute));
        // A second name for the same file (symlinks stay symlinks): the user's bytes are
        // never copied, and the old name goes only with the retired directory.
        fs.linkSync(path.join(target.directory, entry.path), absolute);
      }
    }
    const stale = target.complete
      ? ownership.environments().filter((environment) => !target.environments.includes(environment))
      : [];
    target.beforePublish?.();
    const moved: { environment: string; hadOld: boolean }[] = [];
    try {
      for (const environment of target.environments) {
        const destination = path.join(target.directory, environment);
        const hadOld = exists(destination);
        if (hadOld) {
          fs.renameSync(destination, path.join(retired, retiredName(environment)));
        } else {
          // A cluster directory's parent (`clusters/`) may not exist yet.
          fs.mkdirSync(path.dirname(destination), { recursive: true });
        }
        moved.push({ environment, hadOld });
        fs.renameSync(path.join(fresh, environment), destination);
      }
      for (const environment of stale) {
        retireStale(target.directory, environment, ownership, retired);
      }
      removeIfEmpty(path.join(target.directory, CLUSTERS_DIRECTORY));
    } catch (error) {
      if (!rollBack(target.directory, retired, fresh, moved)) {
        keepStaging = true;
        throw new ScaleplanError(
          'COMPILE_FAILED',
          `Writing the overlays failed (${error instanceof Error ? error.message : String(error)}) and the old environment directories could not all be put back; they are in ${retired}, and the next compile puts them back.`,
          undefined,
          { cause: error },
        );
      }
      throw error;
    }
  } finally {
    if (!keepStaging) {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
}

/**
 * An environment the spec no longer has: its generated files go; a directory that also holds
 * the user's files stays, with only those.
 */
function retireStale(
  directory: string,
  environment: string,
  ownership: Ownership,
  retired: string,
): void {
  const entries = listEntries(path.join(directory, environment));
  const users = entries.filter(
    (entry) => !entry.directory && !ownership.owns(`${environment}/${entry.path}`),
  );
  if (users.length === 0) {
    fs.renameSync(
      path.join(directory, environment),
      path.join(retired, `stale-${retiredName(environment)}`),
    );
    return;
  }
  for (const entry of entries) {
    if (!entry.directory && ownership.owns(`${environment}/${entry.path}`)) {
      fs.rmSync(path.join(directory, environment, entry.path), { force: true });
    }
  }
}

/** `clusters/` once its last cluster directory is gone (a user's file in it keeps it). */
function removeIfEmpty(directory: string): void {
  try {
    fs.rmdirSync(directory);
  } catch {
    // Not empty, or not there.
  }
}

/** Puts the old environment directories back after a failed rename. */
function rollBack(
  directory: string,
  retired: string,
  fresh: string,
  moved: readonly { environment: string; hadOld: boolean }[],
): boolean {
  let restored = true;
  for (const { environment, hadOld } of [...moved].reverse()) {
    const destination = path.join(directory, environment);
    try {
      if (exists(destination) && !exists(path.join(fresh, environment))) {
        fs.renameSync(destination, path.join(fresh, environment));
      }
      if (hadOld) {
        fs.renameSync(path.join(retired, retiredName(environment)), destination);
      }
    } catch {
      restored = false;
    }
  }
  return restored;
}
