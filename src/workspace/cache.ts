import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';
import { decodeText } from '../yaml/decode.js';
import type { KindName } from '../kinds/index.js';
import type { CheckMemo, DocOf, SchemaOutcome } from '../model/types.js';
import { parseYamlBytes, restoreYaml, type ParsedYaml } from '../yaml/parse.js';
import { readBytes, readIfExists } from './files.js';
import { assertInside } from './guard.js';
import { writeFileAtomic } from './write.js';

// The one incremental layer: everything a check may reuse, for `validate --cache` and for the
// language server. What parsing a spec file gave and what its kind's schema output for it, kept in
// `.aipm/cache` by content, so that an unchanged file is neither parsed nor checked against its
// schema again; the schema stage's outcome for each parse, in memory, so that the editor's
// re-check after a keystroke in one file does not run the others' schemas again; and the report
// of a whole run, kept under a key made of everything it depends on (every file's name and bytes,
// the configuration, the date, the paths asked for), so that a run in which nothing changed is
// answered at once. A file changed, added or removed, an edited aipm.yaml or another day gives
// another key: the check runs in full.
//
// A cache is a claim about files, and a green run is read as "this plan is safe": a cache that a
// pull request commits, or that anyone but this user wrote, must not be believed. Each cache is
// signed with a key kept in the user's own cache folder, outside every repository; a cache that is
// unsigned, signed by another key, written by another aipm or unreadable is ignored and rebuilt.

/** Where the cache sits below the workspace root. */
export const CACHE_DIR = '.aipm/cache';
const CACHE_FILE = 'parse.json';
/** Raised whenever what a parse yields changes shape, so no older cache is read. */
const FORMAT = 3;
/** Whole-run reports kept (the newest): one per set of paths and date a user alternates between. */
const MAX_RESULTS = 8;

/** Set by the build (tsup.config.ts) to an id of that build; not defined when running from the sources. */
declare const AIPM_BUILD: string | undefined;

/**
 * This build of aipm: a cache written by another build (even of the same version) is not read.
 * Every command's file of one build has the same id; from the sources, this file's size and time.
 */
const BUILD = typeof AIPM_BUILD === 'string' ? AIPM_BUILD : (() => {
  try {
    const info = statSync(fileURLToPath(import.meta.url));
    return `${info.size}-${info.mtimeMs}`;
  } catch {
    return 'unknown';
  }
})();

/** The layer: a memo the check asks (`CheckMemo`), and what a caller parses through it and keeps in it. */
export interface Incremental<Report> extends CheckMemo {
  /** Parses a spec file's bytes, or restores what parsing them gave before; `name` identifies the file in run keys. */
  parse(bytes: Uint8Array, name: string): ParsedYaml;
  /** The key of a whole run: every file parsed so far (name and bytes) and `context` (what else the report depends on). */
  runKey(context: string): string;
  /** The report kept for a run key. */
  result(key: string): Report | undefined;
  keepResult(key: string, result: Report): void;
  /** Writes the cache back when it changed; a cache that cannot be written is skipped, not an error. */
  save(): Promise<void>;
  /** Why nothing is read from or kept in `.aipm/cache` this run (no usable signing key), for the user to be told. */
  off?: CacheOff;
}

/** Why a run goes without its cache: the key's folder is inside the checkout, or the key cannot be read or made there. */
export interface CacheOff {
  reason: 'inside' | 'unusable';
  /** The key's folder. */
  dir: string;
}

/** The folder of `path` that exists, nearest to it (at most a bounded number of levels up), as its real path. */
function realNearest(path: string): string | undefined {
  let at = resolve(path);
  for (let i = 0; i < 64; i++) {
    try {
      return realpathSync(at);
    } catch {
      const up = dirname(at);
      if (up === at) return undefined;
      at = up;
    }
  }
  return undefined;
}

/** The repository holding `root` (the nearest folder above with `.git`), else `root` itself. */
function checkoutOf(root: string): string {
  let at = root;
  for (let i = 0; i < 64; i++) {
    if (existsSync(join(at, '.git'))) return at;
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  return root;
}

const isWithin = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The key, read only from a regular file that is no link: opened without waiting (a FIFO there
 * would block forever), then checked.
 */
function readKey(file: string): Buffer | 'none' | 'unusable' {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'unusable';
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size !== 32) return 'unusable';
    const key = Buffer.alloc(32);
    return readSync(fd, key, 0, 32, 0) === 32 ? key : 'unusable';
  } catch {
    return 'unusable';
  } finally {
    closeSync(fd);
  }
}

/** Makes the folders down to `dir`, a level at a time and at most a few levels: never a loop, whatever the file system answers. */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    if (missing.length > 8 || dirname(at) === at) throw new Error('too deep');
    at = dirname(at);
  }
  for (const folder of missing) mkdirSync(folder, { mode: 0o700 });
}

/**
 * The user's key for signing caches, made on first use in the user's cache folder. A key inside the
 * checkout being validated (XDG_CACHE_HOME or HOME pointing into it) is never read nor made there: a
 * pull request could ship a key with a cache it signed and turn a failing workspace green. Where
 * there is no usable key, the run goes without the cache and says why.
 */
function signingKey(env: NodeJS.ProcessEnv, root: string): { key: Buffer } | CacheOff {
  const dir = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'aipm');
  const file = join(dir, 'cache-key');
  const real = realNearest(dir);
  const checkout = realNearest(checkoutOf(resolve(root)));
  if (real === undefined || checkout === undefined) return { reason: 'unusable', dir };
  if (isWithin(checkout, real) || isWithin(checkout, resolve(dir))) return { reason: 'inside', dir };
  const found = readKey(file);
  if (found instanceof Buffer) return { key: found };
  if (found === 'unusable') return { reason: 'unusable', dir };
  try {
    makeFolders(dir);
    // The folders made may have led somewhere else (a link): still outside the checkout?
    const made = realNearest(dir);
    if (made === undefined || isWithin(checkout, made)) return { reason: 'inside', dir };
    const key = randomBytes(32);
    writeFileSync(file, key, { flag: 'wx', mode: 0o600 });
    return { key };
  } catch {
    // Another run made the key at the same moment (its key wins), or the folder cannot be made.
    const again = readKey(file);
    return again instanceof Buffer ? { key: again } : { reason: 'unusable', dir };
  }
}

/** The signature of a cache part: this user's key over the aipm version, its build and the part. */
function sign(key: Buffer, part: string, data: string | Buffer, version = VERSION): string {
  return createHmac('sha256', key).update(`aipm ${version} ${BUILD} cache ${FORMAT}\n${part}\n`).update(data).digest('hex');
}

interface Stored<Report> {
  /** Whole-run reports by run key. */
  results: Map<string, Report>;
  /** What parsing (and the schema) gave, by the hash of a file's bytes: read only when a file's parse is asked for. */
  parses: () => Map<string, ParseEntry>;
}

/** A file's data (`v`), and the kind schema's output for it (`s`) once it passed: `SAME` when that is the data itself. */
interface ParseEntry {
  v: unknown;
  s?: DocOf<KindName> | typeof SAME;
}
const SAME = 1;

function isEntry(x: unknown): x is ParseEntry {
  return x !== null && typeof x === 'object' && Object.hasOwn(x, 'v');
}

const nothingStored = <Report>(): Stored<Report> => ({ results: new Map(), parses: () => new Map() });

/** A signed part's entries: trusted as the types this build wrote, since only this user's key signs them. */
function entriesOf<T>(json: string): Map<string, T> {
  try {
    const data: unknown = JSON.parse(json);
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) return new Map(Object.entries(data as Record<string, T>));
  } catch {
    // Signed but not JSON: nothing to trust.
  }
  return new Map();
}

/** Whether `mac` (hex) is this user's signature of `part` of a cache. */
function verified(key: Buffer, mac: string | undefined, part: string, data: Buffer): boolean {
  const given = Buffer.from(mac ?? '', 'hex');
  const expected = Buffer.from(sign(key, part, data), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A cache file's text: the signatures of its two parts, then the reports (small, read at once),
 * then the parses (large, checked and decoded only when a file's data is needed), a line each.
 */
export function sealCache(key: Buffer, results: string, parses: string, version?: string): string {
  return `${sign(key, 'results', results, version)} ${sign(key, 'parses', parses, version)}\n${results}\n${parses}`;
}

/** What a cache file holds, part by part, when it is this user's and this aipm's; else nothing. */
function readStored<Report>(bytes: Buffer | undefined, key: Buffer): Stored<Report> {
  const first = bytes ? bytes.indexOf(10) : -1;
  const second = bytes && first >= 0 ? bytes.indexOf(10, first + 1) : -1;
  if (!bytes || second < 0) return nothingStored();
  const [resultsMac, parsesMac] = bytes.toString('latin1', 0, first).split(' ');
  const results = bytes.subarray(first + 1, second);
  const parses = bytes.subarray(second + 1);
  if (!verified(key, resultsMac, 'results', results)) return nothingStored();
  let read: Map<string, ParseEntry> | undefined;
  const readParses = () =>
    verified(key, parsesMac, 'parses', parses)
      ? new Map([...entriesOf<unknown>(parses.toString('utf8'))].filter((e): e is [string, ParseEntry] => isEntry(e[1])))
      : new Map<string, ParseEntry>();
  return { results: entriesOf<Report>(results.toString('utf8')), parses: () => (read ??= readParses()) };
}

/** The cache file's bytes, read only from inside the workspace; none when it is not there or cannot be read. */
async function readCacheFile(root: string, file: string): Promise<Buffer | undefined> {
  try {
    assertInside(root, file, file);
    if (!existsSync(file)) return undefined;
    const bytes = await readBytes(file, file);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a view, not a copy
  } catch {
    return undefined;
  }
}

/** A parse computed on first use: a run answered from a kept report never reads a file's data. */
function lazily(compute: () => ParsedYaml): ParsedYaml {
  let parsed: ParsedYaml | undefined;
  const get = () => (parsed ??= compute());
  return {
    get text() {
      return get().text;
    },
    get value() {
      return get().value;
    },
    get problems() {
      return get().problems;
    },
    get doc() {
      return get().doc;
    },
    get lineCounter() {
      return get().lineCounter;
    },
  };
}

/** Plain data that JSON gives back exactly: no infinities, NaN or -0 (YAML has them, JSON does not), no undefined, no class instances. */
function isJsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every(isJsonExact);
}

const digest = (data: Uint8Array | string) => createHash('sha256').update(data).digest('base64url');

/**
 * The layer for the workspace at `root`: the schema stage's outcomes by parse, always; with a key to
 * sign it, also the parses, schema outputs and reports kept in `.aipm/cache` (else every file is
 * parsed and nothing is kept on disk).
 */
export async function openCache<Report>(root: string, env: NodeJS.ProcessEnv): Promise<Incremental<Report>> {
  const signing = signingKey(env, root);
  const key = 'key' in signing ? signing.key : undefined;
  const names = new Map<string, string>();
  /** The hash of the bytes each parse came from, so the schema stage's memo finds the stored entry. */
  const hashes = new WeakMap<ParsedYaml, string>();
  /** The schema stage's outcome for each parse (the check is pure, so an outcome holds while its parse does). */
  const outcomes = new WeakMap<ParsedYaml, SchemaOutcome>();
  const runKey = (context: string) => digest(JSON.stringify([context, [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]));
  const old: Stored<Report> = key ? readStored<Report>(await readCacheFile(root, join(root, CACHE_DIR, CACHE_FILE)), key) : nothingStored<Report>();
  const parses = new Map<string, ParseEntry>();
  const results = new Map(old.results);
  let parsesChanged = false;
  let resultsChanged = false;
  return {
    ...('key' in signing ? {} : { off: signing }),
    parse(bytes, name) {
      const hash = digest(bytes);
      names.set(name, hash);
      if (!key) return parseYamlBytes(bytes);
      const parsed = lazily(() => {
        const known = old.parses().get(hash);
        if (known) {
          parses.set(hash, known);
          return restoreYaml(decodeText(bytes).text, known.v);
        }
        const fresh = parseYamlBytes(bytes);
        // Only a clean parse is kept: a file with problems is parsed again, and soon fixed.
        if (fresh.problems.length === 0 && isJsonExact(fresh.value)) {
          parses.set(hash, { v: fresh.value });
          parsesChanged = true;
        }
        return fresh;
      });
      hashes.set(parsed, hash);
      return parsed;
    },
    schemaOutcome(spec, check) {
      const seen = outcomes.get(spec.parsed);
      if (seen && seen.file.file === spec.file) return seen;
      const hash = hashes.get(spec.parsed);
      const stored = hash === undefined ? undefined : old.parses().get(hash);
      const passed = stored?.s === SAME ? (stored.v as DocOf<KindName>) : stored?.s;
      const outcome = check(passed);
      outcomes.set(spec.parsed, outcome);
      // What the schema output for a file that passed it, for the next run (with its parse, by content).
      const entry = hash === undefined ? undefined : parses.get(hash);
      const doc = outcome.file.doc;
      if (entry && doc !== undefined && entry.s === undefined && isJsonExact(doc)) {
        // Most files come out of their schema as they went in (same keys, same order): kept once.
        entry.s = JSON.stringify(doc) === JSON.stringify(entry.v) ? SAME : doc;
        parsesChanged = true;
      }
      return outcome;
    },
    runKey,
    result: (runKey) => results.get(runKey),
    keepResult(runKey, result) {
      if (!key || results.has(runKey) || !isJsonExact(result)) return;
      results.set(runKey, result);
      for (const oldest of results.keys()) if (results.size > MAX_RESULTS) results.delete(oldest);
      resultsChanged = true;
    },
    async save() {
      // No key, nothing new and no file gone: nothing to write. A run answered from a kept report
      // read no file's data, and leaves the stored parses (most of the cache) unread.
      if (!key || (!parsesChanged && !resultsChanged && (parses.size === 0 || parses.size === old.parses().size))) return;
      // The parses of this run only (files gone are dropped), unless none was needed (a kept report).
      const kept = parsesChanged || parses.size > 0 ? parses : old.parses();
      const text = sealCache(key, JSON.stringify(Object.fromEntries(results)), JSON.stringify(Object.fromEntries(kept)));
      try {
        // The folder ignores itself: a cache never shows up in `git status`, whoever made the workspace.
        const gitignore = join(root, CACHE_DIR, '.gitignore');
        if ((await readIfExists(gitignore).catch(() => undefined)) === undefined) await writeFileAtomic(gitignore, '*\n', root);
        await writeFileAtomic(join(root, CACHE_DIR, CACHE_FILE), text, root);
      } catch {
        // A read-only workspace still validates; it is only slower next time.
      }
    },
  };
}
