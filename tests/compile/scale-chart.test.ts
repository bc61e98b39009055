import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP } from '../../src/k8s/autoscaling.js';
import { simulate, type Autoscaler } from '../../src/k8s/hpa-controller.js';
import {
  chartPoints,
  scaleChartMermaid,
  scaleChartTable,
  stepDemand,
} from '../../src/compile/scale-chart.js';
import { ROOT } from '../_utils.js';

// The real mermaid package checks every chart text scaleplan writes, so a broken chart
// cannot ship. Its parser needs a DOM for DOMPurify; jsdom provides one.
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const mermaid = (await import('mermaid')).default;
  parse = (text) => mermaid.parse(text);
});

function mermaidBody(block: string): string {
  return block.replace(/^```mermaid\n/, '').replace(/\n```$/, '');
}

const web: Autoscaler = {
  minReplicas: 2,
  maxReplicas: 20,
  scaleUp: DEFAULT_SCALE_UP,
  scaleDown: DEFAULT_SCALE_DOWN,
};

describe('the scale chart', () => {
  // ×4 from minute 2 to minute 12 on a load worth 4 replicas, 20 minutes in all.
  const steps = simulate(web, stepDemand({ base: 4, factor: 4, from: 120, until: 720 }), {
    startReplicas: 4,
    durationSeconds: 1200,
  });

  it('parses with mermaid as an xychart', async () => {
    await expect(
      parse(mermaidBody(scaleChartMermaid('web: ×4 load for 10 minutes', steps))),
    ).resolves.toMatchObject({
      diagramType: 'xychart',
    });
  });

  it('the parser does reject a broken chart (the check can fail)', async () => {
    const broken = mermaidBody(scaleChartMermaid('web', steps)).replace('line [', 'line [[');
    await expect(parse(broken)).rejects.toThrow(/Parse error/);
  });

  it('keeps a title with quotes and line breaks parseable', async () => {
    await expect(
      parse(mermaidBody(scaleChartMermaid('a "quoted"\nname\\', steps))),
    ).resolves.toBeDefined();
  });

  it('plots the replicas at equal 30 s marks', () => {
    const points = chartPoints(steps);
    expect(points).toHaveLength(41);
    // Scale-up at 120 s: 4 → 8 (double or 4 pods), at 135 s → 16, seen at the 150 s mark.
    expect(points.map((point) => point.replicas).slice(3, 6)).toEqual([4, 8, 16]);
  });

  it('puts the numbers in a table for readers without Mermaid', () => {
    // One row at the start, the end, and wherever the load or the replica count moved: the
    // step at 2 min (4 → 8, double or 4 pods), 2.25 min (→ 16), the drop at 12 min, and the
    // scale-down once the last high proposal (11.75 min) leaves the 5-minute window.
    expect(scaleChartTable(steps).split('\n')).toEqual([
      '| Minute | Load (replicas) | Replicas |',
      '| ---: | ---: | ---: |',
      '| 0 | 4 | 4 |',
      '| 2 | 16 | 8 |',
      '| 2.25 | 16 | 16 |',
      '| 12 | 4 | 16 |',
      '| 16.75 | 4 | 4 |',
      '| 20 | 4 | 4 |',
    ]);
  });
});

/** Every RUNBOOK.md the repository commits (seed overlays and golden specs). */
function committedRunbooks(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(directory, entry.name);
    return entry.isDirectory()
      ? committedRunbooks(child)
      : entry.name === 'RUNBOOK.md'
        ? [child]
        : [];
  });
}

describe('the charts of the committed RUNBOOKs', () => {
  const runbooks = [
    ...committedRunbooks(path.join(ROOT, 'overlays')),
    ...committedRunbooks(path.join(ROOT, 'fixtures/specs')),
  ];

  it('finds RUNBOOKs with charts', () => {
    const charts = runbooks.filter((file) => fs.readFileSync(file, 'utf8').includes('```mermaid'));
    expect(charts.length).toBeGreaterThan(5);
  });

  it.each(runbooks.map((file) => path.relative(ROOT, file)))(
    '%s: every chart parses',
    async (file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/```mermaid\n([\s\S]*?)\n```/g)) {
        await expect(parse(match[1] ?? '')).resolves.toMatchObject({ diagramType: 'xychart' });
      }
    },
  );
});
