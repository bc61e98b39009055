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
import { environmentNames } from '../plan/resolve.js';
import { checkSpec } from '../plan/check.js';
import type { ScalePlan } from '../plan/types.js';
import { compile, emit, type OverlayPlan } from './compile.js';
import { isWithin, posixRelative, repositoryRoot } from './paths.js';
import { locateBase, readBase } from './read-base.js';
import {
  assertOutputInside,
  assertOutputApart,
  compareOutput,
  writeOutput,
  type Difference,
  type WriteResult,
} from './write.js';

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
  /** Every environment of the spec was compiled. */
  complete: boolean;
  overlay: OverlayPlan;
  /** File contents by path relative to the output directory (`<env>/<file>`). */
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
  problems.push(...checkSpec(plan, parsed.source, base));
  if (problems.length > 0 || !base || !located.location) {
    throw new SpecInvalidError(problems);
  }
  const baseDirectory = located.location.directory;
  if (options.outputInsideRepository !== false) {
    assertOutputApart(outputDirectory, outputDisplay, environments, { baseDirectory, specFile });
  }
  const context = {
    base,
    specFromOutput: posixRelative(outputDirectory, specFile),
    baseFromOutput: posixRelative(outputDirectory, baseDirectory),
    environments,
  };
  const overlay = compile(plan, context);
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
    environments: compiled.environments,
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

export interface BuildRequest {
  cwd: string;
  env: NodeJS.ProcessEnv;
  spec?: string;
  /** The environment to build; may be left out when the spec has only one. */
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
export async function buildEnvironment(
  request: BuildRequest,
): Promise<{ manifests: string; compiled: CompiledSpec; environment: string }> {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-build-'));
  try {
    const compiled = await compileSpec(
      {
        cwd: request.cwd,
        env: request.env,
        ...(request.spec !== undefined ? { spec: request.spec } : {}),
        output: temporary,
        ...(request.environment !== undefined ? { environments: [request.environment] } : {}),
        ...(request.limits ? { limits: request.limits } : {}),
      },
      { outputInsideRepository: false },
    );
    const environment = compiled.environments[0];
    if (compiled.environments.length !== 1 || environment === undefined) {
      throw new ScaleplanError(
        'USAGE',
        `The spec ${compiled.specDisplay} has several environments (${compiled.environments.join(', ')}); choose one with ${request.environmentOption ?? '--env NAME'}.`,
        { file: compiled.specDisplay },
      );
    }
    if (!isWithin(temporary, compiled.outputDirectory)) {
      throw new Error('build: output directory is not the temporary directory');
    }
    writeOutput(compiled.files, {
      directory: temporary,
      environments: compiled.environments,
      complete: false,
    });
    const directory = path.join(temporary, environment);
    const renderer = requireRenderer(request.env, directory);
    const manifests = runRenderer(renderer, directory, request.env, request.cwd, {
      ...(request.limits?.renderTimeoutSeconds !== undefined
        ? { timeoutSeconds: request.limits.renderTimeoutSeconds }
        : {}),
      ...(request.limits?.renderMemoryMiB !== undefined
        ? { memoryMiB: request.limits.renderMemoryMiB }
        : {}),
    });
    return { manifests, compiled, environment };
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

export type { Difference, WriteResult } from './write.js';
export type { OverlayPlan, GeneratedFile, EnvironmentOverlay } from './compile.js';
