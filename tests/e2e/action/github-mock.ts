import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  parameterNames: string[];
  queryParameters: Map<string, { schema: Record<string, unknown>; required: boolean }>;
  validateBody: ValidateFunction | undefined;
  bodyRequired: boolean;
}

let cachedOperations: Operation[] | undefined;

/**
 * The operations of GitHub's published OpenAPI description (@octokit/openapi) that the
 * Action may call. Requests are checked against them: path, method, query parameters and
 * JSON body schema.
 */
function operations(): Operation[] {
  if (cachedOperations) {
    return cachedOperations;
  }
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const spec = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{
            name: string;
            in: string;
            required?: boolean;
            schema: Record<string, unknown>;
          }>;
          requestBody?: {
            required?: boolean;
            content?: Record<string, { schema: Record<string, unknown> }>;
          };
        }
      >
    >;
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const wanted = [
    '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
  ];
  cachedOperations = [];
  for (const template of wanted) {
    const pathItem = spec.paths[template];
    if (!pathItem) {
      throw new Error(`The OpenAPI description has no path ${template}.`);
    }
    for (const [method, operation] of Object.entries(pathItem)) {
      const parameterNames: string[] = [];
      const pattern = new RegExp(
        `^${template.replace(/\{(\w+)\}/g, (_, name: string) => {
          parameterNames.push(name);
          return '([^/]+)';
        })}$`,
      );
      const queryParameters = new Map<
        string,
        { schema: Record<string, unknown>; required: boolean }
      >();
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query') {
          queryParameters.set(parameter.name, {
            schema: parameter.schema,
            required: parameter.required === true,
          });
        }
      }
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      cachedOperations.push({
        method: method.toUpperCase(),
        template,
        pattern,
        parameterNames,
        queryParameters,
        validateBody: bodySchema ? ajv.compile(bodySchema) : undefined,
        bodyRequired: operation.requestBody?.required === true,
      });
    }
  }
  return cachedOperations;
}

export interface RecordedRequest {
  method: string;
  path: string;
  template: string | undefined;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  /** Why the request does not conform to GitHub's OpenAPI description (empty when it does). */
  problems: string[];
}

export interface MockComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface MockReviewComment {
  id: number;
  path: string;
  line: number;
  body: string;
}

export interface MockScenario {
  changedFiles: Array<{ filename: string; status: string; patch?: string }>;
  /** Answer writes with 403, as GitHub does for a read-only token (forked pull requests). */
  readOnlyToken?: boolean;
  /** Answer the first N requests with 429 and retry-after: 0. */
  rateLimitFirst?: number;
  /** Answer the first N requests with 502. */
  serverErrorFirst?: number;
}

export interface GitHubMock {
  url: string;
  requests: RecordedRequest[];
  comments: MockComment[];
  reviews: Array<{
    body: string;
    event: string;
    commit_id: string;
    comments: Array<{ path: string; line: number; side: string; body: string }>;
  }>;
  reviewComments: MockReviewComment[];
  scenario: MockScenario;
  close(): Promise<void>;
}

function page<T>(
  items: readonly T[],
  query: Record<string, string>,
  base: string,
): { items: T[]; link: string | undefined } {
  const perPage = Math.min(Number(query.per_page ?? 30), 100);
  const pageNumber = Number(query.page ?? 1);
  const start = (pageNumber - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const links: string[] = [];
  if (pageNumber < last) {
    links.push(
      `<${base}?per_page=${perPage}&page=${pageNumber + 1}>; rel="next"`,
      `<${base}?per_page=${perPage}&page=${last}>; rel="last"`,
    );
  }
  return { items: slice, link: links.length > 0 ? links.join(', ') : undefined };
}

function checkQuery(operation: Operation, query: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    const parameter = operation.queryParameters.get(name);
    if (!parameter) {
      problems.push(`unknown query parameter ${name}`);
      continue;
    }
    if (parameter.schema.type === 'integer' && !/^\d+$/.test(value)) {
      problems.push(`query parameter ${name} must be an integer`);
    }
    const maximum = parameter.schema.maximum;
    if (typeof maximum === 'number' && Number(value) > maximum) {
      problems.push(`query parameter ${name} above ${maximum}`);
    }
  }
  return problems;
}

/** A local HTTP server that answers like GitHub's REST API for the Action's calls. */
export async function startGitHubMock(scenario: MockScenario): Promise<GitHubMock> {
  const ops = operations();
  const mock: Omit<GitHubMock, 'url' | 'close'> = {
    requests: [],
    comments: [],
    reviews: [],
    reviewComments: [],
    scenario,
  };
  let nextId = 1000;
  let served = 0;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const query = Object.fromEntries(url.searchParams.entries());
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      const problems: string[] = [];
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          problems.push('body is not JSON');
        }
      }
      const method = request.method ?? 'GET';
      const operation = ops.find(
        (candidate) => candidate.method === method && candidate.pattern.test(url.pathname),
      );
      if (!operation) {
        problems.push(`${method} ${url.pathname} is not an operation the Action may call`);
      } else {
        problems.push(...checkQuery(operation, query));
        if (operation.validateBody) {
          if (body === undefined && operation.bodyRequired) {
            problems.push('request body required');
          } else if (body !== undefined && !operation.validateBody(body)) {
            problems.push(
              ...(operation.validateBody.errors ?? []).map(
                (error) => `body${error.instancePath} ${error.message ?? ''}`,
              ),
            );
          }
        } else if (body !== undefined && method === 'GET') {
          problems.push('GET with a body');
        }
      }
      if (
        request.headers['content-type'] &&
        body !== undefined &&
        !String(request.headers['content-type']).includes('application/json')
      ) {
        problems.push(`content-type ${request.headers['content-type']}`);
      }
      mock.requests.push({
        method,
        path: url.pathname,
        template: operation?.template,
        query,
        body,
        authorization: request.headers.authorization,
        problems,
      });
      served++;
      const send = (
        status: number,
        payload: unknown,
        headers: Record<string, string> = {},
      ): void => {
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-ratelimit-remaining': '4999',
          ...headers,
        });
        response.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      if (served <= (scenario.rateLimitFirst ?? 0)) {
        send(
          429,
          {
            message: 'API rate limit exceeded',
            documentation_url: 'https://docs.github.com/rest/rate-limit',
          },
          { 'retry-after': '0', 'x-ratelimit-remaining': '0' },
        );
        return;
      }
      if (served <= (scenario.rateLimitFirst ?? 0) + (scenario.serverErrorFirst ?? 0)) {
        send(502, { message: 'Server Error' });
        return;
      }
      if (!operation) {
        send(404, { message: 'Not Found' });
        return;
      }
      if (scenario.readOnlyToken && method !== 'GET') {
        send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        });
        return;
      }
      const base = `http://${request.headers.host ?? 'localhost'}${url.pathname}`;
      const params = Object.fromEntries(
        operation.parameterNames.map((name, index) => [
          name,
          operation.pattern.exec(url.pathname)?.[index + 1] ?? '',
        ]),
      );
      const user = { login: 'github-actions[bot]', type: 'Bot' };
      switch (`${method} ${operation.template}`) {
        case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
          const { items, link } = page(scenario.changedFiles, query, base);
          send(
            200,
            items.map((file, index) => ({
              sha: `${index}`.padStart(40, '0'),
              additions: 1,
              deletions: 0,
              changes: 1,
              blob_url: '',
              raw_url: '',
              contents_url: '',
              ...file,
            })),
            link ? { link } : {},
          );
          return;
        }
        case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
          const { items, link } = page(mock.comments, query, base);
          send(200, items, link ? { link } : {});
          return;
        }
        case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
          const comment: MockComment = {
            id: nextId++,
            body: (body as { body: string }).body,
            user,
          };
          mock.comments.push(comment);
          send(201, comment);
          return;
        }
        case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
          const comment = mock.comments.find(
            (candidate) => candidate.id === Number(params.comment_id),
          );
          if (!comment) {
            send(404, { message: 'Not Found' });
            return;
          }
          comment.body = (body as { body: string }).body;
          send(200, comment);
          return;
        }
        case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
          mock.comments = mock.comments.filter(
            (candidate) => candidate.id !== Number(params.comment_id),
          );
          send(204, undefined);
          return;
        }
        case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments': {
          const { items, link } = page(mock.reviewComments, query, base);
          send(200, items, link ? { link } : {});
          return;
        }
        case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
          const review = body as GitHubMock['reviews'][number];
          // GitHub rejects the whole review when one comment is outside the diff.
          for (const comment of review.comments ?? []) {
            const file = scenario.changedFiles.find(
              (candidate) => candidate.filename === comment.path,
            );
            if (!file?.patch || !patchHasRightLine(file.patch, comment.line)) {
              send(422, {
                message: 'Unprocessable Entity',
                errors: ['Pull request review thread line must be part of the diff'],
              });
              return;
            }
          }
          mock.reviews.push(review);
          for (const comment of review.comments ?? []) {
            mock.reviewComments.push({
              id: nextId++,
              path: comment.path,
              line: comment.line,
              body: comment.body,
            });
          }
          send(200, {
            id: nextId++,
            body: review.body,
            state: 'COMMENTED',
            commit_id: review.commit_id,
            user,
          });
          return;
        }
        default:
          send(404, { message: 'Not Found' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(mock as GitHubMock, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  });
}

/** Independent of the Action's own diff parser: GitHub's rule, written the simple way. */
function patchHasRightLine(patch: string, line: number): boolean {
  let current = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (header) {
      current = Number(header[1]);
      continue;
    }
    if (text.startsWith('-') || text.startsWith('\\')) {
      continue;
    }
    if (current === line && (text.startsWith('+') || text.startsWith(' '))) {
      return true;
    }
    current++;
  }
  return false;
}
