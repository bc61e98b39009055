/**
 * The layering of src/ as a check (run by `npm run lint` and `check:quick`): every import,
 * type-only and dynamic ones included, points down the layers of docs/architecture.md, and
 * no module depends on itself through others. Prints each violation and exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Layers from the bottom. A folder may import its own layer and those below it; folders of
 * one rank are siblings and do not import each other. `generated` is a leaf that anyone may
 * import; `testing` is imported by no production code.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['shared', 'errors.ts', 'version.ts'],
  ['source'],
  ['k8s'],
  ['load'],
  ['lint', 'plan'],
  ['compile', 'capacity', 'testing'],
  ['format'],
  ['integrations'],
  ['cli'],
  ['index.ts'],
];

const LEAF = 'generated';

function rankOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit));
}

/** `src/k8s/quota.ts` → `k8s`; `src/errors.ts` → `errors.ts`. */
function unitOf(file: string): string {
  const parts = path.relative(path.join(ROOT, 'src'), file).split(path.sep);
  return parts.length === 1 ? (parts[0] ?? '') : (parts[0] ?? '');
}

function sourceFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const child = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      found.push(...sourceFiles(child));
    } else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      found.push(child);
    }
  }
  return found.sort();
}

/** The files of `roots` a file imports (relative specifiers resolved to .ts/.js files). */
export function importGraph(roots: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap((root) => sourceFiles(path.join(ROOT, root)))) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets: string[] = [];
    for (const reference of info.importedFiles) {
      if (!reference.fileName.startsWith('.')) {
        continue;
      }
      const resolved = path.resolve(path.dirname(file), reference.fileName);
      const candidate = [
        resolved.replace(/\.js$/, '.ts'),
        resolved,
        resolved.replace(/\.js$/, '.d.ts'),
      ].find((name) => fs.existsSync(name) && fs.statSync(name).isFile());
      if (candidate !== undefined) {
        targets.push(candidate);
      }
    }
    graph.set(file, targets);
  }
  return graph;
}

export function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  const srcRoot = path.join(ROOT, 'src') + path.sep;
  for (const [file, targets] of graph) {
    if (!file.startsWith(srcRoot)) {
      continue;
    }
    const from = unitOf(file);
    for (const target of targets) {
      const shown = `${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}`;
      if (!target.startsWith(srcRoot)) {
        continue;
      }
      const to = unitOf(target);
      if (from === to) {
        continue;
      }
      if (from === LEAF) {
        problems.push(`${shown}: src/generated is a leaf and imports nothing hand-written.`);
        continue;
      }
      if (to === LEAF) {
        continue;
      }
      if (to === 'testing') {
        problems.push(`${shown}: production code does not depend on test support.`);
        continue;
      }
      const fromRank = rankOf(from);
      const toRank = rankOf(to);
      if (fromRank === -1 || toRank === -1) {
        problems.push(
          `${shown}: ${fromRank === -1 ? from : to} has no layer in scripts/check-layers.ts.`,
        );
      } else if (toRank > fromRank) {
        problems.push(`${shown}: ${from} is below ${to}; imports point down the layers.`);
      } else if (toRank === fromRank) {
        problems.push(`${shown}: ${from} and ${to} are siblings and do not import each other.`);
      }
    }
  }
  return problems;
}

/** Every strongly connected set of two or more modules (Tarjan), as `a → b → a`. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) {
        continue;
      }
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(path.relative(ROOT, member));
        }
      } while (member !== undefined && member !== node);
      if (component.length > 1) {
        component.sort();
        found.push(`${[...component, component[0]].join(' → ')}`);
      }
    }
  };
  for (const node of [...graph.keys()].sort()) {
    if (!index.has(node)) {
      connect(node);
    }
  }
  return found.sort();
}

function main(): void {
  const graph = importGraph(['src', 'bench', 'scripts']);
  const problems = [
    ...layerViolations(graph),
    ...cycles(graph).map((cycle) => `Import cycle: ${cycle}`),
  ];
  for (const problem of problems) {
    console.error(problem);
  }
  if (problems.length > 0) {
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main();
}
