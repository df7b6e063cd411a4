import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../version.js';
import { decodeText } from '../yaml/decode.js';
import { parseYamlBytes, restoreYaml, type ParsedYaml } from '../yaml/parse.js';
import { readIfExists } from './files.js';
import { writeFileAtomic } from './write.js';

// `validate --cache`: what parsing a spec file gave, kept in `.aipm/cache` so that an unchanged
// file is not parsed again. Only a parse is kept — the schema, references and rules always run,
// so the configuration and today's date never make a cached answer stale.
//
// A cache is a claim about files, and a green run is read as "this plan is safe": a cache that a
// pull request commits, or that anyone but this user wrote, must not be believed. Each cache is
// signed with a key kept in the user's own cache folder, outside every repository; a cache that is
// unsigned, signed by another key, written by another aipm or unreadable is ignored and rebuilt.

/** Where the cache sits below the workspace root. */
export const CACHE_DIR = '.aipm/cache';
const CACHE_FILE = 'parse.json';
/** Raised whenever what a parse yields changes shape, so no older cache is read. */
const FORMAT = 1;

export interface ParseCache {
  /** Parses a spec file's bytes, or restores what parsing them gave before. */
  parse(bytes: Uint8Array): ParsedYaml;
  /** Writes the cache back when it changed; a cache that cannot be written is skipped, not an error. */
  save(): Promise<void>;
}

/** The user's key for signing caches, made on first use; undefined when there is nowhere to keep it. */
function signingKey(env: NodeJS.ProcessEnv): Buffer | undefined {
  const dir = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'aipm');
  const file = join(dir, 'cache-key');
  const existing = () => {
    try {
      const key = readFileSync(file);
      return key.length === 32 ? key : undefined;
    } catch {
      return undefined;
    }
  };
  const found = existing();
  if (found) return found;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    writeFileSync(file, key, { flag: 'wx', mode: 0o600 });
    return key;
  } catch {
    // Another run made the key at the same moment (its key wins), or the home folder is read-only.
    return existing();
  }
}

function sign(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(`aipm ${VERSION} cache ${FORMAT}\n`).update(body).digest('hex');
}

/** The entries of a cache file, when it is this user's and this aipm's; else none. */
function readEntries(text: string | undefined, key: Buffer): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (!text) return entries;
  const newline = text.indexOf('\n');
  const mac = Buffer.from(text.slice(0, newline), 'hex');
  const body = text.slice(newline + 1);
  const expected = Buffer.from(sign(key, body), 'hex');
  if (newline < 0 || mac.length !== expected.length || !timingSafeEqual(mac, expected)) return entries;
  try {
    const data: unknown = JSON.parse(body);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return entries;
    for (const [hash, value] of Object.entries(data)) entries.set(hash, value);
  } catch {
    // A signed body that is not JSON: nothing to trust.
  }
  return entries;
}

/** Plain data that JSON gives back exactly (no infinities, NaN or -0: YAML has them, JSON does not). */
function isJsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(isJsonExact);
}

/** The cache of the workspace at `root` (with no key to sign it: every file parsed, nothing written). */
export async function openParseCache(root: string, env: NodeJS.ProcessEnv): Promise<ParseCache> {
  const key = signingKey(env);
  if (!key) return { parse: parseYamlBytes, save: async () => undefined };
  const file = join(root, CACHE_DIR, CACHE_FILE);
  let old: Map<string, unknown>;
  try {
    old = readEntries(await readIfExists(file, join(CACHE_DIR, CACHE_FILE)), key);
  } catch {
    old = new Map();
  }
  const used = new Map<string, unknown>();
  let changed = false;
  return {
    parse(bytes) {
      const hash = createHash('sha256').update(bytes).digest('base64url');
      if (old.has(hash)) {
        const value = old.get(hash);
        used.set(hash, value);
        return restoreYaml(decodeText(bytes).text, value);
      }
      const parsed = parseYamlBytes(bytes);
      // Only a clean parse is kept: a file with problems is parsed again, and soon fixed.
      if (parsed.problems.length === 0 && isJsonExact(parsed.value)) {
        used.set(hash, parsed.value);
        changed = true;
      }
      return parsed;
    },
    async save() {
      if (!changed && used.size === old.size) return;
      const body = JSON.stringify(Object.fromEntries(used));
      try {
        // The folder ignores itself: a cache never shows up in `git status`, whoever made the workspace.
        const gitignore = join(root, CACHE_DIR, '.gitignore');
        if ((await readIfExists(gitignore).catch(() => undefined)) === undefined) await writeFileAtomic(gitignore, '*\n', root);
        await writeFileAtomic(file, `${sign(key, body)}\n${body}`, root);
      } catch {
        // A read-only workspace still validates; it is only slower next time.
      }
    },
  };
}
