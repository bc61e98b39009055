import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The five seed systems (../shared/seeds/*.md) as ScalePlans: where the spec is, where its
 * compiled overlays are committed, and the environments the spec must have. Written out
 * here rather than read from the specs, so that a spec losing an environment fails a test.
 */
export interface SeedSystem {
  name: string;
  /** The seed document the system comes from. */
  seed: string;
  environments: readonly string[];
  /** The cluster every environment of the seed is on (its directory is `clusters/<cluster>`). */
  cluster: string;
  /** `spec.kubeVersion`, which the compiled set is linted against. */
  kubeVersion?: string;
}

export const SEED_SYSTEMS: readonly SeedSystem[] = [
  {
    name: 'opifex',
    seed: 'opifex-scalability.md',
    environments: ['production'],
    cluster: 'default',
    kubeVersion: '1.28',
  },
  {
    name: 'sutazai',
    seed: 'sutazai-autoscaling.md',
    environments: ['production'],
    cluster: 'default',
  },
  {
    name: 'ai-inference',
    seed: 'ai-inference-scaling.md',
    environments: ['production', 'staging'],
    cluster: 'default',
  },
  {
    name: 'hsof',
    seed: 'hsof-scaling-runbook.md',
    environments: ['production'],
    cluster: 'default',
  },
  {
    name: 'llm-platform',
    seed: 'llm-platform-autoscaling.md',
    environments: ['production', 'staging'],
    cluster: 'aks-llm',
  },
];

export function systemDirectory(system: SeedSystem): string {
  return `fixtures/seeds/${system.name}`;
}

export function specPath(system: SeedSystem): string {
  return `${systemDirectory(system)}/scaleplan.yaml`;
}

export function overlayDirectory(system: SeedSystem): string {
  return `overlays/${system.name}`;
}

/** The directories compile writes for a system: each environment's, then its cluster's. */
export function compiledDirectories(system: SeedSystem): string[] {
  return [...system.environments, `clusters/${system.cluster}`];
}

/** Every regular file below a directory, as sorted `/`-separated paths relative to it. */
export function filesBelow(directory: string, prefix = ''): string[] {
  const result: string[] = [];
  for (const entry of fs.readdirSync(path.join(directory, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      result.push(...filesBelow(directory, relative));
    } else {
      result.push(relative);
    }
  }
  return result.sort();
}
