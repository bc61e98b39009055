import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../../errors.js';
import { kustomizationFileIn } from './kustomization.js';
import { displayPath } from '../../source/paths.js';

export { SourceCache } from './kustomization.js';

// child_process and os are taken when a kustomization is rendered, not imported: every lint
// loads this module, and most never render (child_process alone is ~1.5 ms of start-up).
const childProcess = () => process.getBuiltinModule('node:child_process');
const os = () => process.getBuiltinModule('node:os');

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

/** Bounds on one renderer run (`limits.renderTimeoutSeconds`, `limits.renderMemoryMiB`). */
export interface RenderBounds {
  /** Wall-clock seconds before the renderer is killed. */
  timeoutSeconds: number;
  /** Address space of the renderer (and the processes it starts), in MiB. */
  memoryMiB: number;
}

/**
 * A CI step should fail, not hang or take the runner down: 120 s is far above any real
 * build, and 4 GiB of address space is about 3 GiB of Go heap, where the largest real sets
 * measured (kube-prometheus, 20,000 objects) stay under 150 MiB.
 */
export const DEFAULT_RENDER_BOUNDS: RenderBounds = { timeoutSeconds: 120, memoryMiB: 4096 };

/** The environment overrides the config: one run (an Argo CD sync, a CI job) can raise a bound. */
const BOUND_VARIABLES: Record<keyof RenderBounds, string> = {
  timeoutSeconds: 'SCALEPLAN_RENDER_TIMEOUT',
  memoryMiB: 'SCALEPLAN_RENDER_MEMORY',
};

export function renderBounds(
  env: NodeJS.ProcessEnv,
  configured: Partial<RenderBounds> = {},
): RenderBounds {
  const bounds = { ...DEFAULT_RENDER_BOUNDS, ...configured };
  for (const key of Object.keys(BOUND_VARIABLES) as (keyof RenderBounds)[]) {
    const variable = BOUND_VARIABLES[key];
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') {
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) {
      throw new ScaleplanError(
        'USAGE',
        `${variable} must be a positive number of ${key === 'timeoutSeconds' ? 'seconds' : 'MiB'}, not ${JSON.stringify(raw)}.`,
      );
    }
    bounds[key] = value;
  }
  return bounds;
}

interface RenderOutcome {
  ok: boolean;
  stdout: string;
  /** The renderer's own explanation of a failure, cleaned of log decoration. */
  message: string;
}

/**
 * The renderer under an address-space limit. Node cannot set a child's rlimits, so a POSIX
 * shell sets it and execs the renderer (which keeps the pid, so the timeout's SIGKILL still
 * reaches it). Where the limit cannot be lowered the renderer runs with the timeout alone.
 */
function boundedCommand(
  renderer: Renderer,
  directory: string,
  memoryMiB: number,
): { command: string; args: string[] } {
  if (os().platform() === 'win32' || !fs.existsSync('/bin/sh')) {
    return { command: renderer.command, args: renderer.args(directory) };
  }
  return {
    command: '/bin/sh',
    args: [
      '-c',
      'ulimit -v "$0" 2>/dev/null; exec "$@"',
      String(Math.max(1, Math.floor(memoryMiB * 1024))),
      renderer.command,
      ...renderer.args(directory),
    ],
  };
}

/** How a Go program (kubectl, kustomize, helm) dies when it cannot get memory. */
const OUT_OF_MEMORY =
  /fatal error: (?:runtime: )?out of memory|runtime: out of memory|failed to reserve page summary memory|runtime: cannot allocate memory|cannot allocate memory/;

function spawnRenderer(
  renderer: Renderer,
  directory: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  configured: Partial<RenderBounds>,
  /** The directory messages name (the user's, not a temporary wrapper around it). */
  shownDirectory = directory,
): RenderOutcome {
  const bounds = renderBounds(env, configured);
  const { command, args } = boundedCommand(renderer, directory, bounds.memoryMiB);
  const result = childProcess().spawnSync(command, args, {
    encoding: 'utf8',
    env,
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    timeout: bounds.timeoutSeconds * 1000,
    // A Go renderer stuck on a silent remote base ignores SIGTERM while it dials.
    killSignal: 'SIGKILL',
  });
  const shown = `${renderer.description} ${displayPath(cwd, shownDirectory)}`;
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new ScaleplanError(
      'KUSTOMIZE_BOUNDED',
      `${shown} did not finish within ${bounds.timeoutSeconds} s and was stopped (a remote base that never answers, or a very large build); raise limits.renderTimeoutSeconds in .scaleplan.yaml (or SCALEPLAN_RENDER_TIMEOUT) if the build is legitimately slow.`,
    );
  }
  if (result.error) {
    throw new ScaleplanError(
      'KUSTOMIZE_FAILED',
      `${shown} could not run: ${result.error.message}`,
      undefined,
      { cause: result.error },
    );
  }
  if (result.status !== 0 && OUT_OF_MEMORY.test(result.stderr ?? '')) {
    throw new ScaleplanError(
      'KUSTOMIZE_BOUNDED',
      `${shown} ran out of its ${bounds.memoryMiB} MiB memory bound and was stopped (an alias bomb, a huge remote base or chart, or a very large build); raise limits.renderMemoryMiB in .scaleplan.yaml (or SCALEPLAN_RENDER_MEMORY) if the build is legitimately large.`,
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
  bounds: Partial<RenderBounds> = {},
): string {
  const outcome = spawnRenderer(renderer, directory, env, cwd, bounds);
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
  bounds: Partial<RenderBounds> = {},
): { text: string; originBase: string } {
  const renderer = requireRenderer(env, displayPath(cwd, directory));
  const wrapper = fs.mkdtempSync(path.join(os().tmpdir(), 'scaleplan-kustomize-'));
  try {
    const relative = path.relative(wrapper, directory).split(path.sep).join('/');
    fs.writeFileSync(
      path.join(wrapper, 'kustomization.yaml'),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${JSON.stringify(relative)}\nbuildMetadata: [originAnnotations]\n`,
    );
    const outcome = spawnRenderer(renderer, wrapper, env, cwd, bounds, directory);
    if (outcome.ok) {
      return { text: outcome.stdout, originBase: wrapper };
    }
  } finally {
    fs.rmSync(wrapper, { recursive: true, force: true });
  }
  const direct = spawnRenderer(renderer, directory, env, cwd, bounds);
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
