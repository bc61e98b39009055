import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import type { InputLimits } from '../load/limits.js';
import { requireRenderer, runRenderer } from '../load/kustomize/render.js';
import { displayPath } from '../source/paths.js';
import type { BaseInfo } from '../plan/base.js';
import { parseSpec, readSpecFile } from '../plan/load.js';
import { SpecInvalidError } from '../plan/problems.js';
import { clusterEnvironments, environmentNames } from '../plan/resolve.js';
import { checkSpec, needsPromQL } from '../plan/check/index.js';
import { loadPromQL } from '../k8s/promql.js';
import { CLUSTERS_DIRECTORY, type ScalePlan } from '../plan/types.js';
import { checkClusterRules, readIncludedRules } from './clusters.js';
import { clusterDirectory, compile, emit, type OverlayPlan } from './compile.js';
import { isWithin, posixRelative, repositoryRoot } from './paths.js';
import { locateBase, readBase } from './read-base.js';
import { assertOutputInside, assertOutputApart } from './output-guard.js';
import { compareOutput, writeOutput, type Difference, type WriteResult } from './write.js';

export const DEFAULT_SPEC_FILE = 'scaleplan.yaml';
export const DEFAULT_OUTPUT_DIRECTORY = 'overlays';

export interface CompileRequest {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The spec file; default `scaleplan.yaml` in `cwd`. */
  spec?: string;
  /** The output directory; default `overlays/` beside the spec. */
  output?: string;
  /** Environments to compile; default all. */
  environments?: readonly string[];
  /** Bounds on reading and rendering the base (the config's `limits`). */
  limits?: Partial<InputLimits>;
}

/** A spec compiled in memory: the plan, its files, and where they go. */
export interface CompiledSpec {
  plan: ScalePlan;
  specFile: string;
  /** The spec as the user sees it (relative to the working directory). */
  specDisplay: string;
  repositoryRoot: string;
  outputDirectory: string;
  outputDisplay: string;
  baseDirectory: string;
  base: BaseInfo;
  environments: string[];
  /**
   * The directories written, relative to the output directory: the environments' and those
   * of their clusters (`clusters/<cluster>`).
   */
  directories: string[];
  /** Every environment of the spec was compiled. */
  complete: boolean;
  overlay: OverlayPlan;
  /**
   * File contents by path relative to the output directory (`<env>/<file>`,
   * `clusters/<cluster>/<file>`).
   */
  files: Map<string, string>;
}

/**
 * Reads, checks and compiles a spec, writing nothing. Every problem of the spec (YAML, schema,
 * semantics, base) is thrown at once as a SpecInvalidError; paths that leave the repository
 * are refused (ScaleplanError UNSAFE_PATH).
 */
export async function compileSpec(
  request: CompileRequest,
  options: { outputInsideRepository?: boolean } = {},
): Promise<CompiledSpec> {
  const specFile = path.resolve(request.cwd, request.spec ?? DEFAULT_SPEC_FILE);
  const specDisplay = displayPath(request.cwd, specFile);
  const parsed = parseSpec(readSpecFile(specFile, specDisplay));
  if (!parsed.spec) {
    throw new SpecInvalidError(parsed.problems);
  }
  const plan = parsed.spec;
  const specDirectory = path.dirname(specFile);
  const root = repositoryRoot(specDirectory);
  const known = environmentNames(plan);
  const environments = request.environments?.length ? [...new Set(request.environments)] : known;
  for (const name of environments) {
    if (!known.includes(name)) {
      throw new ScaleplanError(
        'USAGE',
        `The spec ${specDisplay} has no environment "${name}"; it has ${known.join(', ')}.`,
        { file: specDisplay },
      );
    }
  }
  const outputDirectory = path.resolve(
    request.cwd,
    request.output ?? path.join(specDirectory, DEFAULT_OUTPUT_DIRECTORY),
  );
  const outputDisplay = displayPath(request.cwd, outputDirectory);
  if (options.outputInsideRepository !== false) {
    assertOutputInside(outputDirectory, root, outputDisplay);
  }
  const located = locateBase(plan.spec.base, specDirectory, root, parsed.source);
  let base: BaseInfo | undefined;
  const problems = [...located.problems];
  if (located.location) {
    const read = await readBase(located.location, {
      cwd: request.cwd,
      env: request.env,
      display: plan.spec.base,
      ...(request.limits ? { limits: request.limits } : {}),
    });
    base = read.base;
    problems.push(...read.problems);
  }
  if (needsPromQL(plan)) {
    await loadPromQL();
  }
  problems.push(...checkSpec(plan, parsed.source, base));
  const included = readIncludedRules(plan, parsed.source, specDirectory, root);
  problems.push(...included.problems);
  if (problems.length === 0 && base) {
    problems.push(...checkClusterRules(plan, parsed.source, base, included.rules));
  }
  if (problems.length > 0 || !base || !located.location) {
    throw new SpecInvalidError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  const baseDirectory = located.location.directory;
  const context = {
    base,
    specFromOutput: posixRelative(outputDirectory, specFile),
    baseFromOutput: posixRelative(outputDirectory, baseDirectory),
    environments,
    includedRules: included.rules,
  };
  const overlay = compile(plan, context);
  const directories = [...environments, ...overlay.clusters.map((cluster) => cluster.directory)];
  if (options.outputInsideRepository !== false) {
    assertOutputApart(outputDirectory, outputDisplay, directories, { baseDirectory, specFile });
  }
  return {
    plan,
    specFile,
    specDisplay,
    repositoryRoot: root,
    outputDirectory,
    outputDisplay,
    baseDirectory,
    base,
    environments,
    directories,
    complete: environments.length === known.length,
    overlay,
    files: emit(overlay, context),
  };
}

function target(compiled: CompiledSpec): {
  directory: string;
  environments: readonly string[];
  complete: boolean;
} {
  return {
    directory: compiled.outputDirectory,
    environments: compiled.directories,
    complete: compiled.complete,
  };
}

/**
 * Writes a compiled spec (lock, staging directory, rename); returns the files written, the
 * user's files kept beside them and what was recovered from an interrupted compile.
 */
export function writeCompiled(
  compiled: CompiledSpec,
  hooks: { beforePublish?: () => void } = {},
): WriteResult {
  return writeOutput(compiled.files, { ...target(compiled), ...hooks }, compiled.outputDisplay);
}

/** What differs on disk from the compiled spec (nothing written). */
export function checkCompiled(compiled: CompiledSpec): Difference[] {
  return compareOutput(compiled.files, target(compiled));
}

/** A generated file that an earlier layout put in an environment and this one puts elsewhere. */
export interface MovedFile {
  /** Relative to the output directory: `<env>/<file>`. */
  from: string;
  /** Relative to the output directory: `clusters/<cluster>/<file>`. */
  to: string;
}

/**
 * The files an earlier compile wrote into environment directories that now belong to their
 * cluster directory (PriorityClasses, the adapter's ConfigMap, before cluster directories
 * existed): what `compile` and `--check` tell the user moved, so that they also add the
 * cluster directory's Argo CD Application. `differences` is what checkCompiled returned.
 */
export function movedFiles(
  compiled: CompiledSpec,
  differences: readonly Difference[],
): MovedFile[] {
  const moved: MovedFile[] = [];
  for (const difference of differences) {
    const [environment = '', ...rest] = difference.path.split('/');
    const file = rest.join('/');
    const overlay = compiled.overlay.environments.find((entry) => entry.name === environment);
    if (difference.kind !== 'extra' || !overlay || file === '') {
      continue;
    }
    const to = `${clusterDirectory(overlay.cluster)}/${file}`;
    if (compiled.files.has(to)) {
      moved.push({ from: difference.path, to });
    }
  }
  return moved;
}

/** `clusters/<cluster>` when a build target names a cluster directory, else undefined. */
export function clusterTarget(target: string | undefined): string | undefined {
  const prefix = `${CLUSTERS_DIRECTORY}/`;
  return target?.startsWith(prefix) ? target.slice(prefix.length).replace(/\/+$/, '') : undefined;
}

export interface BuildRequest {
  cwd: string;
  env: NodeJS.ProcessEnv;
  spec?: string;
  /**
   * The environment to build, or a cluster directory as `clusters/<cluster>`; may be left out
   * when the spec has only one environment.
   */
  environment?: string;
  /** How the caller's user names an environment (default: the CLI's `--env NAME`). */
  environmentOption?: string;
  /** Bounds on reading and rendering (the config's `limits`). */
  limits?: Partial<InputLimits>;
}

/**
 * Compiles one environment into a temporary directory and builds it with kubectl kustomize
 * (or kustomize): returns exactly what the renderer printed. The temporary directory is
 * removed afterwards; nothing in the repository is written.
 */
export async function buildEnvironment(request: BuildRequest): Promise<{
  manifests: string;
  compiled: CompiledSpec;
  environment: string;
  /**
   * For an environment with a cluster directory: that directory's build, which is deployed
   * with it (lint it as context, so that the PriorityClasses its pods name are found).
   */
  cluster?: { directory: string; manifests: string };
}> {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-build-'));
  const cluster = clusterTarget(request.environment);
  try {
    const compiled = await compileSpec(
      {
        cwd: request.cwd,
        env: request.env,
        ...(request.spec !== undefined ? { spec: request.spec } : {}),
        output: temporary,
        ...(request.environment !== undefined && cluster === undefined
          ? { environments: [request.environment] }
          : {}),
        ...(request.limits ? { limits: request.limits } : {}),
      },
      { outputInsideRepository: false },
    );
    if (cluster !== undefined) {
      return {
        manifests: buildDirectory(compiled, temporary, clusterDirectory(cluster), request, () => {
          const clusters = clusterEnvironments(compiled.plan);
          const known = [...clusters.keys()];
          if (!clusters.has(cluster)) {
            return `The spec ${compiled.specDisplay} has no cluster "${cluster}"; its environments are on ${known.map((name) => `"${name}"`).join(', ')}.`;
          }
          return `Cluster "${cluster}" of ${compiled.specDisplay} has no cluster-wide objects (no PriorityClasses, no prometheus-adapter rules), so there is no ${clusterDirectory(cluster)} to build.`;
        }),
        compiled,
        environment: clusterDirectory(cluster),
      };
    }
    const environment = compiled.environments[0];
    if (compiled.environments.length !== 1 || environment === undefined) {
      throw new ScaleplanError(
        'USAGE',
        `The spec ${compiled.specDisplay} has several environments (${compiled.environments.join(', ')}); choose one with ${request.environmentOption ?? '--env NAME'}.`,
        { file: compiled.specDisplay },
      );
    }
    const manifests = buildDirectory(compiled, temporary, environment, request, () => {
      throw new Error(`build: environment ${environment} was not compiled`);
    });
    const overlay = compiled.overlay.environments.find((entry) => entry.name === environment);
    const companion = overlay ? clusterDirectory(overlay.cluster) : undefined;
    if (companion !== undefined && compiled.directories.includes(companion)) {
      return {
        manifests,
        compiled,
        environment,
        cluster: {
          directory: companion,
          manifests: renderDirectory(temporary, companion, request),
        },
      };
    }
    return { manifests, compiled, environment };
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

/**
 * Writes the compiled spec into the temporary directory and builds one of its directories
 * (an environment, or `clusters/<cluster>`) with the renderer; `missing` says why a directory
 * the spec does not make cannot be built.
 */
function buildDirectory(
  compiled: CompiledSpec,
  temporary: string,
  relative: string,
  request: BuildRequest,
  missing: () => string,
): string {
  if (!isWithin(temporary, compiled.outputDirectory)) {
    throw new Error('build: output directory is not the temporary directory');
  }
  if (!compiled.directories.includes(relative)) {
    throw new ScaleplanError('USAGE', missing(), { file: compiled.specDisplay });
  }
  writeOutput(compiled.files, {
    directory: temporary,
    environments: compiled.directories,
    complete: false,
  });
  return renderDirectory(temporary, relative, request);
}

function renderDirectory(temporary: string, relative: string, request: BuildRequest): string {
  const directory = path.join(temporary, relative);
  const renderer = requireRenderer(request.env, directory);
  return runRenderer(renderer, directory, request.env, request.cwd, {
    ...(request.limits?.renderTimeoutSeconds !== undefined
      ? { timeoutSeconds: request.limits.renderTimeoutSeconds }
      : {}),
    ...(request.limits?.renderMemoryMiB !== undefined
      ? { memoryMiB: request.limits.renderMemoryMiB }
      : {}),
  });
}

export type { Difference, WriteResult } from './write.js';
export type { OverlayPlan, GeneratedFile, EnvironmentOverlay, ClusterOverlay } from './compile.js';
export { clusterDirectory } from './compile.js';
