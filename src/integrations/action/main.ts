import fs from 'node:fs';
import * as core from '@actions/core';
import { isScaleplanError } from '../../errors.js';
import { parseFailOn } from '../../lint/result.js';
import { VERSION } from '../../version.js';
import { createGitHubClient } from './github.js';
import { runAction, type ActionInputs } from './run.js';

/** Reads the `INPUT_*` and `GITHUB_*` contract, runs the Action, maps the outcome onto the runner. */
export async function run(): Promise<void> {
  try {
    // The runner masks the workflow token and every secret in logs already; the token is
    // never printed or passed on by scaleplan.
    const token = core.getInput('github-token');
    const optional = (name: string): string | undefined => core.getInput(name) || undefined;
    const inputs: ActionInputs = {
      paths: core
        .getInput('paths')
        .split(/[\n,]/)
        .map((entry) => entry.trim())
        .filter(Boolean),
      failOn: parseFailOn(optional('fail-on'), 'The fail-on input'),
      comment: core.getBooleanInput('comment'),
      reviewComments: core.getBooleanInput('review-comments'),
      onlyChanged: core.getBooleanInput('only-changed'),
      // Older workflow files and local runs may not pass these inputs at all.
      capacity: optional('capacity') === undefined ? true : core.getBooleanInput('capacity'),
      cache: optional('cache') === undefined ? true : core.getBooleanInput('cache'),
    };
    if (inputs.paths.length === 0) {
      inputs.paths = ['.'];
    }
    for (const [key, name] of [
      ['config', 'config'],
      ['spec', 'spec'],
      ['sarifFile', 'sarif-file'],
      ['kubeVersion', 'kube-version'],
      ['cacheLocation', 'cache-location'],
    ] as const) {
      const value = optional(name);
      if (value !== undefined) {
        inputs[key] = value;
      }
    }
    const env = process.env;
    const eventPath = env.GITHUB_EVENT_PATH;
    const event =
      eventPath && fs.existsSync(eventPath)
        ? (JSON.parse(fs.readFileSync(eventPath, 'utf8')) as Record<string, unknown>)
        : {};
    const octokit = token
      ? createGitHubClient({
          token,
          baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
          userAgent: `scaleplan-action/${VERSION}`,
        })
      : undefined;
    const outcome = await runAction(
      inputs,
      {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        env,
      },
      {
        annotate: (level, message, properties) => core[level](message, properties),
        writeSummary: async (markdown) => {
          if (env.GITHUB_STEP_SUMMARY) {
            await core.summary.addRaw(markdown).write();
          }
        },
        setOutput: (name, value) => core.setOutput(name, value),
        info: (message) => core.info(message),
        warning: (message) => core.warning(message),
      },
      octokit,
    );
    if (outcome.failed) {
      core.setFailed(outcome.failureMessage ?? 'scaleplan found problems.');
    }
  } catch (error) {
    core.setFailed(
      isScaleplanError(error)
        ? error.format()
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error),
    );
  }
}
