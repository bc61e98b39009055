import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { diffCapacity } from '../../src/capacity/diff.js';
import type { CapacityReport } from '../../src/capacity/report.js';
import { capacitySection } from '../../src/integrations/action/capacity.js';
import { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP } from '../../src/k8s/autoscaling.js';
import { capacityOf } from '../../src/k8s/capacity.js';
import { capacityMarkdown, changesMarkdown } from '../../src/format/capacity.js';
import { manifestSet } from '../k8s/helpers.js';

function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

function report(text: string): CapacityReport {
  return {
    namespaces: capacityOf(manifestSet(text), '1.34'),
    autoscalers: [],
    pools: [],
    unbounded: [],
  };
}

const ROLLOUT = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: checkout, namespace: shop}
spec:
  selector: {matchLabels: {app: checkout}}
  template:
    metadata: {labels: {app: checkout}}
    spec:
      containers:
        - name: app
          image: registry.example.com/checkout:1.0.0
          resources: {requests: {cpu: 250m, memory: 256Mi}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: checkout, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: checkout}
  minReplicas: 3
  maxReplicas: 12
`;

describe('capacity in Markdown', () => {
  it('counts an Argo Rollout with its HPA: 12 × 250m = 3 cores, 12 × 256Mi = 3Gi', () => {
    const shop = report(ROLLOUT).namespaces[0];
    expect(shop?.workloads.map((w) => [w.kind, w.minReplicas, w.maxReplicas])).toEqual([
      ['Rollout', 3, 12],
    ]);
    expect(shop?.requestsAtMax).toEqual({ cpu: 3, memory: 3 * 2 ** 30 });
  });

  it('renders as a GitHub-flavoured table, one row per workload plus the total', () => {
    const rendered = html(capacityMarkdown(report(ROLLOUT)));
    expect(rendered.match(/<tr>/g)).toHaveLength(3);
    expect(rendered).toContain('<td>Rollout checkout</td>');
    expect(rendered).toContain('<td><strong>Total</strong></td>');
  });

  it('escapes manifest-controlled names: no HTML, no extra table cells, no mentions', () => {
    const hostile = ROLLOUT.replace(
      /name: checkout, namespace/g,
      'name: "a|b<img src=x>@team", namespace',
    ).replace('kind: Rollout, name: checkout', 'kind: Rollout, name: "a|b<img src=x>@team"');
    const rendered = html(capacityMarkdown(report(hostile)));
    expect(rendered).not.toContain('<img');
    expect(rendered).not.toMatch(/@team/);
    for (const row of rendered.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      expect(row.match(/<t[dh]/g)).toHaveLength(4);
    }
    const changes = changesMarkdown(
      diffCapacity({ namespaces: [], autoscalers: [], pools: [], unbounded: [] }, report(hostile)),
    );
    expect(html(changes)).not.toContain('<img');
  });
});

describe("the pull request's capacity section", () => {
  const autoscaler = (name: string) => ({
    namespace: 'shop',
    kind: 'HorizontalPodAutoscaler',
    name,
    minReplicas: 2,
    maxReplicas: 10,
    scaleUp: DEFAULT_SCALE_UP,
    scaleDown: DEFAULT_SCALE_DOWN,
  });
  const empty: CapacityReport = { namespaces: [], autoscalers: [], pools: [], unbounded: [] };

  it('says nothing when nothing changed', () => {
    expect(capacitySection({ base: empty, head: empty, changes: [], changedAutoscalers: [] })).toBe(
      '',
    );
  });

  it('charts at most four autoscalers and counts the rest, so the comment stays small', () => {
    const many = Array.from({ length: 10 }, (_, index) => autoscaler(`web-${index}`));
    const section = capacitySection({
      base: empty,
      head: empty,
      changes: [],
      changedAutoscalers: many,
    });
    expect(section.match(/```mermaid/g)).toHaveLength(4);
    expect(section).toContain('And 6 more autoscaler(s), not charted.');
    expect(section.length).toBeLessThan(30_000);
  });
});
