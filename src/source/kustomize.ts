import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { displayPath, kustomizationFileIn } from './inputs.js';
import { parseSourceFile, type ParsedDocument } from './parse.js';
import { SourceFile } from './source-file.js';

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
      fs.accessSync(path.join(directory, command), fs.constants.X_OK);
      return true;
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
    );
  }
  return renderer;
}

/** Runs the renderer; its stderr becomes the error message on failure. */
export function runRenderer(
  renderer: Renderer,
  directory: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string {
  const result = spawnSync(renderer.command, renderer.args(directory), {
    encoding: 'utf8',
    env,
    cwd,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) {
    throw new ScaleplanError(
      'KUSTOMIZE_FAILED',
      `${renderer.description} ${directory} could not run: ${result.error.message}`,
      undefined,
      {
        cause: result.error,
      },
    );
  }
  if (result.status !== 0) {
    const message = (result.stderr || result.stdout || '').trim().replace(/^Error: /, '');
    throw new ScaleplanError(
      'KUSTOMIZE_FAILED',
      `${renderer.description} ${displayPath(cwd, directory)} failed: ${message}`,
      {
        file: displayPath(cwd, kustomizationFileIn(directory) ?? directory),
      },
    );
  }
  return result.stdout;
}

/**
 * Renders a kustomization with origin annotations. The annotations are switched on from a
 * temporary wrapper kustomization, so the user's files are never changed; origin paths are
 * then relative to the wrapper, and are returned resolved.
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
    const text = runRenderer(renderer, wrapper, env, cwd);
    return { text, originBase: wrapper };
  } finally {
    fs.rmSync(wrapper, { recursive: true, force: true });
  }
}

export interface Origin {
  /** Absolute path of the file the object was read from. */
  file?: string;
  /** Absolute path of the kustomization whose generator made the object. */
  configuredIn?: string;
  generator?: string;
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
  const file = field('path');
  if (file) {
    origin.file = path.resolve(originBase, file);
  }
  const configuredIn = field('configuredIn');
  if (configuredIn) {
    origin.configuredIn = path.resolve(originBase, configuredIn);
  }
  const generator = /configuredBy:[\s\S]*?kind:\s*(\S+)/.exec(value)?.[1];
  if (generator) {
    origin.generator = generator;
  }
  return origin;
}

/** Source files read while mapping origins, each parsed once. */
export class SourceCache {
  private readonly files = new Map<
    string,
    { file: SourceFile; documents: ParsedDocument[] } | null
  >();

  constructor(private readonly cwd: string) {}

  get(absolutePath: string): { file: SourceFile; documents: ParsedDocument[] } | undefined {
    if (!this.files.has(absolutePath)) {
      try {
        const text = fs.readFileSync(absolutePath, 'utf8');
        const file = new SourceFile(displayPath(this.cwd, absolutePath), text, absolutePath);
        this.files.set(absolutePath, { file, documents: parseSourceFile(file).documents });
      } catch {
        this.files.set(absolutePath, null);
      }
    }
    return this.files.get(absolutePath) ?? undefined;
  }
}
