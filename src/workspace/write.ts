import { appendFile, copyFile, link, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { assertInside, assertRegularFile } from './guard.js';

/** What aipm leaves beside a file while replacing it: its new content and a link to the old. */
export const LEFTOVER = /\.aipm-(tmp|bak)-\d+-[0-9a-f]+$/;

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
export async function removeLeftovers(file: string): Promise<void> {
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  const prefix = `.${basename(file)}.aipm-`;
  await Promise.all(names.filter((n) => n.startsWith(prefix) && LEFTOVER.test(n)).map((n) => rm(join(dirname(file), n), { force: true })));
}

/** Writes a temporary file with exclusive create, flushed to disk before it is renamed into place. */
async function writeTemp(temp: string, content: string | Uint8Array): Promise<void> {
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
export async function writeFilesAtomic(files: ReadonlyMap<string, string | Uint8Array>, root: string, show: (file: string) => string = (f) => f): Promise<void> {
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
      // The old file stays in place until the new one replaces it in one rename (a reader, or a
      // kill at any moment, sees the old file or the new one); a second link keeps it for undoing.
      const backup = tempPathFor(file, 'bak');
      try {
        await link(file, backup).catch(async (e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') throw e;
          await copyFile(file, backup);
        });
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
    // Undo: the old files come back (or the new ones go where there was none), no temporary file stays.
    const restored = new Set(backups.map(([, file]) => file));
    for (const file of placed) if (!restored.has(file)) await rm(file, { force: true });
    for (const [backup, file] of backups) await rename(backup, file).catch(() => undefined);
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw e;
  }
  await Promise.all(backups.map(([backup]) => rm(backup, { force: true })));
}

/** One file, the same way. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, root: string, shown = file): Promise<void> {
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

