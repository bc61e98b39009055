/**
 * The one peer harness: every case names a peer's check, a fixture copied from the peer
 * (fixtures/peers, upstream paths), the peer's verdict taken from its own test harness
 * (kube-linter e2etests/bats-tests.sh, kube-score score/*_test.go, Polaris
 * test/schema_test.go with the failure/success file prefix, Kyverno
 * .kyverno-test/kyverno-test.yaml), the scaleplan rule it maps to, and the objects scaleplan
 * reports. `disagreement` is present exactly when the verdicts differ, and says whose mistake
 * it is and why. `agreementTable` renders the results as the table docs/peer-comparison.md
 * prints between its markers (tests/peers/peers.test.ts keeps the two equal).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../../src/lint/result.js';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PEERS = path.join(ROOT, 'fixtures/peers');
export const CORPUS = path.resolve(ROOT, '../shared/corpus');

export type Tool = 'kube-linter' | 'kube-score' | 'Polaris' | 'Kyverno';

/** Whose mistake a disagreement is: scaleplan's, the peer's, or a deliberate difference. */
export type Whose = 'ours' | 'peer' | 'deliberate';

export const WHOSE: readonly Whose[] = ['ours', 'peer', 'deliberate'];

export interface Disagreement {
  whose: Whose;
  /** Why, with the Kubernetes behaviour it rests on. */
  why: string;
  /** That behaviour's source: a kubernetes.io page or a kubernetes/kubernetes source path. */
  source: string;
}

/** A kubernetes.io page or a path in kubernetes/kubernetes (`pkg/…`, `staging/…`). */
export const KUBERNETES_SOURCE =
  /^(https:\/\/kubernetes\.io\/docs\/\S+|kubernetes\/kubernetes:(pkg|staging|plugin|cmd)\/\S+)$/;

export interface PeerCase {
  /** The peer's check (kube-linter test, kube-score check id, Polaris check, Kyverno policy). */
  check: string;
  /** Under fixtures/peers (upstream path). */
  fixture: string;
  /** The peer's verdict: fails / passes the file, or the objects it reports. */
  peer: boolean | string[];
  /**
   * The peer's configuration for its verdict where it is not the default, as its harness
   * writes it (a kube-score RunConfiguration field, e.g. `MinReplicasDeployment: 1`).
   */
  peerConfig?: string;
  /** The scaleplan rule compared. */
  rule: string;
  options?: Record<string, unknown>;
  /** The target Kubernetes version (`--kube-version`); 1.34 when absent. */
  kubeVersion?: string;
  /** `alone` (default): the rule by itself; `all`: every built-in rule, this one configured. */
  ruleSet?: 'alone' | 'all';
  /**
   * Further files under fixtures/peers linted with the fixture as one set: the cluster state
   * a Kyverno chainsaw test applies first (its prereq.yaml).
   */
  with?: readonly string[];
  /** Rewrites the fixture first (e.g. to make a workload multi-replica). */
  transform?: (text: string) => string;
  /** Names of the objects scaleplan reports with the rule, in report order. */
  scaleplan: string[];
  /** Present exactly when the verdicts differ: whose mistake it is, why, and the source. */
  disagreement?: Disagreement;
}

export interface PeerGroup {
  tool: Tool;
  /** The section of docs/peer-comparison.md. */
  topic: string;
  cases: readonly PeerCase[];
}

const cache = new Map<string, Promise<LintResult>>();

function lintCase(testCase: PeerCase): Promise<LintResult> {
  const all = testCase.ruleSet === 'all';
  const key = JSON.stringify([
    testCase.fixture,
    testCase.with ?? [],
    all ? '*' : testCase.rule,
    testCase.options ?? null,
    testCase.transform?.toString() ?? null,
    testCase.kubeVersion ?? null,
  ]);
  let result = cache.get(key);
  if (!result) {
    const rule = rules.find((candidate) => candidate.id === testCase.rule);
    if (!rule) {
      throw new Error(`no rule ${testCase.rule}`);
    }
    const raw = fs.readFileSync(path.join(PEERS, testCase.fixture), 'utf8');
    const text = testCase.transform ? testCase.transform(raw) : raw;
    const sources: Record<string, string> = { [testCase.fixture]: text };
    for (const file of testCase.with ?? []) {
      sources[file] = fs.readFileSync(path.join(PEERS, file), 'utf8');
    }
    result = lintSourcesPrepared(sources, {
      rules: all ? rules : [rule],
      ruleSettings: testCase.options ? { [rule.id]: { options: testCase.options } } : {},
      ...(testCase.kubeVersion ? { settings: { kubeVersion: testCase.kubeVersion } } : {}),
    });
    cache.set(key, result);
  }
  return result;
}

/** The names of the objects scaleplan reports with the case's rule (each once). */
export async function reported(testCase: PeerCase): Promise<string[]> {
  const result = await lintCase(testCase);
  const names = result.findings
    .filter((finding) => finding.ruleId === testCase.rule)
    .map((finding) => finding.object?.name ?? '');
  return [...new Set(names)];
}

export function agrees(testCase: PeerCase, actual: readonly string[]): boolean {
  return typeof testCase.peer === 'boolean'
    ? testCase.peer === actual.length > 0
    : JSON.stringify([...testCase.peer].sort()) === JSON.stringify([...actual].sort());
}

/** Why a disagreement is not documented well enough for the table, or undefined. */
export function undocumented(disagreement: Disagreement | undefined): string | undefined {
  if (!disagreement) {
    return 'no disagreement listed';
  }
  if (!WHOSE.includes(disagreement.whose)) {
    return `whose is ${String(disagreement.whose)}, not one of ${WHOSE.join(', ')}`;
  }
  if (disagreement.why.trim().length < 40) {
    return 'the reason is missing or too short';
  }
  if (!KUBERNETES_SOURCE.test(disagreement.source)) {
    return `source ${JSON.stringify(disagreement.source)} is no kubernetes.io page or k/k path`;
  }
  return undefined;
}

export const TABLE_START =
  '<!-- peer-agreement:start (generated by tests/peers/peers.test.ts; UPDATE_PEER_TABLE=1 rewrites it) -->';
export const TABLE_END = '<!-- peer-agreement:end -->';

interface Row {
  tool: Tool;
  topic: string;
  check: string;
  rules: Set<string>;
  cases: number;
  agree: number;
  ours: number;
  peer: number;
  deliberate: number;
}

/**
 * The agreement table: one row per peer check and topic, with the scaleplan rules compared,
 * the cases, how many agree, and the documented disagreements by whose mistake they are. A
 * case whose actual result contradicts its listed verdict fails its own test first, so the
 * table only ever shows documented disagreements.
 */
export async function agreementTable(groups: readonly PeerGroup[]): Promise<string> {
  const rows = new Map<string, Row>();
  for (const group of groups) {
    for (const testCase of group.cases) {
      if (testCase.check === 'none') {
        continue;
      }
      const key = `${group.topic}\u0000${group.tool}\u0000${testCase.check}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          tool: group.tool,
          topic: group.topic,
          check: testCase.check,
          rules: new Set(),
          cases: 0,
          agree: 0,
          ours: 0,
          peer: 0,
          deliberate: 0,
        };
        rows.set(key, row);
      }
      row.rules.add(testCase.rule);
      row.cases += 1;
      const actual = await reported(testCase);
      if (agrees(testCase, actual)) {
        row.agree += 1;
      } else {
        const problem = undocumented(testCase.disagreement);
        if (problem || !testCase.disagreement) {
          throw new Error(
            `${testCase.check} ${testCase.fixture}: undocumented disagreement (${problem})`,
          );
        }
        row[testCase.disagreement.whose] += 1;
      }
    }
  }
  const lines = [
    "| Topic | Peer | Check | scaleplan | Cases | Agree | Ours | Peer's mistake | Deliberate |",
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const sorted = [...rows.values()].sort(
    (a, b) =>
      a.topic.localeCompare(b.topic) ||
      a.tool.localeCompare(b.tool) ||
      a.check.localeCompare(b.check),
  );
  let totals = { cases: 0, agree: 0, ours: 0, peer: 0, deliberate: 0 };
  for (const row of sorted) {
    lines.push(
      `| ${row.topic} | ${row.tool} | \`${row.check}\` | ${[...row.rules]
        .sort()
        .map((rule) => `[\`${rule}\`](rules/${rule}.md)`)
        .join(
          ', ',
        )} | ${row.cases} | ${row.agree} | ${row.ours} | ${row.peer} | ${row.deliberate} |`,
    );
    totals = {
      cases: totals.cases + row.cases,
      agree: totals.agree + row.agree,
      ours: totals.ours + row.ours,
      peer: totals.peer + row.peer,
      deliberate: totals.deliberate + row.deliberate,
    };
  }
  lines.push(
    `| **All** | | | | ${totals.cases} | ${totals.agree} | ${totals.ours} | ${totals.peer} | ${totals.deliberate} |`,
  );
  return lines.join('\n');
}

/** The disagreements of one kind (ours or the peer's), listed under the table with reasons. */
export async function mistakes(groups: readonly PeerGroup[], whose: Whose): Promise<string> {
  const lines: string[] = [];
  for (const group of groups) {
    for (const testCase of group.cases) {
      const { disagreement } = testCase;
      if (disagreement?.whose === whose && !agrees(testCase, await reported(testCase))) {
        lines.push(
          `- ${group.tool} \`${testCase.check}\`, \`${testCase.fixture}\`: ${disagreement.why} (${disagreement.source})`,
        );
      }
    }
  }
  return lines.length === 0 ? '- none' : [...new Set(lines)].sort().join('\n');
}
