import { describe, expect, it } from 'vitest';
import { VPA_KIND } from '../../src/k8s/autoscaling.js';
import { readVpaUpdateMode, VpaContainerPolicies } from '../../src/k8s/vpa.js';
import { manifestSet } from './helpers.js';

function vpa(spec: string) {
  const manifest = manifestSet(
    `apiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata: {name: v}\nspec: ${spec}\n`,
  ).byKind(VPA_KIND)[0];
  if (!manifest) {
    throw new Error('fixture has no VPA');
  }
  return manifest;
}

describe('readVpaUpdateMode', () => {
  it('defaults to Recreate and reads an explicit mode', () => {
    expect(readVpaUpdateMode(vpa('{}'))).toMatchObject({ mode: 'Recreate', explicit: false });
    expect(readVpaUpdateMode(vpa('{updatePolicy: {updateMode: "Off"}}'))).toMatchObject({
      mode: 'Off',
      explicit: true,
    });
    expect(readVpaUpdateMode(vpa('{updatePolicy: {updateMode: 3}}'))).toBeUndefined();
  });
});

describe('VpaContainerPolicies', () => {
  it('controls cpu and memory in every container by default', () => {
    const policies = new VpaContainerPolicies(vpa('{}'));
    expect([...policies.controlledIn('app')]).toEqual(['cpu', 'memory']);
    expect(policies.controlsInPod('cpu', undefined)).toBe(true);
  });

  it('resolves named, * and Off policies and controlledResources', () => {
    const policies = new VpaContainerPolicies(
      vpa(`
  resourcePolicy:
    containerPolicies:
      - {containerName: "*", controlledResources: [memory]}
      - {containerName: app, controlledResources: [cpu, memory]}
      - {containerName: proxy, mode: "Off"}
      - {containerName: empty, controlledResources: []}
      - {containerName: broken, controlledResources: cpu}`),
    );
    expect(policies.controlledIn('app').has('cpu')).toBe(true);
    expect(policies.controlledIn('other').has('cpu')).toBe(false);
    expect(policies.controlledIn('other').has('memory')).toBe(true);
    expect(policies.controlledIn('proxy').size).toBe(0);
    expect(policies.controlledIn('empty').size).toBe(0);
    expect(policies.controlledIn('broken').size).toBe(0);
    expect(policies.controlsInPod('cpu', ['proxy', 'app'])).toBe(true);
    expect(policies.controlsInPod('cpu', ['proxy', 'other'])).toBe(false);
    // Unknown containers: the fallback does not control cpu, so it depends on the names.
    expect(policies.controlsInPod('cpu', undefined)).toBe(false);
  });

  it('with unknown containers answers yes only when every policy controls the resource', () => {
    const allCpu = new VpaContainerPolicies(
      vpa('{resourcePolicy: {containerPolicies: [{containerName: app, minAllowed: {cpu: 1}}]}}'),
    );
    expect(allCpu.controlsInPod('cpu', undefined)).toBe(true);
    const oneOff = new VpaContainerPolicies(
      vpa('{resourcePolicy: {containerPolicies: [{containerName: app, mode: "Off"}]}}'),
    );
    expect(oneOff.controlsInPod('cpu', undefined)).toBe(false);
    expect(oneOff.controlsInPod('cpu', ['app', 'sidecar'])).toBe(true);
  });

  it('never throws on malformed policies', () => {
    const policies = new VpaContainerPolicies(
      vpa('{resourcePolicy: {containerPolicies: {containerName: app}}}'),
    );
    expect(policies.controlsInPod('cpu', ['app'])).toBe(true);
  });
});
