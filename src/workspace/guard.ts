import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

/** `child` is `parent` or below it (both real, absolute paths). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** The real path of `path`, or of its nearest existing folder joined with the rest. */
function realOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    // Not there (yet): the real path of the nearest folder that is, and the rest of the way.
  }
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(existing.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    existing = parent;
  }
  return resolve(realpathSync.native(existing), ...rest);
}

/**
 * Refuses (exit 2) a path that leaves the workspace through a symbolic link, at the path itself or
 * at any folder above it: a pull request could plant `docs -> /somewhere/else`.
 */
export function assertInside(root: string, path: string, shownAs: string): void {
  insideOf(root)(path, shownAs);
}

/** `assertInside` for many paths below one root: the root's real path is found once. */
export function insideOf(root: string): (path: string, shownAs: string) => void {
  const realRoot = realOf(root);
  return (path, shownAs) => {
    if (path.includes('\0')) throw new UserError('error.badPath', { file: shownAs });
    if (!isWithin(realRoot, realOf(path))) throw new UserError('error.outsideWorkspace', { file: shownAs });
  };
}

/**
 * What stands at a path before aipm reads or replaces it: nothing, a regular file, or something
 * else (a folder, a FIFO, a device), which aipm never opens (a FIFO would block it forever).
 */
export function kindAt(path: string): 'none' | 'file' | 'other' {
  try {
    const info = lstatSync(path);
    if (info.isSymbolicLink()) return statSync(path).isFile() ? 'file' : 'other';
    return info.isFile() ? 'file' : 'other';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'none';
    return 'other';
  }
}

/** Refuses to open anything but a regular file. */
export function assertRegularFile(path: string, shownAs: string): void {
  if (kindAt(path) === 'other') throw new UserError('error.notRegularFile', { file: shownAs });
}
