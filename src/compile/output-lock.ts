/*
 * One compile at a time writes an output directory (a lock with the pid), and a compile that
 * was killed is recovered from its staging directory by the next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { isWithin } from './paths.js';
import { STAGING_PREFIX, LOCK_FILE, exists } from './ownership.js';

/**
 * Takes the output directory's lock (a file created exclusively, holding the pid). A lock
 * whose process is gone (a compile that was killed) is taken over; a live one is a clear
 * error, never a half-written output.
 */
export function acquireLock(directory: string, shown: string): () => void {
  const lock = path.join(directory, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const holder = Number.parseInt(readText(lock) ?? '', 10);
    if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
      throw new ScaleplanError(
        'OUTPUT_LOCKED',
        `Another scaleplan compile (pid ${holder}) is writing ${shown}; wait for it to finish and run compile again.`,
        { file: shown },
      );
    }
    // The compile that held it is gone: its staging directory is recovered below.
    fs.rmSync(lock, { force: true });
  }
  throw new ScaleplanError(
    'OUTPUT_LOCKED',
    `Another scaleplan compile took the lock of ${shown} at the same moment; run compile again.`,
    { file: shown },
  );
}

export function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Staging directories that an interrupted compile left in the output directory. */
export function interruptedStaging(directory: string): string[] {
  try {
    return fs
      .readdirSync(directory)
      .filter((name) => name.startsWith(STAGING_PREFIX))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Puts back the environment directories an interrupted compile had moved aside (a SIGKILL
 * between two renames leaves one in `old/` with nothing in its place), then removes the
 * staging directory. Runs under the lock.
 */
export function recoverStaging(directory: string): string[] {
  const recovered: string[] = [];
  for (const name of interruptedStaging(directory)) {
    const retired = path.join(directory, name, 'old');
    let entries: string[];
    try {
      entries = fs.readdirSync(retired).sort();
    } catch {
      entries = [];
    }
    for (const entry of entries) {
      const environment = decodeURIComponent(entry.replace(/^stale-/, ''));
      const destination = path.join(directory, environment);
      if (!exists(destination) && isWithin(directory, destination)) {
        fs.mkdirSync(path.dirname(destination), { recursive: true });
        fs.renameSync(path.join(retired, entry), destination);
        recovered.push(environment);
      }
    }
    fs.rmSync(path.join(directory, name), { recursive: true, force: true });
  }
  return recovered;
}
