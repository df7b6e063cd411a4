import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { assertRegularFile } from './guard.js';

/** A spec file's name: `.yaml` or `.yml`. */
export const isSpecFileName = (name: string) => /\.ya?ml$/i.test(name);
export const CONFIG_FILE = 'aipm.yaml';

/** Folders never searched: dot-folders (.git, .aipm…) and node_modules. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** A file a walk found: `link` when it is a symbolic link to a file (its real path may lie anywhere). */
export interface ListedFile {
  path: string;
  link: boolean;
}

/**
 * Every file below `dir` whose name matches, sorted; symlinked folders are not followed. A folder
 * that does not exist holds nothing; one that cannot be read fails, unless `skipUnreadable`.
 */
export async function listFiles(dir: string, match: (name: string) => boolean = isSpecFileName, options: { skipUnreadable?: boolean; show?: (path: string) => string } = {}): Promise<string[]> {
  return (await listFileEntries(dir, match, options)).map((f) => f.path);
}

/** `listFiles`, telling the files that are links from those that are not. */
export async function listFileEntries(dir: string, match: (name: string) => boolean = isSpecFileName, options: { skipUnreadable?: boolean; show?: (path: string) => string } = {}): Promise<ListedFile[]> {
  const found: ListedFile[] = [];
  // Synchronous: a walk of many small folders spends more waiting for the thread pool than reading.
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || options.skipUnreadable) return;
      throw new UserError('error.readFailed', { file: options.show ? options.show(current) : current, reason: code ?? String(e) });
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) walk(full);
      } else if (match(entry.name)) {
        if (entry.isFile()) found.push({ path: full, link: false });
        else if (entry.isSymbolicLink()) {
          if (isFileBehindLink(full)) found.push({ path: full, link: true });
        }
        // A FIFO, a socket or a device under a spec's name is listed, so that reading it is the
        // clear exit 2 it must be (readBytes never opens one), not a file skipped in silence.
        else found.push({ path: full, link: false });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A link to anything but a folder (a file, or a FIFO or device, which reading then refuses); a broken link is skipped. */
function isFileBehindLink(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** aipm.yaml in `cwd` or the nearest folder above it, stopping at the git root (as git finds .git). */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** The repository root: the nearest folder at or above `cwd` holding `.git`; undefined outside any. */
export function repoRootOf(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * From the repository root (the nearest folder above `cwd` holding `.git`) to `cwd`, with `/`:
 * '' at the root or outside any repository.
 */
export function repoPrefixOf(cwd: string): string {
  const root = repoRootOf(cwd);
  return root === undefined ? '' : relative(root, resolve(cwd)).split(sep).join('/');
}

/** Every aipm.yaml below `dir` (a monorepo of products), skipping what cannot be read. */
export function findConfigsBelow(dir: string): Promise<string[]> {
  return listFiles(resolve(dir), (name) => name === CONFIG_FILE, { skipUnreadable: true });
}

/** A file's bytes; a failure is a UserError naming the file as the user sees it. Never opens a FIFO or a device. */
export async function readBytes(file: string, shownAs: string): Promise<Uint8Array> {
  // One open that never waits (a FIFO opens at once), then what was opened is looked at: no gap
  // between checking a path and reading it. Synchronous: many small files read fastest this way.
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new UserError('error.readFailed', { file: shownAs, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UserError('error.notRegularFile', { file: shownAs });
    // A size of 0 may be an empty file or one whose size the system does not know: read to the end.
    if (info.size === 0) return readFileSync(fd);
    // Otherwise read by the size just looked up (readFileSync(fd) would look it up again).
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return read < bytes.length ? bytes.subarray(0, read) : bytes;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('error.readFailed', { file: shownAs, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  } finally {
    closeSync(fd);
  }
}

/** A file's text, as UTF-8; a failure is a UserError naming the file as the user sees it. */
export async function readText(file: string, shownAs: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(file, shownAs));
}

/**
 * A file's text, or undefined when it does not exist; any other failure is a UserError. Read at
 * once: a command reads its few files one after another, and each asynchronous read would wait
 * for a turn of the event loop.
 */
export async function readIfExists(file: string, shownAs = file): Promise<string | undefined> {
  assertRegularFile(file, shownAs);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UserError('error.readFailed', { file: shownAs, reason: code ?? String(e) });
  }
}
