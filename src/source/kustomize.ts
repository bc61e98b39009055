import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { kustomizationFileIn } from './kustomization.js';
import { displayPath } from './paths.js';

export { SourceCache } from './kustomization.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
export const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';

export interface Renderer {
  command: string;
  args: (directory: string) => string[];
  description: string;
}

/** Directories on PATH, split the way the platform does. */
function pathDirectories(env: NodeJS.ProcessEnv): string[] {
  return (env.PATH ?? '').split(path.delimiter).filter(Boolean);
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return pathDirectories(env).some((directory) => {
    try {
      const candidate = path.join(directory, command);
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** `kubectl kustomize` when kubectl is on PATH, else `kustomize build`, else undefined. */
export function findRenderer(env: NodeJS.ProcessEnv): Renderer | undefined {
  if (onPath('kubectl', env)) {
    return {
      command: 'kubectl',
      args: (directory) => ['kustomize', directory],
      description: 'kubectl kustomize',
    };
  }
  if (onPath('kustomize', env)) {
    return {
      command: 'kustomize',
      args: (directory) => ['build', directory],
      description: 'kustomize build',
    };
  }
  return undefined;
}

export function requireRenderer(env: NodeJS.ProcessEnv, directory: string): Renderer {
  const renderer = findRenderer(env);
  if (!renderer) {
    throw new ScaleplanError(
      'KUSTOMIZE_UNAVAILABLE',
      `${directory} is a Kustomize directory, but neither kubectl nor kustomize is on PATH. Install kubectl (which bundles Kustomize) or kustomize, or lint rendered output with "kustomize build ${directory} | scaleplan lint -".`,
      { file: directory },
    );
  }
  return renderer;
}

/** Default bound on one renderer run: a CI job's step should fail, not hang forever. */
export const DEFAULT_RENDER_TIMEOUT_SECONDS = 120;

function renderTimeoutSeconds(env: NodeJS.ProcessEnv): number {
  const raw = env.SCALEPLAN_RENDER_TIMEOUT;
  if (raw === undefined || raw.trim() === '') {
    return DEFAULT_RENDER_TIMEOUT_SECONDS;
  }
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ScaleplanError(
      'USAGE',
      `SCALEPLAN_RENDER_TIMEOUT must be a positive number of seconds, not ${JSON.stringify(raw)}.`,
    );
  }
  return seconds;
}

interface RenderOutcome {
  ok: boolean;
  stdout: string;
  /** The renderer's own explanation of a failure, cleaned of log decoration. */
  message: string;
}

function spawnRenderer(
  renderer: Renderer,
  directory: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): RenderOutcome {
  const timeoutSeconds = renderTimeoutSeconds(env);
  const result = spawnSync(renderer.command, renderer.args(directory), {
    encoding: 'utf8',
    env,
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    timeout: timeoutSeconds * 1000,
    // A Go renderer stuck on a silent remote base ignores SIGTERM while it dials.
    killSignal: 'SIGKILL',
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new ScaleplanError(
      'KUSTOMIZE_FAILED',
      `${renderer.description} ${displayPath(cwd, directory)} did not finish within ${timeoutSeconds} s and was stopped (a remote base that never answers, or a very large build); raise SCALEPLAN_RENDER_TIMEOUT (seconds) if the build is legitimately slow.`,
    );
  }
  if (result.error) {
    throw new ScaleplanError(
      'KUSTOMIZE_FAILED',
      `${renderer.description} ${displayPath(cwd, directory)} could not run: ${result.error.message}`,
      undefined,
      { cause: result.error },
    );
  }
  return {
    ok: result.status === 0,
    stdout: result.stdout,
    message: cleanRendererMessage(result.stderr || result.stdout || '', cwd),
  };
}

/**
 * Kustomize's message without decoration: kubectl wraps it in a klog line
 * (`E0102 … run.go:72] "command failed" err="…"`), standalone kustomize prefixes `Error: `.
 * Absolute paths under the working directory are shown relative to it, as findings are.
 */
export function cleanRendererMessage(output: string, cwd: string): string {
  let message = output.trim();
  const klog =
    /^[EWIF]\d{4} [\d:.]+\s+\d+ [^\]]+\] "command failed" err=(?:"((?:[^"\\]|\\.)*)"|<\n([\s\S]*?)\n\s*>)/m.exec(
      message,
    );
  if (klog) {
    if (klog[1] !== undefined) {
      try {
        message = JSON.parse(`"${klog[1]}"`) as string;
      } catch {
        message = klog[1];
      }
    } else {
      message = (klog[2] ?? '').replace(/^\t/gm, '');
    }
  }
  message = message
    .split('\n')
    .filter((line) => !/^# Warning: /.test(line))
    .join('\n')
    .replace(/^Error: /, '')
    .trim();
  const prefix = `${path.resolve(cwd)}${path.sep}`;
  return message.split(prefix).join('');
}

/** Runs the renderer on a directory; a failure is an exit-2 error with its own message. */
export function runRenderer(
  renderer: Renderer,
  directory: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string {
  const outcome = spawnRenderer(renderer, directory, env, cwd);
  if (!outcome.ok) {
    throw renderFailure(renderer, directory, cwd, outcome.message);
  }
  return outcome.stdout;
}

function renderFailure(
  renderer: Renderer,
  directory: string,
  cwd: string,
  message: string,
): ScaleplanError {
  return new ScaleplanError(
    'KUSTOMIZE_FAILED',
    `${renderer.description} ${displayPath(cwd, directory)} failed: ${message || 'no message (exit status non-zero)'}`,
    { file: displayPath(cwd, kustomizationFileIn(directory) ?? directory) },
  );
}

/**
 * Renders a kustomization with origin annotations. The annotations are switched on from a
 * temporary wrapper kustomization, so the user's files are never changed; origin paths are
 * then relative to the wrapper, and are returned resolved. When the build fails, the
 * directory is built once more without the wrapper, so the message the user reads is
 * Kustomize's message about their directory, not about the wrapper.
 */
export function renderWithOrigins(
  directory: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): { text: string; originBase: string } {
  const renderer = requireRenderer(env, displayPath(cwd, directory));
  const wrapper = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-kustomize-'));
  try {
    const relative = path.relative(wrapper, directory).split(path.sep).join('/');
    fs.writeFileSync(
      path.join(wrapper, 'kustomization.yaml'),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${JSON.stringify(relative)}\nbuildMetadata: [originAnnotations]\n`,
    );
    const outcome = spawnRenderer(renderer, wrapper, env, cwd);
    if (outcome.ok) {
      return { text: outcome.stdout, originBase: wrapper };
    }
  } finally {
    fs.rmSync(wrapper, { recursive: true, force: true });
  }
  const direct = spawnRenderer(renderer, directory, env, cwd);
  throw renderFailure(
    renderer,
    directory,
    cwd,
    direct.ok ? 'the build with origin annotations failed' : direct.message,
  );
}

export interface Origin {
  /** Absolute path of the file the object was read from. */
  file?: string;
  /** Absolute path of the kustomization whose generator made the object. */
  configuredIn?: string;
  /** Kind of the generator (ConfigMapGenerator, SecretGenerator, …). */
  generator?: string;
  /** Set when the object came from a remote repository (no local file to point at). */
  repository?: string;
}

/** Parses the `config.kubernetes.io/origin` annotation (a small YAML map). */
export function parseOrigin(value: string | undefined, originBase: string): Origin | undefined {
  if (!value) {
    return undefined;
  }
  const field = (name: string): string | undefined => {
    const match = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(value);
    return match?.[1]?.trim().replace(/^["']|["']$/g, '');
  };
  const origin: Origin = {};
  const repository = field('repo');
  if (repository) {
    origin.repository = repository;
  }
  const file = field('path');
  if (file && !repository) {
    origin.file = path.resolve(originBase, file);
  }
  const configuredIn = field('configuredIn');
  if (configuredIn && !repository) {
    origin.configuredIn = path.resolve(originBase, configuredIn);
  }
  const generator = /configuredBy:[\s\S]*?kind:\s*(\S+)/.exec(value)?.[1];
  if (generator) {
    origin.generator = generator;
  }
  return origin;
}
