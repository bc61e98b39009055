/*
 * The lint cache (`scaleplan lint --cache`): the parse of every file read from disk, kept
 * between runs in one file, so that a run re-parses only the files that changed.
 *
 * What is cached is what depends on a file's bytes and on the parser alone: the documents'
 * values, the parse problems and the document count positions are found with. Nothing that
 * depends on the config, the Kubernetes version or the other files (rules, findings) is
 * kept, so those can never be served stale; the key is the content hash, and the cache as a
 * whole belongs to one cache format, scaleplan version and build.
 *
 * Layout (one file, written to a temporary file and renamed into place, so a reader sees
 * the old or the new cache, never half of one): a header line (JSON: format, version,
 * build, payload length), an index line (JSON: absolute path → stat, hash, payload span),
 * then the payloads, one JSON text per file, parsed only when its entry is used. Anything
 * that does not fit (another format or build, a truncated file, an entry or payload of the
 * wrong shape) is ignored and rewritten, never trusted.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { writeFileAtomically } from '../shared/atomic-write.js';
import { parseSourceFile, type ParseProblem, type ParseResult } from '../source/parse.js';
import { SourceFile } from '../source/source-file.js';
import { describeReadError } from './read.js';

/**
 * `metadata`: a file whose size, inode, modification and change times are what the cache
 * recorded is not read at all (ESLint's default); `content`: every file is read and hashed.
 * In both, the content hash decides whether a cached parse is the file's: metadata only
 * skips reading when it proves nothing changed (see `isSettled`).
 */
export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

export const CACHE_FORMAT = 1;
/** The file a cache directory holds (not .json or .yaml: a directory walk never lints it). */
export const CACHE_FILE_NAME = 'lint.cache';

/**
 * A file changed less than this long before it was read may change again within the same
 * timestamp tick (coarse file systems count in seconds, FAT in two): its metadata is not
 * trusted until a later run has hashed it again (git's "racily clean" entries).
 */
const RACY_NANOSECONDS = 2_000_000_000n;

export interface ParseCacheOptions {
  /** The cache file. */
  file: string;
  /** Also write a `.gitignore` of `*` beside it (the default `.scaleplan-cache/` folder). */
  ignoredByGit?: boolean;
  strategy: CacheStrategy;
  /** scaleplan's version and build: a cache written by another is ignored. */
  version: string;
  build: string;
}

/** [size, inode, device, mtime ns, ctime ns] as decimal strings (bigint stat). */
type Stamp = [string, string, string, string, string];

interface Entry {
  stamp: Stamp;
  /** sha256 of the bytes, base64. */
  hash: string;
  /** Whether the stamp may stand for the content (not racily fresh when it was taken). */
  settled: boolean;
  /** The payload's JSON text, or null when the parse cannot be kept as JSON. */
  payload: string | null;
}

interface Payload {
  /** Document values. */
  d: unknown[];
  /** Ordinals, when not 0, 1, 2 …. */
  o?: number[];
  p?: ParseProblem[];
  /** SourceFile.fastDocumentCount. */
  f?: number;
}

/** What the cache gives for one file: the file (text read lazily when deferred) and its parse. */
export interface CachedRead {
  file: SourceFile;
  parsed: ParseResult;
}

export interface CacheStats {
  /** Files whose parse came from the cache without reading them. */
  unread: number;
  /** Files read and hashed whose parse came from the cache. */
  hashed: number;
  /** Files parsed (new, changed, or not cacheable). */
  parsed: number;
  /** Why the cache file on disk was not used, when it was not. */
  discarded?: string;
}

export class ParseCache {
  private readonly entries: Map<string, Entry>;
  private readonly seen = new Set<string>();
  private changed = false;
  readonly stats: CacheStats = { unread: 0, hashed: 0, parsed: 0 };

  private constructor(
    private readonly options: ParseCacheOptions,
    entries: Map<string, Entry>,
    discarded: string | undefined,
  ) {
    this.entries = entries;
    if (discarded !== undefined) {
      this.stats.discarded = discarded;
      this.changed = true;
    }
  }

  /** The cache file (a run never lints it, wherever it is). */
  get file(): string {
    return this.options.file;
  }

  /** Opens the cache file; one that is missing or unusable starts an empty cache. */
  static open(options: ParseCacheOptions): ParseCache {
    let text: string;
    try {
      text = fs.readFileSync(options.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return new ParseCache(
        options,
        new Map(),
        code === 'ENOENT' ? undefined : `unreadable (${code ?? 'error'})`,
      );
    }
    const read = readCacheText(text, options);
    return typeof read === 'string'
      ? new ParseCache(options, new Map(), read)
      : new ParseCache(options, read, undefined);
  }

  /**
   * Reads one file through the cache. `admit` sees its size first (the run's input budget).
   * Read errors are the same exit-2 errors an uncached read gives.
   */
  read(absolutePath: string, shownPath: string, admit: (size: number) => void): CachedRead {
    this.seen.add(absolutePath);
    const stamp = statStamp(absolutePath, shownPath);
    admit(Number(stamp[0]));
    const entry = this.entries.get(absolutePath);
    if (
      entry &&
      this.options.strategy === 'metadata' &&
      entry.settled &&
      sameStamp(entry.stamp, stamp)
    ) {
      const parsed = entry.payload === null ? undefined : decodePayload(entry.payload);
      if (parsed) {
        this.stats.unread++;
        const file = SourceFile.deferred(shownPath, absolutePath, () => {
          const bytes = readBytes(absolutePath, shownPath);
          if (hashOf(bytes) !== entry.hash) {
            throw new ScaleplanError(
              'INPUT_UNREADABLE',
              `${shownPath} changed while it was being linted; run again.`,
              { file: shownPath },
            );
          }
          return bytes;
        });
        file.fastDocumentCount = parsed.fastDocumentCount;
        return { file, parsed: parsed.result };
      }
    }
    const bytes = readBytes(absolutePath, shownPath);
    const hash = hashOf(bytes);
    const file = SourceFile.fromBytes(shownPath, bytes, absolutePath);
    const settled = isSettled(stamp);
    if (entry && entry.hash === hash && entry.payload !== null) {
      const parsed = decodePayload(entry.payload);
      if (parsed) {
        this.stats.hashed++;
        file.fastDocumentCount = parsed.fastDocumentCount;
        if (!sameStamp(entry.stamp, stamp) || entry.settled !== settled) {
          this.entries.set(absolutePath, { ...entry, stamp, settled });
          this.changed = true;
        }
        return { file, parsed: parsed.result };
      }
    }
    this.stats.parsed++;
    const parsed = parseSourceFile(file);
    this.entries.set(absolutePath, {
      stamp,
      hash,
      settled,
      payload: encodePayload(parsed, file.fastDocumentCount),
    });
    this.changed = true;
    return { file, parsed };
  }

  /**
   * Writes the cache when anything changed: entries of files read this run, and of files
   * not read this run that still exist (another run may lint other paths). Returns why it
   * could not be written, if it could not (the run goes on: a cache is an optimisation).
   */
  save(): string | undefined {
    for (const absolutePath of [...this.entries.keys()]) {
      if (!this.seen.has(absolutePath) && !fs.existsSync(absolutePath)) {
        this.entries.delete(absolutePath);
        this.changed = true;
      }
    }
    if (!this.changed) {
      return undefined;
    }
    const index: Record<string, [...Stamp, string, 0 | 1, number, number]> = {};
    const payloads: string[] = [];
    let offset = 0;
    for (const [absolutePath, entry] of this.entries) {
      const payload = entry.payload ?? '';
      index[absolutePath] = [
        ...entry.stamp,
        entry.hash,
        entry.settled ? 1 : 0,
        entry.payload === null ? -1 : offset,
        payload.length,
      ];
      payloads.push(payload);
      offset += payload.length;
    }
    const header = JSON.stringify({
      scaleplanCache: CACHE_FORMAT,
      version: this.options.version,
      build: this.options.build,
      payloadLength: offset,
    });
    const text = `${header}\n${JSON.stringify(index)}\n${payloads.join('')}`;
    const target = this.options.file;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const gitignore = path.join(path.dirname(target), '.gitignore');
      if (this.options.ignoredByGit && !fs.existsSync(gitignore)) {
        fs.writeFileSync(
          gitignore,
          '# Written by scaleplan: the lint cache is not for committing.\n*\n',
        );
      }
      writeFileAtomically(target, text);
    } catch (error) {
      return `the cache ${target} was not written (${describeReadError(error)})`;
    }
    this.changed = false;
    return undefined;
  }
}

/**
 * Where the cache lives: `location` (a file, or a directory: one that exists, or a path
 * ending in a separator) resolved from `cwd`; by default `node_modules/.cache/scaleplan/`
 * when `cwd` has a node_modules folder (where build tools keep caches), else
 * `.scaleplan-cache/` with a `.gitignore` of its own, so that it never shows up as a change.
 */
export function cacheFileFor(
  cwd: string,
  location: string | undefined,
): { file: string; ignoredByGit: boolean } {
  if (location !== undefined) {
    const resolved = path.resolve(cwd, location);
    const directory =
      /[\\/]$/.test(location) || fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory();
    return {
      file: directory ? path.join(resolved, CACHE_FILE_NAME) : resolved,
      ignoredByGit: false,
    };
  }
  const modules = path.join(cwd, 'node_modules');
  if (fs.statSync(modules, { throwIfNoEntry: false })?.isDirectory()) {
    return {
      file: path.join(modules, '.cache', 'scaleplan', CACHE_FILE_NAME),
      ignoredByGit: false,
    };
  }
  return { file: path.join(cwd, '.scaleplan-cache', CACHE_FILE_NAME), ignoredByGit: true };
}

/** The entries of a cache file's text, or why it cannot be used. */
function readCacheText(text: string, options: ParseCacheOptions): Map<string, Entry> | string {
  const headerEnd = text.indexOf('\n');
  const indexEnd = headerEnd === -1 ? -1 : text.indexOf('\n', headerEnd + 1);
  if (indexEnd === -1) {
    return 'not a scaleplan cache (or truncated)';
  }
  let header: unknown;
  let index: unknown;
  try {
    header = JSON.parse(text.slice(0, headerEnd));
    index = JSON.parse(text.slice(headerEnd + 1, indexEnd));
  } catch {
    return 'not a scaleplan cache (or corrupt)';
  }
  const fields = isRecord(header) ? header : {};
  if (fields.scaleplanCache !== CACHE_FORMAT) {
    return 'written in another cache format';
  }
  if (fields.version !== options.version || fields.build !== options.build) {
    return 'written by another scaleplan version or build';
  }
  const payloads = text.slice(indexEnd + 1);
  if (fields.payloadLength !== payloads.length || !isRecord(index)) {
    return 'truncated or corrupt';
  }
  const entries = new Map<string, Entry>();
  for (const [absolutePath, value] of Object.entries(index)) {
    const entry = readEntry(value, payloads);
    if (!entry) {
      return 'corrupt (an entry of the wrong shape)';
    }
    entries.set(absolutePath, entry);
  }
  return entries;
}

function readEntry(value: unknown, payloads: string): Entry | undefined {
  if (!Array.isArray(value) || value.length !== 9) {
    return undefined;
  }
  const [size, inode, device, mtime, ctime, hash, settled, offset, length] = value as unknown[];
  const stamp = [size, inode, device, mtime, ctime];
  if (
    !stamp.every((part) => typeof part === 'string' && /^\d+$/.test(part)) ||
    typeof hash !== 'string' ||
    (settled !== 0 && settled !== 1) ||
    typeof offset !== 'number' ||
    typeof length !== 'number' ||
    !Number.isInteger(offset) ||
    !Number.isInteger(length) ||
    offset < -1 ||
    length < 0 ||
    offset + length > payloads.length
  ) {
    return undefined;
  }
  return {
    stamp: stamp as Stamp,
    hash,
    settled: settled === 1,
    payload: offset === -1 ? null : payloads.slice(offset, offset + length),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statStamp(absolutePath: string, shownPath: string): Stamp {
  let stat: fs.BigIntStats;
  try {
    stat = fs.statSync(absolutePath, { bigint: true });
  } catch (error) {
    throw new ScaleplanError(
      'INPUT_UNREADABLE',
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      undefined,
      { cause: error },
    );
  }
  return [
    String(stat.size),
    String(stat.ino),
    String(stat.dev),
    String(stat.mtimeNs),
    String(stat.ctimeNs),
  ];
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}

/**
 * Whether a stamp taken now can later prove the file unchanged: any write to a file sets its
 * change time to the current time (no tool can set it back, unlike the modification time),
 * so a later stamp equal to this one means no write happened since — unless the write fell
 * in the same timestamp tick as the change this stamp recorded. A change time older than
 * RACY_NANOSECONDS rules that out.
 */
function isSettled(stamp: Stamp): boolean {
  const now = BigInt(Date.now()) * 1_000_000n;
  const newest = BigInt(stamp[3]) > BigInt(stamp[4]) ? BigInt(stamp[3]) : BigInt(stamp[4]);
  return newest < now - RACY_NANOSECONDS;
}

function readBytes(absolutePath: string, shownPath: string): Buffer {
  try {
    return fs.readFileSync(absolutePath);
  } catch (error) {
    throw new ScaleplanError(
      'INPUT_UNREADABLE',
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      undefined,
      { cause: error },
    );
  }
}

function hashOf(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('base64');
}

/**
 * The parse as JSON, or null when JSON cannot carry it exactly: YAML's `.inf` and `.nan`,
 * negative zero, or anything but plain objects, arrays, strings, finite numbers, booleans
 * and null (such a file is parsed on every run).
 */
function encodePayload(parsed: ParseResult, fastDocumentCount: number | undefined): string | null {
  const values = parsed.documents.map((document) => document.value);
  if (!values.every(isJsonExact)) {
    return null;
  }
  const payload: Payload = { d: values };
  if (parsed.documents.some((document, index) => document.ordinal !== index)) {
    payload.o = parsed.documents.map((document) => document.ordinal);
  }
  if (parsed.problems.length > 0) {
    payload.p = parsed.problems;
  }
  if (fastDocumentCount !== undefined) {
    payload.f = fastDocumentCount;
  }
  return JSON.stringify(payload);
}

function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) {
        return true;
      }
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) {
          if (!isJsonExact(item)) {
            return false;
          }
        }
        return true;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) {
        return false;
      }
      for (const key in value) {
        if (!isJsonExact((value as Record<string, unknown>)[key])) {
          return false;
        }
      }
      return true;
    }
    default:
      return false;
  }
}

interface DecodedPayload {
  result: ParseResult;
  fastDocumentCount: number | undefined;
}

/** A payload's parse, or undefined when it is not one (then the file is parsed again). */
function decodePayload(text: string): DecodedPayload | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(payload) || !Array.isArray(payload.d)) {
    return undefined;
  }
  const values = payload.d as unknown[];
  const ordinals = payload.o;
  if (
    ordinals !== undefined &&
    !(
      Array.isArray(ordinals) &&
      ordinals.length === values.length &&
      ordinals.every((ordinal) => Number.isInteger(ordinal))
    )
  ) {
    return undefined;
  }
  const problems = payload.p ?? [];
  if (!Array.isArray(problems) || !problems.every(isProblem)) {
    return undefined;
  }
  const fast = payload.f;
  if (fast !== undefined && !Number.isInteger(fast)) {
    return undefined;
  }
  return {
    result: {
      documents: values.map((value, index) => ({
        ordinal: ordinals ? (ordinals[index] as number) : index,
        value,
      })),
      problems,
    },
    fastDocumentCount: fast as number | undefined,
  };
}

function isProblem(value: unknown): value is ParseProblem {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end)
  );
}
