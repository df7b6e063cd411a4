import { appendFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { assertInside, assertRegularFile } from './guard.js';

const TEMP_MARK = '.aipm-tmp-';

/** A temporary file beside `file`, hidden, named so a leftover is recognisable. */
function tempPathFor(file: string, kind = 'tmp'): string {
  return join(dirname(file), `.${basename(file)}.aipm-${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** A file system fault (EACCES, ENOSPC, EISDIR…) as the user's to fix: exit 2 naming the path. */
function writeFailed(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  return new UserError('error.writeFailed', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
}

/** Removes what a killed run left beside `file` (its temporary copies), so nothing stray stays. */
async function removeLeftovers(file: string): Promise<void> {
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  const prefix = `.${basename(file)}${TEMP_MARK}`;
  await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => rm(join(dirname(file), n), { force: true })));
}

/** Writes a temporary file with exclusive create, flushed to disk before it is renamed into place. */
async function writeTemp(temp: string, content: string): Promise<void> {
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface WriteTarget {
  /** Absolute path to write. */
  file: string;
  /** As the user sees it, for messages. */
  shown: string;
}

/**
 * Writes files as one step, inside the workspace `root` only: each goes to a flushed temporary file
 * in its own folder; only when all are written are they renamed into place, the files they replace
 * kept aside until every rename succeeded. A failure leaves the old files and no temporary ones;
 * any fault of the file system is a UserError naming the file.
 */
export async function writeFilesAtomic(files: ReadonlyMap<string, string>, root: string, show: (file: string) => string = (f) => f): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const [file, content] of files) {
      assertInside(root, file, show(file));
      assertRegularFile(file, show(file));
      try {
        await mkdir(dirname(file), { recursive: true });
      } catch (e) {
        throw writeFailed(e, show(dirname(file)));
      }
      // The folder now exists: it may not be a link that leads outside either.
      assertInside(root, file, show(file));
      await removeLeftovers(file);
      const temp = tempPathFor(file);
      temps.push([temp, file]);
      try {
        await writeTemp(temp, content);
      } catch (e) {
        throw writeFailed(e, show(file));
      }
    }
  } catch (e) {
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw e;
  }
  const backups: [string, string][] = [];
  const placed: string[] = [];
  try {
    for (const [temp, file] of temps) {
      const backup = tempPathFor(file, 'bak');
      try {
        await rename(file, backup);
        backups.push([backup, file]);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw writeFailed(e, show(file));
      }
      try {
        await rename(temp, file);
      } catch (e) {
        throw writeFailed(e, show(file));
      }
      placed.push(file);
    }
  } catch (e) {
    // Undo: the new files go, the old ones come back, no temporary file stays.
    for (const file of placed) await rm(file, { force: true });
    for (const [backup, file] of backups) await rename(backup, file).catch(() => undefined);
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw e;
  }
  await Promise.all(backups.map(([backup]) => rm(backup, { force: true })));
}

/** One file, the same way. */
export async function writeFileAtomic(file: string, content: string, root: string, shown = file): Promise<void> {
  await writeFilesAtomic(new Map([[file, content]]), root, () => shown);
}

/** Removes a generated file, inside the workspace only. */
export async function removeFile(file: string, root: string, shown = file): Promise<void> {
  assertInside(root, file, shown);
  try {
    await rm(file, { force: true });
  } catch (e) {
    throw writeFailed(e, shown);
  }
}

/** Adds text to the end of a file another program owns (GitHub's step summary), creating it if need be. */
export async function appendText(file: string, content: string): Promise<void> {
  await appendFile(file, content, 'utf8');
}

