/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML documents are read by property access in the assertions */
import { expect } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { compile, emit } from '../../src/compile/compile.js';
import type { BaseInfo, BaseWorkload } from '../../src/plan/base.js';
import { parseSpec } from '../../src/plan/load.js';
import { checkSpec } from '../../src/plan/check/index.js';
import type { ScalePlan } from '../../src/plan/types.js';
import { SourceFile } from '../../src/source/source-file.js';

// The pure compiler on hand-made bases, shared by the compiler's unit tests.

export function workload(name: string, overrides: Partial<BaseWorkload> = {}): BaseWorkload {
  return {
    kind: 'Deployment',
    name,
    namespace: undefined,
    selector: { matchLabels: { app: name } },
    templateLabels: { app: name },
    containers: [
      { name, kind: 'container', requests: { cpu: '100m', memory: '128Mi' }, limits: {} },
    ],
    replicas: 3,
    tolerations: [],
    affinity: undefined,
    topologySpreadConstraints: [],
    priorityClassName: undefined,
    ...overrides,
  };
}

export const BASE: BaseInfo = {
  display: './base',
  workloads: [
    workload('web', {
      containers: [
        { name: 'web', kind: 'container', requests: { cpu: '1', memory: '1Gi' }, limits: {} },
        { name: 'proxy', kind: 'container', requests: { cpu: '50m', memory: '64Mi' }, limits: {} },
      ],
    }),
    workload('gpu'),
    workload('jobs'),
  ],
  services: [
    {
      name: 'web',
      namespace: undefined,
      labels: {},
      selector: { app: 'web' },
      ports: [
        { name: 'http', port: 80 },
        { name: 'metrics', port: 9090 },
      ],
    },
  ],
  references: [],
  clusterScoped: [],
};

export function plan(spec: string, base: BaseInfo = BASE): ScalePlan {
  const text = `apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata: {name: demo}
spec:
  base: ./base
${spec}`;
  const parsed = parseSpec(new SourceFile('scaleplan.yaml', text));
  expect(parsed.problems).toEqual([]);
  const problems = parsed.spec ? checkSpec(parsed.spec, parsed.source, base) : [];
  expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([]);
  return parsed.spec as ScalePlan;
}

/** Compiled files of the only environment, parsed: path → documents. */
export function files(spec: string, base: BaseInfo = BASE): Record<string, unknown[]> {
  const overlay = compile(plan(spec, base), {
    base,
    specFromOutput: '../scaleplan.yaml',
    baseFromOutput: '../base',
  });
  const emitted = emit(overlay, { specFromOutput: '../scaleplan.yaml' });
  const result: Record<string, unknown[]> = {};
  for (const [path, text] of emitted) {
    result[path] = path.endsWith('.md')
      ? [text]
      : parseAllDocuments(text).map((document) => document.toJS() as unknown);
  }
  return result;
}

export function one(all: Record<string, unknown[]>, path: string): Record<string, any> {
  const documents = all[path];
  expect(documents, path).toHaveLength(1);
  return documents?.[0] as Record<string, any>;
}
