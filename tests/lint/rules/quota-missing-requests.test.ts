import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/quota-missing-requests.js';
import { lintSourcesPrepared } from '../../../src/lint/sources.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/quota-missing-requests';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/limit-range.yaml` },
    { fixture: `${DIR}/pod-level.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      fixture: `${DIR}/fires.yaml`,
      errors: [
        {
          // A memory limit becomes the memory request, but there is no cpu request.
          messageId: 'missing',
          line: 33,
          column: 11,
          endColumn: 20,
          severity: 'error',
          messageIncludes: [
            'Init container "migrate" of Deployment "api" has no cpu request',
            'ResourceQuota "compute" in namespace "shop" constrains requests.cpu and cpu',
            '"must specify cpu for: migrate; requests.cpu for: migrate"',
            'the Deployment is accepted but never gets a pod',
          ],
        },
        {
          messageId: 'missing',
          line: 35,
          column: 11,
          messageIncludes: [
            'Sidecar container "proxy" of Deployment "api" has no cpu request and memory limit',
            'Set resources.requests.cpu and resources.limits.memory',
          ],
        },
        {
          messageId: 'missing',
          line: 46,
          column: 11,
          messageIncludes: ['Container "worker" of Deployment "api" has no memory limit'],
        },
      ],
    },
    {
      fixture: `${DIR}/namespaces.yaml`,
      errors: [
        {
          // The bare "memory" key means the request.
          messageId: 'missing',
          line: 50,
          column: 17,
          messageIncludes: [
            'CronJob "report" has no memory request',
            'ResourceQuota "default-quota" in namespace "default" constrains memory',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/scopes.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 80,
          column: 11,
          messageIncludes: [
            'Deployment "burstable" has no memory limit',
            'for pods in scope PriorityClass In (high)',
          ],
        },
        {
          messageId: 'missing',
          line: 81,
          column: 13,
          messageIncludes: ['has no cpu request', 'for pods in scope NotBestEffort'],
        },
      ],
    },
    {
      fixture: `${DIR}/terminating.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 23,
          column: 11,
          messageIncludes: ['Job "bounded"', 'for pods in scope Terminating'],
        },
      ],
    },
    {
      name: 'pod-level resources do not exempt pods before Kubernetes 1.34',
      fixture: `${DIR}/pod-level.yaml`,
      settings: { kubeVersion: '1.33' },
      errors: [{ messageId: 'missing', line: 24, column: 11 }],
    },
  ],
});

describe('related locations', () => {
  it('point at each quota key that requires the missing value', async () => {
    const file = `${DIR}/fires.yaml`;
    const result = await lintSourcesPrepared(
      { [file]: fs.readFileSync(file, 'utf8') },
      { rules: [rule] },
    );
    const sidecar = result.findings.find((finding) => finding.message.includes('"proxy"'));
    expect(sidecar?.related?.map((related) => `${related.line}:${related.column}`)).toEqual([
      '11:5',
      '12:5',
      '13:5',
    ]);
  });
});
