import { Octokit } from '@octokit/rest';

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** Upper bound for one wait, in milliseconds. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 4,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface ErrorWithResponse {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** How long to wait before retrying, or undefined when the error is not worth a retry. */
export function retryDelayMs(
  error: unknown,
  attempt: number,
  now: number = Date.now(),
): number | undefined {
  const { status, message = '', response } = (error ?? {}) as ErrorWithResponse;
  const headers = response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const remaining = headers['x-ratelimit-remaining'];
  const reset = Number(headers['x-ratelimit-reset']);
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (String(remaining) === '0' || /secondary rate limit|rate limit exceeded/i.test(message)));
  const serverError = status !== undefined && status >= 500;
  if (!rateLimited && !serverError) {
    return undefined;
  }
  if (Number.isFinite(retryAfter)) {
    return retryAfter * 1000;
  }
  if (rateLimited && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - now);
  }
  return 1000 * 2 ** attempt;
}

/**
 * An Octokit for the workflow's API URL that retries rate limits (429, 403 with an exhausted
 * limit) and server errors, waiting as GitHub asks (retry-after, x-ratelimit-reset).
 */
export function createGitHubClient(options: {
  token: string;
  baseUrl: string;
  userAgent: string;
  retry?: RetryPolicy;
}): Octokit {
  const policy = options.retry ?? DEFAULT_RETRY;
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    userAgent: options.userAgent,
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    },
  });
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const delay = retryDelayMs(error, attempt);
        if (delay === undefined || attempt >= policy.retries) {
          throw error;
        }
        await policy.sleep(Math.min(delay, policy.maxWaitMs));
      }
    }
  });
  return octokit;
}

export function isPermissionError(error: unknown): boolean {
  const status = (error as ErrorWithResponse | undefined)?.status;
  return status === 403 || status === 401;
}
