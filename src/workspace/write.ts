import { lstatSync, realpathSync, statSync } from 'node:fs';
import { appendFile, copyFile, link, mkdir, open, readFile, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { assertInside, assertRegularFile } from './guard.js';

/** What aipm leaves beside a file while replacing it: its new content and a link to the old. */
export const LEFTOVER = /\.aipm-(tmp|bak)-\d+-[0-9a-f]+$/;

/** Where a multi-file write keeps its journal, below the workspace root. */
export const JOURNAL = join('.aipm', 'journal.json');

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

/** What a file was: its mode, owner and the form of its text (a byte order mark, CR-only line ends). */
interface Former {
  mode: number;
  uid: number;
  gid: number;
  bom: boolean;
  crOnly: boolean;
}

/** The text in the form the file had: its byte order mark back, CR-only line ends kept. */
function inFormOf(content: string | Uint8Array, former: Former | undefined): string | Uint8Array {
  if (!former || typeof content !== 'string') return content;
  let text = content;
  if (former.crOnly && !text.includes('\r')) text = text.replace(/\n/g, '\r');
  if (former.bom && !text.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  return text;
}

async function formerOf(file: string, keepForm: boolean): Promise<Former | undefined> {
  let info;
  try {
    info = statSync(file);
  } catch {
    return undefined;
  }
  let bom = false;
  let crOnly = false;
  if (keepForm) {
    const text = await readFile(file, 'utf8').catch(() => '');
    bom = text.startsWith('\uFEFF');
    crOnly = text.includes('\r') && !text.includes('\n');
  }
  return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid, bom, crOnly };
}

/**
 * Writes a temporary file with exclusive create, with the mode and owner of the file it replaces,
 * flushed to disk before it is renamed into place.
 */
async function writeTemp(temp: string, content: string | Uint8Array, former: Former | undefined): Promise<void> {
  const handle = await open(temp, 'wx', former?.mode ?? 0o666);
  try {
    await handle.writeFile(content, 'utf8');
    if (former) {
      await handle.chmod(former.mode);
      // Another user's file keeps its owner where the system lets us (root); else it becomes ours.
      if (process.getuid && (former.uid !== process.getuid() || (process.getgid && former.gid !== process.getgid()))) await handle.chown(former.uid, former.gid).catch(() => undefined);
    }
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

export interface WriteOptions {
  /** Generated files to remove in the same step (render's orphans). */
  remove?: readonly string[];
  /**
   * The workspace root whose `.aipm/journal.json` records the step while files are replaced, so a
   * run killed half-way is finished by the next (`finishInterrupted`).
   */
  journal?: string;
  /** Keep each replaced file's byte order mark and CR-only line ends (a user's spec, edited). */
  keepForm?: boolean;
  /** What the step does (`{command: 'rename', from, to}`), kept in the journal for the run that finishes it. */
  what?: Record<string, string>;
}

/** The path a write goes to: a link to a file inside the workspace is written through, to its target. */
function writePathOf(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync.native(file) : file;
  } catch {
    return file;
  }
}

/**
 * Writes files as one step, inside the workspace `root` only. First every file is staged: written
 * to a flushed temporary file in its own folder, with the mode and owner of the file it replaces.
 * Only when all are staged are they renamed into place (and `remove`d files taken away), the files
 * they replace kept aside until every rename succeeded. A failure puts every old file back and
 * leaves no temporary file and no folder it created; a kill while files are replaced is finished
 * by the next run when `journal` is given. Any fault of the file system is a UserError naming the file.
 */
export async function writeFilesAtomic(files: ReadonlyMap<string, string | Uint8Array>, root: string, show: (file: string) => string = (f) => f, options: WriteOptions = {}): Promise<void> {
  const temps: [string, string][] = [];
  const created: string[] = [];
  const undoStage = async () => {
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    // Folders this write made, deepest first, while they are empty.
    for (const folder of created.reverse()) await rmdir(folder).catch(() => undefined);
  };
  try {
    for (const [file, content] of files) {
      assertInside(root, file, show(file));
      assertRegularFile(file, show(file));
      const target = writePathOf(file);
      try {
        const first = await mkdir(dirname(target), { recursive: true });
        if (first) for (let d = dirname(target); d.length >= first.length; d = dirname(d)) created.unshift(d);
      } catch (e) {
        throw writeFailed(e, show(dirname(file)));
      }
      // The folder now exists: it may not be a link that leads outside either.
      assertInside(root, target, show(file));
      await removeLeftovers(target);
      const former = await formerOf(target, Boolean(options.keepForm));
      const temp = tempPathFor(target);
      temps.push([temp, target]);
      try {
        await writeTemp(temp, inFormOf(content, options.keepForm ? former : undefined), former);
      } catch (e) {
        throw writeFailed(e, show(file));
      }
    }
    for (const file of options.remove ?? []) assertInside(root, file, show(file));
  } catch (e) {
    await undoStage();
    throw e;
  }
  const removals = (options.remove ?? []).filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
  // A removal the kill interrupted needs no journal: the next render finds the orphan again.
  const journal = options.journal && temps.length > 1 ? join(options.journal, JOURNAL) : undefined;
  if (journal) {
    try {
      await writeJournal(journal, options.journal!, temps, options.what);
    } catch (e) {
      await undoStage();
      throw writeFailed(e, show(journal));
    }
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
    for (const file of removals) {
      const backup = tempPathFor(file, 'bak');
      try {
        await rename(file, backup);
      } catch (e) {
        throw writeFailed(e, show(file));
      }
      backups.push([backup, file]);
    }
  } catch (e) {
    // Undo: the old files come back (or the new ones go where there was none), no temporary file stays.
    if (journal) await rm(journal, { force: true });
    const restored = new Set(backups.map(([, file]) => file));
    for (const file of placed) if (!restored.has(file)) await rm(file, { force: true });
    for (const [backup, file] of backups) await rename(backup, file).catch(() => undefined);
    await undoStage();
    throw e;
  }
  // The journal goes last: while it is there, the next run has something to finish or clean.
  await Promise.all(backups.map(([backup]) => rm(backup, { force: true })));
  if (journal) await rm(journal, { force: true });
}

/** What a journal holds: the staged files (temporary → final), relative to the root, and what the step does. */
interface Journal {
  writes: [string, string][];
  what?: Record<string, string>;
}

const relativeTo = (root: string, file: string) => relative(root, file).split(sep).join('/');

async function writeJournal(journal: string, root: string, temps: readonly [string, string][], what: Record<string, string> | undefined): Promise<void> {
  await mkdir(dirname(journal), { recursive: true });
  assertInside(root, journal, JOURNAL);
  const body: Journal = { writes: temps.map(([temp, file]) => [relativeTo(root, temp), relativeTo(root, file)]), ...(what ? { what } : {}) };
  const temp = tempPathFor(journal);
  await writeTemp(temp, `${JSON.stringify(body)}\n`, undefined);
  await rename(temp, journal);
}

/** What finishing a journal did: how many staged files it put in place, and what the step was doing. */
export interface Finished {
  files: number;
  what?: Record<string, string>;
}

/**
 * Finishes a multi-file write a killed run left half done: each staged file its journal names is
 * renamed into place. Only aipm's own temporary files (`.name.aipm-tmp-…`, a plain file beside the
 * file it stands for), only over a file below one of `folders`, which lie inside `root`: a journal
 * planted in a pull request can do nothing the pull request could not do to the specs itself.
 * Undefined when there was no journal.
 */
export async function finishJournal(root: string, folders: readonly string[]): Promise<Finished | undefined> {
  const journal = join(root, JOURNAL);
  if (!lstatSync(journal, { throwIfNoEntry: false })) return undefined;
  let body: Partial<Journal> = {};
  try {
    assertInside(root, journal, JOURNAL);
    body = JSON.parse(await readFile(journal, 'utf8')) as Partial<Journal>;
  } catch {
    // Unreadable or planted through a link: nothing to finish.
  }
  const real = (rel: unknown): string | undefined => {
    if (typeof rel !== 'string') return undefined;
    const full = resolve(root, rel);
    try {
      assertInside(root, full, rel);
    } catch {
      return undefined;
    }
    return folders.some((f) => full.startsWith(`${f}${sep}`)) ? full : undefined;
  };
  let files = 0;
  for (const pair of Array.isArray(body.writes) ? body.writes : []) {
    const temp = real(pair?.[0]);
    const file = real(pair?.[1]);
    if (!temp || !file || dirname(temp) !== dirname(file) || !basename(temp).startsWith(`.${basename(file)}.aipm-tmp-`) || !LEFTOVER.test(temp)) continue;
    if (!lstatSync(temp, { throwIfNoEntry: false })?.isFile()) continue;
    await rename(temp, file).catch(() => undefined);
    files++;
  }
  await rm(journal, { force: true });
  const what = body.what && typeof body.what === 'object' ? Object.fromEntries(Object.entries(body.what).filter(([, v]) => typeof v === 'string')) as Record<string, string> : undefined;
  return { files, ...(what ? { what } : {}) };
}

/** One file, the same way. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, root: string, shown = file, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic(new Map([[file, content]]), root, () => shown, options);
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
