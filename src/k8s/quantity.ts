/**
 * Kubernetes resource quantities (`100m`, `1.5Gi`, `2e3`), parsed as Kubernetes does:
 * `<signed number><suffix>` where the suffix is binary SI (Ki…Ei), decimal SI (n u m k M G T P E)
 * or a decimal exponent (e3, E-2).
 */

const BINARY_SUFFIXES: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const QUANTITY_PATTERN =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([KMGTPE]i|[numkMGTPE])|[eE]([+-]?\d+))?$/;

/** The value of a quantity in base units (cores, bytes, devices), or undefined if invalid. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = QUANTITY_PATTERN.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const number = Number(match[1]);
  const suffix = match[2];
  if (match[3] !== undefined) {
    return number * 10 ** Number(match[3]);
  }
  if (suffix === undefined) {
    return number;
  }
  const multiplier = BINARY_SUFFIXES[suffix] ?? DECIMAL_SUFFIXES[suffix];
  return multiplier === undefined ? undefined : number * multiplier;
}

/** True for quantities that are whole numbers (extended resources must be). */
export function isWholeQuantity(value: unknown): boolean {
  const parsed = parseQuantity(value);
  return parsed !== undefined && Number.isInteger(Math.round(parsed * 1e9) / 1e9);
}

/** Formats a quantity of a resource for messages: cores as `1500m`/`2`, bytes as `Gi`/`Mi`. */
export function formatQuantity(resource: string, value: number): string {
  const rounded = (n: number): string => String(Math.round(n * 1000) / 1000);
  if (isCpuResource(resource)) {
    return Number.isInteger(value) ? String(value) : `${Math.round(value * 1000)}m`;
  }
  if (isByteResource(resource)) {
    for (const [suffix, size] of [
      ['Ti', 2 ** 40],
      ['Gi', 2 ** 30],
      ['Mi', 2 ** 20],
      ['Ki', 2 ** 10],
    ] as const) {
      if (Math.abs(value) >= size) {
        return `${rounded(value / size)}${suffix}`;
      }
    }
  }
  return rounded(value);
}

function baseName(resource: string): string {
  return resource.replace(/^(requests|limits)\./, '');
}

export function isCpuResource(resource: string): boolean {
  return baseName(resource) === 'cpu';
}

export function isByteResource(resource: string): boolean {
  const name = baseName(resource);
  return (
    name === 'memory' ||
    name === 'ephemeral-storage' ||
    name.startsWith('hugepages-') ||
    name === 'storage'
  );
}

/**
 * Extended resources are the ones outside the `kubernetes.io` domain that contain a `/`
 * (`nvidia.com/gpu`, `amd.com/gpu`); hugepages are native.
 */
export function isExtendedResource(resource: string): boolean {
  if (!resource.includes('/')) {
    return false;
  }
  const domain = resource.slice(0, resource.indexOf('/'));
  return domain !== 'kubernetes.io' && !domain.endsWith('.kubernetes.io');
}
