import path from 'node:path';
import { Minimatch } from 'minimatch';
import { ScaleplanError } from '../errors.js';
import { collectInputs, realPathOf, type Input } from '../load/inputs.js';
import { loadConfig } from './config/find.js';
import { RuleSettingsResolver } from './config/resolve.js';
import type { ResolvedConfig } from './config/types.js';
import { lintSets, prepareRules, summarize, type LintResult } from './engine.js';
import { addFile, loadInputs, type LoadedSet } from '../load/load.js';
import { SourceFile } from '../source/source-file.js';
import type { AnyRule, RunSettings } from './rule.js';
import { rules as builtinRules } from './rules/index.js';
import { counted, quotedList } from '../shared/words.js';
import {
  cacheFileFor,
  ParseCache,
  type CacheStats,
  type CacheStrategy,
} from '../load/parse-cache.js';
import { BUILD, VERSION } from '../version.js';

/** Kubernetes minor version assumed when neither the run nor the config names one. */
export const DEFAULT_KUBE_VERSION = '1.34';
export const DEFAULT_NAMESPACE = 'default';

export interface LintRequest {
  /** Files, directories, globs, or `-` for stdin. */
  paths: readonly string[];
  cwd: string;
  /** Explicit config file; otherwise `.scaleplan.yaml` is looked for upwards from `cwd`. */
  configFile?: string;
  /** A config already resolved (takes precedence over `configFile`). */
  config?: ResolvedConfig;
  kubeVersion?: string;
  namespace?: string;
  /** Report findings only for files matching these globs; every file is still linted. */
  onlyFiles?: readonly string[];
  /**
   * Of `onlyFiles`, the globs a user typed: each must match a file that was read, else the
   * run is a usage error (a typo would otherwise pass CI by reporting nothing).
   */
  onlyFilesMustMatch?: readonly string[];
  /**
   * With `onlyFiles`, visit only the objects whose findings can be reported (default). False
   * runs every rule over every object and filters afterwards: the reference the equivalence
   * tests compare scoped runs with.
   */
  scoped?: boolean;
  env: NodeJS.ProcessEnv;
  readStdin?: () => Promise<string>;
  rules?: readonly AnyRule[];
  /** Parse files through the lint cache (`--cache`); see load/parse-cache.ts. */
  cache?: LintCacheRequest;
}

export interface LintCacheRequest {
  /** File or directory (see cacheFileFor); default under node_modules/.cache or .scaleplan-cache. */
  location?: string;
  strategy?: CacheStrategy;
  /** Tests only: pretend to be another version or build. */
  version?: { version: string; build: string };
}

export interface LintReport extends LintResult {
  settings: RunSettings;
  config: ResolvedConfig;
  /** Real paths of the files read from disk (an adapter must never write over one). */
  inputFiles: string[];
  /** What the run left out on purpose and the user should hear of (not findings). */
  notices: string[];
  /** How the lint cache served the run, when it used one. */
  cache?: CacheStats;
}

/** Lints manifests named on a command line: the library call behind every adapter. */
export async function lint(request: LintRequest): Promise<LintReport> {
  const config = request.config ?? loadConfig(request.configFile, request.cwd);
  const settings = runSettings(request, config);
  const notices: string[] = [];
  const inputs = collectInputs(request.paths, {
    cwd: request.cwd,
    ignore: config.ignore,
    ignoreBase: config.baseDirectory,
    onSkippedLink: ({ link, root }) =>
      notices.push(
        `${link} is a symlink out of ${root}; not followed (a directory walk stays inside the directory it was given; name the target to lint it).`,
      ),
  });
  const cache = request.cache && openCache(request.cache, request.cwd);
  const sets = await loadInputs(cache ? withoutFile(inputs, cache.file) : inputs, {
    cwd: request.cwd,
    defaultNamespace: settings.defaultNamespace,
    env: request.env,
    readStdin: request.readStdin ?? (() => Promise.resolve('')),
    buildFailuresAsFindings: true,
    ...(config.limits ? { limits: config.limits } : {}),
    ...(cache ? { cache } : {}),
  });
  // Saved once the files are read, and again after the lint: objects the cache deferred are
  // decoded while linting, and a payload found damaged then was parsed again.
  let unsaved = cache?.save();
  const inputFiles = sets.flatMap((set) =>
    set.files.flatMap((file) =>
      file.absolutePath !== undefined ? [realPathOf(file.absolutePath)] : [],
    ),
  );
  const result = await lintLoaded(sets, config, settings, request);
  unsaved ??= cache?.save();
  if (unsaved !== undefined) {
    notices.push(`${unsaved}; the next run parses every file again.`);
  }
  return {
    ...result,
    settings,
    config,
    inputFiles,
    notices,
    ...(cache ? { cache: cache.stats } : {}),
  };
}

/** The inputs but the cache file, should a walk or a glob come across it. */
function withoutFile(inputs: readonly Input[], file: string): Input[] {
  return inputs.filter((input) => input.kind !== 'file' || input.absolutePath !== file);
}

function openCache(request: LintCacheRequest, cwd: string): ParseCache {
  const { file, ignoredByGit } = cacheFileFor(cwd, request.location);
  return ParseCache.open({
    file,
    ignoredByGit,
    strategy: request.strategy ?? 'metadata',
    version: request.version?.version ?? VERSION,
    build: request.version?.build ?? BUILD,
  });
}

export function runSettings(
  request: Pick<LintRequest, 'kubeVersion' | 'namespace'>,
  config: ResolvedConfig,
): RunSettings {
  return {
    kubeVersion: normalizeKubeVersion(
      request.kubeVersion ?? config.kubeVersion ?? DEFAULT_KUBE_VERSION,
    ),
    defaultNamespace: request.namespace ?? config.namespace ?? DEFAULT_NAMESPACE,
  };
}

/**
 * Lints sets that are already loaded (the compiler and the Argo CD plugin use this). Async
 * because enabled rules are prepared first: schema-invalid loads the validators of the kinds
 * present only.
 */
export async function lintLoaded(
  sets: readonly LoadedSet[],
  config: ResolvedConfig,
  settings: RunSettings,
  request: Pick<LintRequest, 'cwd' | 'onlyFiles' | 'onlyFilesMustMatch' | 'rules' | 'scoped'>,
): Promise<LintResult> {
  const rules = request.rules ?? builtinRules;
  const resolver = new RuleSettingsResolver(config, request.cwd);
  await prepareRules(
    rules.filter((rule) => resolver.isEnabledAnywhere(rule.id)),
    sets,
  );
  const onlyFiles = request.onlyFiles ?? [];
  const relativePath = (file: string): string =>
    // Findings and files already carry paths relative to the working directory: the common
    // case needs no resolving, which a scoped run asks for every file of a large set.
    isPlainRelative(file)
      ? file
      : path.relative(request.cwd, path.resolve(request.cwd, file)).split(path.sep).join('/');
  const matchesOnly = patternMatcher(onlyFiles);
  const matches = (file: string): boolean => matchesOnly(relativePath(file));
  // With --only-files, rules visit only the objects whose findings can be reported (scoped
  // evaluation, see EngineOptions.reportOn); the filter below keeps exactly those findings.
  const result = lintSets(sets, {
    rules,
    config,
    settings,
    cwd: request.cwd,
    ...(onlyFiles.length > 0 && request.scoped !== false
      ? { reportOn: (file: SourceFile) => matches(file.path) }
      : {}),
  });
  if (onlyFiles.length === 0) {
    return result;
  }
  const mustMatch = request.onlyFilesMustMatch ?? [];
  if (mustMatch.length > 0) {
    // The files read, and the sources a Kustomize render's findings map back to (rendered
    // objects are always visited, so a scoped run finds the same sources).
    const readPaths = [
      ...new Set([
        ...sets.flatMap((set) => set.files.map((file) => relativePath(file.path))),
        ...[...result.findings, ...result.suppressed].map((finding) => relativePath(finding.file)),
      ]),
    ];
    const unmatched = mustMatch.filter((pattern) => {
      const matchesPattern = patternMatcher([pattern]);
      return !readPaths.some(matchesPattern);
    });
    if (unmatched.length > 0) {
      throw new ScaleplanError(
        'USAGE',
        `--only-files ${quotedList(unmatched)} ${unmatched.length === 1 ? 'matches' : 'match'} none of the ${counted(readPaths.length, 'file')} linted; check the pattern (it is relative to the working directory).`,
      );
    }
  }
  const filtered = summarize(
    result.findings.filter((finding) => matches(finding.file)),
    result.suppressed.filter((finding) => matches(finding.file)),
    {
      files: result.summary.files,
      objects: result.summary.objects,
      skippedDocuments: result.summary.skippedDocuments,
    },
  );
  return result.fixSources ? { ...filtered, fixSources: result.fixSources } : filtered;
}

/**
 * Whether a relative path matches any of the patterns: globs through minimatch, and patterns
 * without glob characters (the staged files a pre-commit run names, thousands of times per
 * run on a large repository) by equality, which is what minimatch makes of them.
 */
function patternMatcher(patterns: readonly string[]): (relative: string) => boolean {
  const literals = new Set<string>();
  const globs: Minimatch[] = [];
  for (const pattern of new Set(patterns)) {
    if (isPlainRelative(pattern) && !GLOB_CHARACTERS.test(pattern)) {
      literals.add(pattern);
    } else {
      globs.push(new Minimatch(pattern, { dot: true }));
    }
  }
  return (relative) =>
    literals.has(relative) ||
    globs.some((glob) => relative === glob.pattern || glob.match(relative));
}

/** Characters minimatch may read as more than themselves (globs, classes, braces, extglobs). */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/**
 * Whether a path is relative and normal already (`a/b.yaml`; not `./a`, `a/../b`, `a//b`,
 * `/a`, or one with backslashes), so that resolving it against the working directory and
 * making it relative again gives it back unchanged.
 */
function isPlainRelative(file: string): boolean {
  return path.sep === '/' && file !== '' && !NOT_PLAIN_RELATIVE.test(file);
}

/** A leading or trailing slash, `//`, a backslash, or a `.` or `..` segment. */
const NOT_PLAIN_RELATIVE = /^\/|\/$|\/\/|\\|(?:^|\/)\.\.?(?:\/|$)/;

/** Accepts `1.30`, `v1.30`, `1.30.2`, `v1.30.2+k3s1` (Argo CD's KUBE_VERSION) → `1.30`. */
export function normalizeKubeVersion(version: string): string {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  if (!match) {
    throw new ScaleplanError(
      'USAGE',
      `Invalid Kubernetes version "${version}": expected MAJOR.MINOR, such as 1.30.`,
    );
  }
  return `${match[1]}.${match[2]}`;
}

export interface LintStreamRequest {
  /** A YAML stream (the output of a build). */
  text: string;
  /** The name findings use for it. */
  name: string;
  cwd: string;
  kubeVersion?: string;
  config?: ResolvedConfig;
  /**
   * Streams deployed together with this one (an environment's cluster directory): their
   * objects answer cross-object references; nothing is reported on them.
   */
  context?: readonly { name: string; text: string }[];
}

/** Lints an in-memory YAML stream as one set (build output, Argo CD plugin). */
export async function lintStream(request: LintStreamRequest): Promise<LintResult> {
  const config = request.config ?? loadConfig(undefined, request.cwd);
  const settings = runSettings(
    request.kubeVersion !== undefined ? { kubeVersion: request.kubeVersion } : {},
    config,
  );
  const set: LoadedSet = {
    label: request.name,
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  };
  addFile(set, new SourceFile(request.name, request.text), settings.defaultNamespace);
  if (request.context && request.context.length > 0) {
    const context: LoadedSet = { ...set, label: 'context', manifests: [], problems: [], files: [] };
    for (const entry of request.context) {
      addFile(context, new SourceFile(entry.name, entry.text), settings.defaultNamespace);
    }
    set.context = context.manifests;
  }
  return lintLoaded([set], config, settings, { cwd: request.cwd });
}
