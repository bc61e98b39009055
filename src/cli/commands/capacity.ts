import { compareCapacity } from '../../capacity/compare.js';
import { capacityReport } from '../../capacity/report.js';
import { ScaleplanError } from '../../errors.js';
import {
  capacityJson,
  capacityMarkdown,
  capacityText,
  changesMarkdown,
  changesText,
} from '../../format/capacity.js';
import { parseCommandArgs } from '../args.js';
import { EXIT_OK, type CliIo, type ExitCode } from '../io.js';

export const CAPACITY_HELP = `Usage: scaleplan capacity [PATH]... [--base REF|DIR] [--spec FILE] [--format F]

What the manifests need at maximum scale: per namespace and workload the min and max
replicas and requests × max replicas (cpu, memory, GPUs and other extended resources),
against each ResourceQuota and, with --spec, against the ScalePlan's node pools (nodes
needed at max scale and whether the pool's max size holds them). PATH is what lint reads:
files, directories, globs, Kustomize directories (default: .).

  --base REF|DIR   compare with a git revision (read with git archive into a temporary
                   directory; your working tree is never touched) or another directory,
                   and print only what changed ("GPU at max scale in ml: 8 → 16 (quota 8:
                   now exceeds)"); nothing changed prints "Capacity unchanged."
  --spec FILE      a ScalePlan whose nodePools the workloads are judged against
  --format F       text (default), markdown, json
  -c, --config F   config file (default: .scaleplan.yaml found upwards)
  --kube-version V Kubernetes version (default: the config's, else 1.34)
  -h, --help       show this help

Exit status: 0 with the report (quota or pool overruns are reported, not failed; lint's
quota-exceeded-at-max-scale is the gate), 2 for unreadable input or bad usage.
`;

const FORMATS = ['text', 'markdown', 'json'] as const;
type CapacityFormat = (typeof FORMATS)[number];

export async function capacityCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('capacity', argv, {
    base: { type: 'string' },
    spec: { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'kube-version': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CAPACITY_HELP);
    return EXIT_OK;
  }
  const format = (values.format ?? 'text') as CapacityFormat;
  if (!FORMATS.includes(format)) {
    throw new ScaleplanError(
      'USAGE',
      `Unknown format "${format}" for capacity; use one of ${FORMATS.join(', ')}.`,
    );
  }
  const request = {
    paths: positionals.length > 0 ? positionals : ['.'],
    cwd: io.cwd,
    env: io.env,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(values['kube-version'] !== undefined ? { kubeVersion: values['kube-version'] } : {}),
    ...(values.spec !== undefined ? { specFile: values.spec } : {}),
  };
  if (values.base !== undefined) {
    const comparison = await compareCapacity({ ...request, base: values.base });
    io.stdout(
      format === 'json'
        ? capacityJson(comparison)
        : format === 'markdown'
          ? changesMarkdown(comparison.changes) || 'Capacity unchanged.\n'
          : changesText(comparison.changes),
    );
    return EXIT_OK;
  }
  const report = await capacityReport(request);
  io.stdout(
    format === 'json'
      ? capacityJson(report)
      : format === 'markdown'
        ? capacityMarkdown(report)
        : capacityText(report),
  );
  return EXIT_OK;
}
