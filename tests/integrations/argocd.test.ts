import { describe, expect, it, vi } from 'vitest';

const build = vi.hoisted(() => ({ manifests: '' }));
vi.mock('../../src/compile/index.js', () => ({
  buildEnvironment: () =>
    Promise.resolve({
      manifests: build.manifests,
      environment: 'production',
      compiled: { specDisplay: 'scaleplan.yaml', plan: { spec: {} } },
    }),
}));

const { generateManifests, readOptions } =
  await import('../../src/integrations/argocd/generate.js');

describe('readOptions', () => {
  it('prefers the env parameter, then PARAM_ENV, then ARGOCD_ENV_SCALEPLAN_ENV', () => {
    expect(
      readOptions({
        ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: 'env', string: 'staging' }]),
        PARAM_ENV: 'x',
        ARGOCD_ENV_SCALEPLAN_ENV: 'y',
      }).environment,
    ).toBe('staging');
    expect(readOptions({ PARAM_ENV: 'x', ARGOCD_ENV_SCALEPLAN_ENV: 'y' }).environment).toBe('x');
    expect(readOptions({ ARGOCD_ENV_SCALEPLAN_ENV: 'y' }).environment).toBe('y');
    expect(readOptions({}).environment).toBeUndefined();
  });

  it('reads KUBE_VERSION and fail-on, and rejects a bad fail-on or parameter JSON', () => {
    expect(readOptions({ KUBE_VERSION: '1.30.4', PARAM_FAIL_ON: 'warning' })).toMatchObject({
      kubeVersion: '1.30.4',
      failOn: 'warning',
    });
    expect(() => readOptions({ PARAM_FAIL_ON: 'never' })).toThrow(/fail-on/);
    expect(() => readOptions({ ARGOCD_APP_PARAMETERS: '{' })).toThrow(/ARGOCD_APP_PARAMETERS/);
  });
});

describe('generateManifests', () => {
  it('refuses an empty manifest stream, which would let Argo CD prune everything', async () => {
    build.manifests = '';
    const outcome = await generateManifests({ failOn: 'error' }, '/', {});
    expect(outcome.failed).toBe(true);
    expect(outcome.failure).toMatch(/no manifests.*prune/);
  });

  it('passes a clean stream through untouched', async () => {
    build.manifests =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: app\ndata: {a: "1"}\n';
    const outcome = await generateManifests({ failOn: 'error' }, '/', {});
    expect(outcome.failed).toBe(false);
    expect(outcome.manifests).toBe(build.manifests);
  });
});
