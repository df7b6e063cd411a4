import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Config } from '../model/config.js';
import { CONFIG_FILE, findConfigsBelow, listFiles, readIfExists } from './files.js';
import { insideOf, isWithin } from './guard.js';
import { LEFTOVER, finishJournal, writeFilesAtomic, type Finished, type WriteOptions } from './write.js';

/**
 * The one door to a workspace's files for a command: every read, listing, write and removal names
 * a path below `root`, and each path's real location is looked up first, so a symbolic link a pull
 * request planted (a document, a folder, `.aipm`) never lets aipm read, write or delete outside.
 */
export interface WorkspaceFs {
  readonly root: string;
  /** Refuses (exit 2) a path whose real location is outside the workspace. */
  check(path: string): void;
  /** A file's text, or undefined when there is none; read only from inside. */
  readIfExists(path: string): Promise<string | undefined>;
  /** The files below a folder inside the workspace (links to folders are not followed). */
  list(dir: string, match: (name: string) => boolean): Promise<string[]>;
  /** Writes (and removes) files as one step: `writeFilesAtomic`. */
  write(files: ReadonlyMap<string, string | Uint8Array>, options?: WriteOptions): Promise<void>;
}

export function workspaceFs(root: string, show: (path: string) => string): WorkspaceFs {
  const inside = insideOf(root);
  const check = (path: string) => inside(path, show(path));
  return {
    root,
    check,
    async readIfExists(path) {
      check(path);
      return readIfExists(path, show(path));
    },
    async list(dir, match) {
      check(dir);
      return listFiles(dir, match, { show });
    },
    write(files, options) {
      return writeFilesAtomic(files, root, show, options);
    },
  };
}

/**
 * Refuses an `out` folder render could do harm with: one leading outside the workspace, or one
 * at, below or above a folder holding another product's aipm.yaml (render removes orphans there).
 */
export async function assertOutUsable(config: Pick<Config, 'root' | 'out' | 'file'>, show: (path: string) => string): Promise<void> {
  insideOf(config.root)(config.out, show(config.out));
  for (let dir = config.out; dir !== config.root && isWithin(config.root, dir); dir = dirname(dir)) {
    const other = join(dir, CONFIG_FILE);
    if (existsSync(other)) throw new UserError('error.outHoldsProduct', { out: show(config.out), other: show(other) });
  }
  const below = (await findConfigsBelow(config.out)).filter((f) => f !== config.file);
  if (below.length > 0) throw new UserError('error.outHoldsProduct', { out: show(config.out), other: show(below[0]!) });
}

/**
 * What a killed run left, done with before a command writes: a multi-file write its journal
 * records is finished (over files below `folders` only), and every temporary copy
 * (`.name.aipm-tmp-…`, `.name.aipm-bak-…`) below those folders is removed, beside any file, even
 * one that is gone. Returns what the journal finished, if there was one.
 */
export async function finishInterrupted(root: string, folders: readonly string[]): Promise<Finished | undefined> {
  const inside = insideOf(root);
  const usable = folders.filter((folder) => {
    try {
      inside(folder, folder);
      return true;
    } catch {
      return false;
    }
  });
  const finished = await finishJournal(root, usable);
  for (const folder of usable) {
    const leftovers = await listFiles(folder, (name) => LEFTOVER.test(name), { skipUnreadable: true });
    await Promise.all(leftovers.map((f) => rm(f, { force: true })));
  }
  return finished;
}
