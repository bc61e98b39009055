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
 * build, index, sketch and payload lengths in bytes, the hash of index and sketches), an
 * index line (JSON: absolute path → stat, hash, payload span and hash, summary), the
 * sketches the summaries point into (see Summary), then the payloads, one JSON text per
 * file. A run reads the header, the index and the sketches; a payload is read (and its hash
 * checked) only when its file's content is asked for. Anything that does not fit (another
 * format or build, a truncated file, an entry or payload of the wrong shape) is ignored and
 * rewritten, never trusted.
 *
 * The summary is what the loader makes of each document without the content: the identity
 * of each object, its sketch (the few fields the set's namespace indexes read, see
 * k8s/manifest.ts sketchOf), and how many documents are not objects. A file with one is
 * loaded as deferred objects (Manifest.object decodes the payload on first use), so a run that looks
 * at a few objects of a large set decodes only their files. Files with Lists, unreadable
 * documents or parse problems have no summary and are decoded when read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import { writeFileAtomically } from '../shared/atomic-write.js';
import {
  DeferredObject,
  identityOf,
  sketchOf,
  type DeferredContent,
  type JsonObject,
  type ObjectIdentity,
  type ObjectSketch,
} from '../k8s/manifest.js';
import { parseSourceFile, type ParseProblem, type ParseResult } from '../source/parse.js';
import { SourceFile } from '../source/source-file.js';
import { classifyDocument } from './documents.js';
import { describeReadError } from './read.js';

/**
 * `metadata`: a file whose size, inode, modification and change times are what the cache
 * recorded is not read at all (ESLint's default); `content`: every file is read and hashed.
 * In both, the content hash decides whether a cached parse is the file's: metadata only
 * skips reading when it proves nothing changed (see `isSettled`).
 */
export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

export const CACHE_FORMAT = 3;
/** The file a cache directory holds (not .json or .yaml: a directory walk never lints it). */
export const CACHE_FILE_NAME = 'lint.cache';

/**
 * A file changed less than this long before it was read may change again within the same
 * timestamp tick (coarse file systems count in seconds, FAT in two): its metadata is not
 * trusted until a later run has hashed it again (git's "racily clean" entries).
 */
const RACY_MILLISECONDS = 2_000;

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

/**
 * [size, inode, device, mtime ms, ctime ms] as fs.statSync gives them (numbers: the bigint
 * stat's exact nanoseconds cost more to take than to need, see isSettled).
 */
type Stamp = [number, number, number, number, number];

interface Entry {
  stamp: Stamp;
  /** sha256 of the bytes, base64. */
  hash: string;
  /** Whether the stamp may stand for the content (not racily fresh when it was taken). */
  settled: boolean;
  /**
   * The payload's JSON text (UTF-8): in memory, or where it is in the cache file that was
   * opened (read on first use); null when the parse cannot be kept as JSON.
   */
  payload: Uint8Array | StoredSpan | null;
  /**
   * sha256 of the payload as read from the cache file, checked before it is decoded;
   * undefined for a payload made this run (hashed when written).
   */
  payloadHash: string | undefined;
  summary: Summary | undefined;
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

/**
 * What the loader makes of a file's documents (see the top of this file), flat and with the
 * repeated strings (API versions, kinds, namespaces) as indexes into `table`, which all the
 * summaries of one cache file share: decoding 50,000 identities then makes 50,000 names and
 * a few hundred other strings, and the set's index hashes each of those once.
 *
 * `flat`: [skipped documents, fastDocumentCount or -1, then per object: document index in
 * the payload, ordinal, apiVersion, kind, namespace or -1 (table indexes), name, and where
 * the JSON text of its sketch (k8s/manifest.ts sketchOf) is in `sketches`: offset (-1 for
 * none) and length]. The sketches are bytes beside the index, not strings in it: parsing
 * the index then makes no string per sketch, and a Manifest decodes one only when it is
 * asked for a sketched field.
 */
interface Summary {
  table: readonly string[];
  flat: readonly SummarySlot[];
  sketches: Uint8Array;
}

type SummarySlot = number | string;

/** A payload in the opened cache file: its offset in the payload region, and its length. */
interface StoredSpan {
  offset: number;
  length: number;
}

const SUMMARY_HEAD = 2;
const SUMMARY_STRIDE = 8;

/**
 * What the cache gives for one file: the file (text read lazily when deferred) and either
 * its parse, or (for a file with a summary) its objects, each decoded on first use.
 */
export type CachedRead =
  | { file: SourceFile; parsed: ParseResult; deferred?: undefined }
  | { file: SourceFile; parsed?: undefined; deferred: DeferredDocuments };

export interface DeferredDocuments {
  skippedDocuments: number;
  objects: { ordinal: number; object: DeferredObject }[];
}

export interface CacheStats {
  /** Files whose parse came from the cache without reading them. */
  unread: number;
  /** Files read and hashed whose parse came from the cache. */
  hashed: number;
  /** Files parsed (new, changed, or not cacheable). */
  parsed: number;
  /** Files served deferred whose content a rule then asked for (decoded from the cache). */
  decoded: number;
  /** Why the cache file on disk was not used, when it was not. */
  discarded?: string;
}

export class ParseCache {
  private readonly entries: Map<string, Entry>;
  private readonly seen = new Set<string>();
  private changed = false;
  readonly stats: CacheStats = { unread: 0, hashed: 0, parsed: 0, decoded: 0 };

  private constructor(
    private readonly options: ParseCacheOptions,
    entries: Map<string, Entry>,
    discarded: string | undefined,
    private readonly stored?: StoredPayloads,
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
    let fd: number;
    try {
      fd = fs.openSync(options.file, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return new ParseCache(
        options,
        new Map(),
        code === 'ENOENT' ? undefined : `unreadable (${code ?? 'error'})`,
      );
    }
    let read: OpenedCache | string;
    try {
      read = readCacheFile(fd, options);
    } catch (error) {
      read = `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
    if (typeof read === 'string') {
      fs.closeSync(fd);
      return new ParseCache(options, new Map(), read);
    }
    return new ParseCache(options, read.entries, undefined, read.payloads);
  }

  /**
   * Reads one file through the cache. `admit` sees its size first (the run's input budget).
   * Read errors are the same exit-2 errors an uncached read gives.
   */
  read(absolutePath: string, shownPath: string, admit: (size: number) => void): CachedRead {
    this.seen.add(absolutePath);
    const stamp = statStamp(absolutePath, shownPath);
    admit(stamp[0]);
    const entry = this.entries.get(absolutePath);
    if (
      entry &&
      this.options.strategy === 'metadata' &&
      entry.settled &&
      sameStamp(entry.stamp, stamp)
    ) {
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
      const served = this.serve(absolutePath, entry, file, 'unread');
      if (served) {
        this.stats.unread++;
        return served;
      }
    }
    const bytes = readBytes(absolutePath, shownPath);
    const hash = hashOf(bytes);
    const file = SourceFile.fromBytes(shownPath, bytes, absolutePath);
    const settled = isSettled(stamp);
    if (entry && entry.hash === hash) {
      const served = this.serve(absolutePath, entry, file, 'hashed');
      if (served) {
        this.stats.hashed++;
        if (!sameStamp(entry.stamp, stamp) || entry.settled !== settled) {
          this.entries.set(absolutePath, { ...entry, stamp, settled });
          this.changed = true;
        }
        return served;
      }
    }
    this.stats.parsed++;
    const parsed = parseSourceFile(file);
    this.entries.set(absolutePath, {
      stamp,
      hash,
      settled,
      ...encodeParse(parsed, file.fastDocumentCount),
    });
    this.changed = true;
    return { file, parsed };
  }

  /** The file's objects from its entry (deferred when it has a summary), if it can serve. */
  private serve(
    absolutePath: string,
    entry: Entry,
    file: SourceFile,
    servedAs: 'unread' | 'hashed',
  ): CachedRead | undefined {
    if (entry.payload === null) {
      return undefined;
    }
    const summary = entry.summary;
    if (!summary) {
      const decoded = this.decodeEntry(entry);
      if (!decoded) {
        return undefined;
      }
      file.fastDocumentCount = decoded.fastDocumentCount;
      return { file, parsed: decoded.result };
    }
    const { flat } = summary;
    const fast = flat[1] as number;
    file.fastDocumentCount = fast === -1 ? undefined : fast;
    let values: readonly unknown[] | undefined;
    const content: DeferredContent = {
      objectAt: (index) => {
        values ??= this.decodeDeferred(absolutePath, entry, file, servedAs);
        return values[index] as JsonObject;
      },
      sketchAt: (at) => readSketch(summary, at),
    };
    // summaryObjects' loop, without an object per identity: 50,000 on a large repository.
    const { table } = summary;
    const objects: DeferredDocuments['objects'] = [];
    for (let at = SUMMARY_HEAD; at < flat.length; at += SUMMARY_STRIDE) {
      const namespace = flat[at + 4] as number;
      objects.push({
        ordinal: flat[at + 1] as number,
        object: new DeferredObject(
          table[flat[at + 2] as number] as string,
          table[flat[at + 3] as number] as string,
          flat[at + 5] as string,
          namespace === -1 ? undefined : table[namespace],
          content,
          flat[at] as number,
          flat[at + 6] === -1 ? -1 : at,
        ),
      });
    }
    return { file, deferred: { skippedDocuments: flat[0] as number, objects } };
  }

  /**
   * The document values of a deferred file, decoded on first use. A payload that does not
   * decode to what the summary says is parsed again from the file (whose bytes the hash
   * vouches for) and its entry replaced, so the next `save` repairs the cache; a summary the
   * file itself contradicts means a cache someone edited, which is removed (the run stops).
   */
  private decodeDeferred(
    absolutePath: string,
    entry: Entry,
    file: SourceFile,
    servedAs: 'unread' | 'hashed',
  ): readonly unknown[] {
    const summary = entry.summary as Summary;
    const decoded = this.decodeEntry(entry);
    if (decoded && describes(summary, decoded.result.documents)) {
      this.stats.decoded++;
      return decoded.result.documents.map((document) => document.value);
    }
    const parsed = parseSourceFile(file);
    if (!describes(summary, parsed.documents)) {
      fs.rmSync(this.options.file, { force: true });
      throw new ScaleplanError(
        'INPUT_UNREADABLE',
        `The lint cache ${this.options.file} does not describe ${file.path}, so it was removed; run again.`,
        { file: file.path },
      );
    }
    this.stats[servedAs]--;
    this.stats.parsed++;
    this.entries.set(absolutePath, { ...entry, ...encodeParse(parsed, file.fastDocumentCount) });
    this.changed = true;
    return parsed.documents.map((document) => document.value);
  }

  /** An entry's payload decoded, when it can be read and is the payload that was written. */
  private decodeEntry(entry: Entry): DecodedPayload | undefined {
    const payload = this.payloadBytes(entry);
    return payload !== undefined &&
      (entry.payloadHash === undefined || hashOf(payload) === entry.payloadHash)
      ? decodePayload(payload)
      : undefined;
  }

  /** An entry's payload bytes (undefined when it has none, or its span cannot be read). */
  private payloadBytes(entry: Entry): Uint8Array | undefined {
    const payload = entry.payload;
    if (payload === null) {
      return undefined;
    }
    return payload instanceof Uint8Array ? payload : this.stored?.read(payload);
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
    const index: Record<
      string,
      [...Stamp, string, 0 | 1, number, number, string, SummaryText | 0]
    > = {};
    const table = new StringTable();
    const sketches = new SketchWriter();
    const payloads: Uint8Array[] = [];
    let offset = 0;
    // Payloads kept in the cache file that was opened are copied over in one read.
    this.stored?.readAll();
    for (const [absolutePath, entry] of this.entries) {
      const bytes = this.payloadBytes(entry);
      // A stored payload that cannot be read is written as none: its file is parsed next run.
      const payload = bytes ?? EMPTY_BYTES;
      const kept = bytes !== undefined;
      index[absolutePath] = [
        ...entry.stamp,
        entry.hash,
        entry.settled ? 1 : 0,
        kept ? offset : -1,
        payload.length,
        kept ? (entry.payloadHash ?? hashOf(payload)) : '',
        kept && entry.summary ? table.encode(entry.summary, sketches) : 0,
      ];
      payloads.push(payload);
      offset += payload.length;
    }
    const indexBytes = Buffer.from(JSON.stringify({ t: table.strings, e: index }));
    const sketchBytes = sketches.bytes();
    const indexed = Buffer.concat([indexBytes, NEWLINE_BYTES, sketchBytes]);
    const header = JSON.stringify({
      scaleplanCache: CACHE_FORMAT,
      version: this.options.version,
      build: this.options.build,
      indexLength: indexBytes.length,
      sketchLength: sketchBytes.length,
      payloadLength: offset,
      indexHash: hashOf(indexed),
    });
    const bytes = Buffer.concat([Buffer.from(`${header}\n`), indexed, ...payloads]);
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
      writeFileAtomically(target, bytes);
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

const NEWLINE = 0x0a;
const NEWLINE_BYTES = new Uint8Array([NEWLINE]);
const EMPTY_BYTES = new Uint8Array(0);

/** What an opened cache file holds: the entries of its index, and its payloads. */
interface OpenedCache {
  entries: Map<string, Entry>;
  payloads: StoredPayloads;
}

/** Longest header line read: the header is seven short fields. */
const HEADER_LIMIT = 4096;

/**
 * The entries of an open cache file, or why it cannot be used. Reads the header and the
 * index only: the payloads stay in the file (see StoredPayloads).
 */
function readCacheFile(fd: number, options: ParseCacheOptions): OpenedCache | string {
  const size = fs.fstatSync(fd).size;
  const head = Buffer.allocUnsafe(Math.min(size, HEADER_LIMIT));
  const headLength = fs.readSync(fd, head, 0, head.length, 0);
  const headerEnd = head.subarray(0, headLength).indexOf(NEWLINE);
  if (headerEnd === -1) {
    return 'not a scaleplan cache (or truncated)';
  }
  let header: unknown;
  try {
    header = JSON.parse(head.toString('utf8', 0, headerEnd));
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
  const { indexLength, sketchLength, payloadLength } = fields;
  const indexStart = headerEnd + 1;
  if (
    !isCount(indexLength) ||
    !isCount(sketchLength) ||
    !isCount(payloadLength) ||
    indexStart + indexLength + 1 + sketchLength + payloadLength !== size
  ) {
    return 'truncated or corrupt';
  }
  const indexed = readAt(fd, indexStart, indexLength + 1 + sketchLength);
  if (indexed === undefined || indexed[indexLength] !== NEWLINE) {
    return 'truncated or corrupt';
  }
  // The summaries are trusted without the files they describe: a damaged index must not
  // parse into other identities (a shifted string table would rename every object).
  if (fields.indexHash !== hashOf(indexed)) {
    return 'corrupt (the index does not match its hash)';
  }
  const indexText = indexed.subarray(0, indexLength);
  const sketches = indexed.subarray(indexLength + 1);
  let index: unknown;
  try {
    index = JSON.parse(indexText.toString());
  } catch {
    return 'not a scaleplan cache (or corrupt)';
  }
  if (!isRecord(index) || !isRecord(index.e) || !isStringArray(index.t)) {
    return 'truncated or corrupt';
  }
  const table = index.t;
  const entries = new Map<string, Entry>();
  for (const absolutePath in index.e) {
    const entry = readEntry(index.e[absolutePath], payloadLength, table, sketches);
    if (!entry) {
      return 'corrupt (an entry of the wrong shape)';
    }
    entries.set(absolutePath, entry);
  }
  return {
    entries,
    payloads: new StoredPayloads(fd, indexStart + indexLength + 1 + sketchLength, payloadLength),
  };
}

/** `length` bytes of a file from `position`, or undefined when fewer are there. */
function readAt(fd: number, position: number, length: number): Buffer | undefined {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = fs.readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) {
      return undefined;
    }
    done += read;
  }
  return bytes;
}

/** Closes the descriptor of a cache file whose payloads nobody can ask for any more. */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // Closed already, or the process is ending: nothing is left to release.
  }
});

/**
 * The payloads of the cache file a run opened, read from it by span when a file's content
 * is asked for: most are never asked for in a run. The descriptor stays open while deferred
 * objects may still be read (a rename over the file by another run does not change what it
 * reads); writing the cache reads them all first and closes it.
 */
class StoredPayloads {
  private fd: number | undefined;
  private all: Buffer | undefined;

  constructor(
    fd: number,
    private readonly start: number,
    private readonly length: number,
  ) {
    this.fd = fd;
    closeWhenCollected.register(this, fd, this);
  }

  /** A payload's bytes, or undefined when the file no longer holds them. */
  read(span: StoredSpan): Uint8Array | undefined {
    if (this.all) {
      return this.all.subarray(span.offset, span.offset + span.length);
    }
    if (this.fd === undefined) {
      return undefined;
    }
    try {
      return readAt(this.fd, this.start + span.offset, span.length);
    } catch {
      return undefined;
    }
  }

  /** Reads every payload into memory and closes the file (before the cache is written). */
  readAll(): void {
    if (this.fd === undefined) {
      return;
    }
    try {
      this.all = readAt(this.fd, this.start, this.length);
    } catch {
      this.all = undefined;
    }
    closeWhenCollected.unregister(this);
    fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

function readEntry(
  value: unknown,
  payloadLength: number,
  table: readonly string[],
  sketches: Uint8Array,
): Entry | undefined {
  if (!Array.isArray(value) || value.length !== 11) {
    return undefined;
  }
  const [size, inode, device, mtime, ctime, hash, settled, offset, length, payloadHash, summary] =
    value as unknown[];
  const stamp = [size, inode, device, mtime, ctime];
  if (
    !stamp.every((part) => typeof part === 'number' && part >= 0) ||
    typeof hash !== 'string' ||
    (settled !== 0 && settled !== 1) ||
    typeof offset !== 'number' ||
    typeof length !== 'number' ||
    !Number.isInteger(offset) ||
    !Number.isInteger(length) ||
    offset < -1 ||
    length < 0 ||
    offset + length > payloadLength ||
    typeof payloadHash !== 'string' ||
    !(summary === 0 || isSummaryText(summary, table.length, sketches.length))
  ) {
    return undefined;
  }
  return {
    stamp: stamp as Stamp,
    hash,
    settled: settled === 1,
    payload: offset === -1 ? null : { offset, length },
    payloadHash,
    summary: summary === 0 ? undefined : { table, flat: summary as SummaryText, sketches },
  };
}

/** A summary as written: Summary.flat against the cache file's table. */
type SummaryText = SummarySlot[];

function isSummaryText(
  value: unknown,
  tableLength: number,
  sketchLength: number,
): value is SummaryText {
  if (
    !Array.isArray(value) ||
    value.length < SUMMARY_HEAD ||
    (value.length - SUMMARY_HEAD) % SUMMARY_STRIDE !== 0 ||
    !isCount(value[0]) ||
    !(value[1] === -1 || isCount(value[1]))
  ) {
    return false;
  }
  for (let at = SUMMARY_HEAD; at < value.length; at += SUMMARY_STRIDE) {
    const namespace = value[at + 4] as unknown;
    if (
      !isCount(value[at]) ||
      !isCount(value[at + 1]) ||
      !isTableIndex(value[at + 2], tableLength) ||
      !isTableIndex(value[at + 3], tableLength) ||
      !(namespace === -1 || isTableIndex(namespace, tableLength)) ||
      typeof value[at + 5] !== 'string' ||
      !isSketchSpan(value[at + 6], value[at + 7], sketchLength)
    ) {
      return false;
    }
  }
  return true;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** The string table of a cache file being written (see Summary). */
class StringTable {
  readonly strings: string[] = [];
  private readonly indexes = new Map<string, number>();

  /** A summary's flat form against this table, its sketches added to `sketches`. */
  encode(summary: Summary, sketches: SketchWriter): SummaryText {
    const text: SummaryText = [summary.flat[0] as number, summary.flat[1] as number];
    for (const object of summaryObjects(summary)) {
      text.push(
        object.index,
        object.ordinal,
        this.indexOf(object.apiVersion),
        this.indexOf(object.kind),
        object.namespace === undefined ? -1 : this.indexOf(object.namespace),
        object.name,
        object.sketch === undefined ? -1 : sketches.add(object.sketch),
        object.sketch?.length ?? 0,
      );
    }
    return text;
  }

  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }
}

/** The sketch bytes of a cache file being written (see Summary). */
class SketchWriter {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  /** Adds a sketch's bytes; returns their offset. */
  add(sketch: Uint8Array): number {
    const offset = this.length;
    this.parts.push(sketch);
    this.length += sketch.length;
    return offset;
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts, this.length);
  }
}

/** One object of a summary, its strings read from the table. */
interface SummarizedObject extends ObjectIdentity {
  /** Index of its document in the payload. */
  index: number;
  ordinal: number;
  /** Its sketch's JSON text (UTF-8), when it has one. */
  sketch: Uint8Array | undefined;
}

/** The objects a summary describes (see Summary for the flat layout). */
function* summaryObjects({ table, flat, sketches }: Summary): Generator<SummarizedObject> {
  for (let at = SUMMARY_HEAD; at < flat.length; at += SUMMARY_STRIDE) {
    const namespace = flat[at + 4] as number;
    yield {
      index: flat[at] as number,
      ordinal: flat[at + 1] as number,
      apiVersion: table[flat[at + 2] as number] as string,
      kind: table[flat[at + 3] as number] as string,
      namespace: namespace === -1 ? undefined : table[namespace],
      name: flat[at + 5] as string,
      sketch: sketchBytes(sketches, flat[at + 6] as number, flat[at + 7] as number),
    };
  }
}

function sketchBytes(sketches: Uint8Array, offset: number, length: number): Uint8Array | undefined {
  return offset === -1 ? undefined : sketches.subarray(offset, offset + length);
}

/**
 * The sketch of the summary's object at `at` (its position in `flat`), decoded; undefined
 * when it does not decode (the object is then decoded instead).
 */
function readSketch({ flat, sketches }: Summary, at: number): ObjectSketch | undefined {
  const bytes = sketchBytes(sketches, flat[at + 6] as number, flat[at + 7] as number);
  if (bytes === undefined) {
    return undefined;
  }
  try {
    const sketch = JSON.parse(bufferOf(bytes).toString()) as unknown;
    return isRecord(sketch) ? sketch : undefined;
  } catch {
    return undefined;
  }
}

/** A sketch's offset (-1: none, then length 0) and length within the sketch bytes. */
function isSketchSpan(offset: unknown, length: unknown, sketchLength: number): boolean {
  return (
    (offset === -1 && length === 0) ||
    (isCount(offset) && isCount(length) && offset + length <= sketchLength)
  );
}

/** A Buffer over the same memory (for its toString and equals), without a copy. */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function isTableIndex(value: unknown, tableLength: number): boolean {
  return isCount(value) && value < tableLength;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statStamp(absolutePath: string, shownPath: string): Stamp {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolutePath);
  } catch (error) {
    throw new ScaleplanError(
      'INPUT_UNREADABLE',
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      undefined,
      { cause: error },
    );
  }
  return [stat.size, stat.ino, stat.dev, stat.mtimeMs, stat.ctimeMs];
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}

/**
 * Whether a stamp taken now can later prove the file unchanged: any write to a file sets its
 * change time to the current time (no tool can set it back, unlike the modification time),
 * so a later stamp equal to this one means no write happened since — unless the write fell
 * in the same timestamp tick as the change this stamp recorded. A change time older than
 * RACY_MILLISECONDS rules that out (so the times need not be exact to the nanosecond: a
 * write after this stamp sets a change time at least that much later).
 */
function isSettled(stamp: Stamp): boolean {
  return Math.max(stamp[3], stamp[4]) < Date.now() - RACY_MILLISECONDS;
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
  // Taken on first use, not imported: every lint loads this module, few use a cache.
  return process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(bytes)
    .digest('base64');
}

/** An entry's payload and summary for a fresh parse. */
function encodeParse(
  parsed: ParseResult,
  fastDocumentCount: number | undefined,
): Pick<Entry, 'payload' | 'payloadHash' | 'summary'> {
  const payload = encodePayload(parsed, fastDocumentCount);
  return {
    payload: payload === null ? null : Buffer.from(payload),
    payloadHash: undefined,
    summary: payload === null ? undefined : summarize(parsed, fastDocumentCount),
  };
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

/**
 * What the loader makes of the documents, when it makes only objects and skipped documents
 * of them (see the top of this file); undefined otherwise.
 */
function summarize(
  parsed: ParseResult,
  fastDocumentCount: number | undefined,
): Summary | undefined {
  if (parsed.problems.length > 0) {
    return undefined;
  }
  const table = new StringTable();
  const sketches = new SketchWriter();
  const flat: SummarySlot[] = [0, fastDocumentCount ?? -1];
  for (const [index, document] of parsed.documents.entries()) {
    const found = classifyDocument(document.value);
    if (found.type === 'skipped') {
      (flat[0] as number)++;
    } else if (found.type === 'object') {
      const identity = identityOf(found.object);
      flat.push(
        index,
        document.ordinal,
        table.indexOf(identity.apiVersion),
        table.indexOf(identity.kind),
        identity.namespace === undefined ? -1 : table.indexOf(identity.namespace),
        identity.name,
      );
      const sketch = sketchOf(found.object);
      if (sketch === undefined) {
        flat.push(-1, 0);
      } else {
        const bytes = Buffer.from(JSON.stringify(sketch));
        flat.push(sketches.add(bytes), bytes.length);
      }
    } else {
      return undefined;
    }
  }
  return { table: table.strings, flat, sketches: sketches.bytes() };
}

/** Whether the summary says what the loader makes of these documents. */
function describes(summary: Summary, documents: ParseResult['documents']): boolean {
  const fresh = summarize({ documents, problems: [] }, undefined);
  if (!fresh || fresh.flat.length !== summary.flat.length || fresh.flat[0] !== summary.flat[0]) {
    return false;
  }
  const expected = summaryObjects(summary);
  for (const object of summaryObjects(fresh)) {
    const described = expected.next().value as SummarizedObject;
    if (
      object.index !== described.index ||
      object.ordinal !== described.ordinal ||
      object.apiVersion !== described.apiVersion ||
      object.kind !== described.kind ||
      object.name !== described.name ||
      object.namespace !== described.namespace ||
      !sameBytes(object.sketch, described.sketch)
    ) {
      return false;
    }
  }
  return true;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a === undefined || b === undefined ? a === b : bufferOf(a).equals(b);
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
function decodePayload(bytes: Uint8Array): DecodedPayload | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(bufferOf(bytes).toString());
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
