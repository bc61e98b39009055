/*
 * Where an output directory may be: never the base or the spec, never inside the base, never
 * version-control metadata, always inside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { isWithin, resolvedTarget } from './paths.js';

/** Directories of version control that compile never writes into. */
export const REPOSITORY_METADATA = new Set(['.git', '.hg', '.svn', '.jj']);

/**
 * Refuses an output whose environment directories would hold or be the base or the spec, or
 * that lies inside the base: compile replaces environment directories, and a base file (or
 * the spec) must never be one of the files it manages.
 */
export function assertOutputApart(
  directory: string,
  shown: string,
  environments: readonly string[],
  inputs: { baseDirectory: string; specFile: string },
): void {
  const output = resolvedTarget(directory);
  const base = resolvedTarget(inputs.baseDirectory);
  const spec = resolvedTarget(inputs.specFile);
  if (isWithin(base, output)) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The output directory ${shown} is inside the base (${inputs.baseDirectory}); compile writes overlays beside the base, never into it. Choose another directory (the default is overlays/ beside the spec).`,
      { file: shown },
    );
  }
  for (const environment of environments) {
    const environmentDirectory = path.join(output, environment);
    const holds = isWithin(environmentDirectory, base)
      ? 'the base'
      : isWithin(environmentDirectory, spec)
        ? 'the spec'
        : undefined;
    if (holds !== undefined) {
      throw new ScaleplanError(
        'UNSAFE_PATH',
        `The environment "${environment}" would be written to ${path.join(shown, environment)}, which holds ${holds}; compile never writes over its own inputs. Choose another output directory or rename the environment.`,
        { file: shown },
      );
    }
  }
}

/** Refuses an output directory that leads outside the repository (symlinks resolved). */
export function assertOutputInside(directory: string, repositoryRoot: string, shown: string): void {
  if (!isWithin(repositoryRoot, path.resolve(directory))) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The output directory ${shown} is outside the repository (${repositoryRoot}); compile only writes inside the repository the spec is in.`,
      { file: shown },
    );
  }
  const real = resolvedTarget(directory);
  if (!isWithin(repositoryRoot, real)) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The output directory ${shown} leads outside the repository through a symlink (to ${real}); compile does not follow symlinks out of the repository.`,
      { file: shown },
    );
  }
  const metadata = path
    .relative(repositoryRoot, real)
    .split(path.sep)
    .find((segment) => REPOSITORY_METADATA.has(segment));
  if (metadata !== undefined) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The output directory ${shown} is inside the repository's ${metadata} directory; compile never writes there. Choose a directory of the working tree (the default is overlays/ beside the spec).`,
      { file: shown },
    );
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(real);
  } catch {
    stat = undefined;
  }
  if (stat && !stat.isDirectory()) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The output directory ${shown} exists and is not a directory; compile does not replace it. Give a directory (the default is overlays/ beside the spec).`,
      { file: shown },
    );
  }
  if (real === repositoryRoot) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The output directory ${shown} is the repository root; compile replaces whole environment directories, so give it a directory of its own (the default is overlays/ beside the spec).`,
      { file: shown },
    );
  }
}
