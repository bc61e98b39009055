import fs from 'node:fs';
import path from 'node:path';
import { buildEnvironment } from '../../compile/index.js';
import { ScaleplanError } from '../../errors.js';
import { loadConfig } from '../../lint/config/find.js';
import type { LintResult } from '../../lint/result.js';
import { lintStream } from '../../lint/lint.js';
import type { Severity } from '../../lint/rule.js';
import { failingFindings, parseFailOn } from '../../lint/result.js';

export const SPEC_PARAMETER = 'env';
export const ENVIRONMENT_VARIABLE = 'ARGOCD_ENV_SCALEPLAN_ENV';

/** What the Config Management Plugin passes in, read from its environment (see readOptions). */
export interface ArgoCdOptions {
  /**
   * The environment to build, or a cluster directory as `clusters/<cluster>` (the Application
   * that owns the cluster-wide objects); undefined when the spec has only one environment.
   */
  environment?: string;
  /** Kubernetes version of the destination cluster (KUBE_VERSION, e.g. `1.30.2`). */
  kubeVersion?: string;
  /** The spec file, relative to the application path (default ./scaleplan.yaml). */
  spec?: string;
  failOn: Severity;
}

interface PluginParameter {
  name?: unknown;
  string?: unknown;
}

/**
 * Reads the plugin's inputs the way the Argo CD CMP server passes them: the `env` parameter
 * (ARGOCD_APP_PARAMETERS as JSON, or PARAM_ENV), else ARGOCD_ENV_SCALEPLAN_ENV from the
 * Application's plugin env; KUBE_VERSION from the build environment. Values are data: they
 * are never given to a shell.
 */
export function readOptions(env: NodeJS.ProcessEnv): ArgoCdOptions {
  const parameters = parseParameters(env.ARGOCD_APP_PARAMETERS);
  const fromParameters = (name: string): string | undefined => {
    const parameter = parameters.find((entry) => entry.name === name);
    return typeof parameter?.string === 'string' && parameter.string !== ''
      ? parameter.string
      : undefined;
  };
  const environment =
    fromParameters(SPEC_PARAMETER) ??
    nonEmpty(env.PARAM_ENV) ??
    nonEmpty(env[ENVIRONMENT_VARIABLE]);
  const spec =
    fromParameters('spec') ?? nonEmpty(env.PARAM_SPEC) ?? nonEmpty(env.ARGOCD_ENV_SCALEPLAN_SPEC);
  const failOn = parseFailOn(
    fromParameters('fail-on') ??
      nonEmpty(env.PARAM_FAIL_ON) ??
      nonEmpty(env.ARGOCD_ENV_SCALEPLAN_FAIL_ON),
    'The fail-on parameter',
  );
  const options: ArgoCdOptions = { failOn };
  if (environment !== undefined) {
    options.environment = environment;
  }
  if (spec !== undefined) {
    options.spec = spec;
  }
  const kubeVersion = nonEmpty(env.KUBE_VERSION);
  if (kubeVersion !== undefined) {
    options.kubeVersion = kubeVersion;
  }
  return options;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parseParameters(json: string | undefined): PluginParameter[] {
  if (!json) {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed)
      ? (parsed.filter((entry) => typeof entry === 'object' && entry !== null) as PluginParameter[])
      : [];
  } catch {
    throw new ScaleplanError('USAGE', 'ARGOCD_APP_PARAMETERS is not valid JSON.');
  }
}

export interface ArgoCdOutcome {
  /** The manifest stream for stdout: separate YAML documents, never a List. */
  manifests: string;
  lint: LintResult;
  failed: boolean;
  /** Why the sync must fail, for stderr (Argo CD shows it in the UI). */
  failure?: string;
  environment: string;
}

/**
 * The `generate` step: compile the environment, build it with Kustomize, lint the result.
 * Fails (so Argo CD does not sync) on lint findings at or above `failOn`, and on an empty
 * manifest stream, which would otherwise let an auto-pruning Application delete everything.
 */
export async function generateManifests(
  options: ArgoCdOptions,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ArgoCdOutcome> {
  if (options.spec !== undefined) {
    confineSpec(options.spec, cwd);
  }
  const limits = loadConfig(undefined, cwd).limits;
  const { manifests, compiled, environment, cluster } = await buildEnvironment({
    cwd,
    env,
    ...(limits ? { limits } : {}),
    ...(options.spec !== undefined ? { spec: options.spec } : {}),
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
    environmentOption: `the plugin parameter "${SPEC_PARAMETER}" (or ${ENVIRONMENT_VARIABLE} in the Application's plugin env): an environment, or clusters/<cluster> for the cluster-wide objects`,
  });
  const kubeVersion = options.kubeVersion ?? compiled.plan.spec.kubeVersion;
  const lint = await lintStream({
    text: manifests,
    name: `${compiled.specDisplay} (${environment})`,
    cwd,
    ...(kubeVersion !== undefined ? { kubeVersion } : {}),
    // The cluster directory is another Application's, synced beside this one: its objects
    // answer references (the PriorityClasses the pods name) and are not reported here.
    ...(cluster
      ? {
          context: [
            { name: `${compiled.specDisplay} (${cluster.directory})`, text: cluster.manifests },
          ],
        }
      : {}),
  });
  const outcome: ArgoCdOutcome = { manifests, lint, failed: false, environment };
  if (!/^\s*(apiVersion|kind):/m.test(manifests)) {
    outcome.failed = true;
    outcome.failure = `scaleplan: environment "${environment}" of ${compiled.specDisplay} built to no manifests; refusing to hand Argo CD an empty stream, which would prune every resource of the application.`;
    return outcome;
  }
  const failing = failingFindings(lint, options.failOn);
  if (failing.length > 0) {
    outcome.failed = true;
    outcome.failure = `scaleplan: ${failing.length} lint finding(s) at or above "${options.failOn}" in environment "${environment}" of ${compiled.specDisplay}; not syncing. Fix them, or lower fail-on in the plugin parameters.`;
  }
  return outcome;
}

/**
 * The repo-server runs the plugin for many applications: a `spec` parameter must name a
 * regular file inside this application's directory (the CMP working directory), after
 * symlinks are resolved, or one application could read another's spec or /etc/passwd.
 * The error names the parameter, never the file's content.
 */
function confineSpec(spec: string, cwd: string): void {
  const target = path.resolve(cwd, spec);
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    // A spec that does not exist is reported by the compiler, with its usual message.
    real = target;
  }
  const root = fs.realpathSync(cwd);
  const relative = path.relative(root, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The spec parameter ${JSON.stringify(spec)} resolves outside the application directory; name a file inside it, relative to the application path.`,
    );
  }
  if (fs.existsSync(real) && !fs.statSync(real).isFile()) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `The spec parameter ${JSON.stringify(spec)} is not a regular file.`,
    );
  }
}
