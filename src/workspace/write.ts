import { appendFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A temporary file beside `file`, hidden, named so a leftover is recognisable. */
function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.aipm-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Writes through a temporary file in the same folder, then renames it into place: a reader or a
 * crash never sees half a file.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/**
 * Writes several files as one step: every file goes to a temporary file first, and only when all
 * of them are written are they renamed into place. A failure (or Ctrl-C) before that leaves none.
 */
export async function writeFilesAtomic(files: ReadonlyMap<string, string>): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const [file, content] of files) {
      await mkdir(dirname(file), { recursive: true });
      const temp = tempPathFor(file);
      temps.push([temp, file]);
      await writeFile(temp, content, { flag: 'wx' });
    }
  } catch (e) {
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw e;
  }
  for (const [temp, file] of temps) await rename(temp, file);
}

/** Adds text to the end of a file another program owns (GitHub's step summary), creating it if need be. */
export async function appendText(file: string, content: string): Promise<void> {
  await appendFile(file, content, 'utf8');
}
