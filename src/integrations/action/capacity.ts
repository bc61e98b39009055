/*
 * The pull request's capacity section: what the change does to the most the namespaces can
 * run (requests at maximum scale against quotas and node pools), and how each autoscaler the
 * change touches moves under a step load. Empty when nothing changed, so the comment then
 * says nothing about capacity.
 */
import type { CapacityComparison } from '../../capacity/compare.js';
import { SCALED_OBJECT_KIND } from '../../k8s/autoscaling.js';
import { stepLoadChart, STEP_LOAD } from '../../compile/scale-chart.js';
import { changesMarkdown } from '../../format/capacity.js';
import { escapeMarkdownText } from '../../format/markdown.js';

/** Charts are a few kilobytes each: a handful keeps the comment readable and within limits. */
const MAX_CHARTS = 4;

export function capacitySection(comparison: CapacityComparison): string {
  const parts: string[] = [];
  const changes = changesMarkdown(comparison.changes);
  if (changes) {
    parts.push(changes.trimEnd());
  }
  const charts = comparison.changedAutoscalers.slice(0, MAX_CHARTS).map((autoscaler) => {
    const label = `${autoscaler.kind} ${autoscaler.name} (${autoscaler.namespace})`;
    const { chart, table } = stepLoadChart(autoscaler.name, {
      // KEDA's HPA stops at one replica; KEDA itself takes the last step to zero.
      minReplicas:
        autoscaler.kind === SCALED_OBJECT_KIND
          ? Math.max(1, autoscaler.minReplicas)
          : autoscaler.minReplicas,
      maxReplicas: autoscaler.maxReplicas,
      scaleUp: autoscaler.scaleUp,
      scaleDown: autoscaler.scaleDown,
    });
    return `#### ${escapeMarkdownText(label)} under a ×${STEP_LOAD.factor} step load\n\n${chart}\n\n${table}`;
  });
  if (charts.length > 0) {
    const more = comparison.changedAutoscalers.length - charts.length;
    parts.push(
      [
        `### Autoscalers this change touches`,
        `Ten minutes of ×${STEP_LOAD.factor} the load their minimum carries, simulated with the HPA controller's rules (bars: load in replicas' worth; line: replicas; pods assumed ready at once).`,
        ...charts,
        ...(more > 0 ? [`And ${more} more autoscaler(s), not charted.`] : []),
      ].join('\n\n'),
    );
  }
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
