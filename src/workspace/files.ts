import { readFile, readdir, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { join } from 'node:path';

const SPEC_FILE = /\.ya?ml$/i;

/** Folders never searched: dot-folders (.git, .aipm…) and node_modules. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Every file below `dir` whose name matches, sorted; symlinked folders are not followed. */
export async function listFiles(dir: string, match: (name: string) => boolean = (n) => SPEC_FILE.test(n)): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string) => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) await walk(full);
      } else if (match(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile()))) {
        found.push(full);
      }
    }
  };
  await walk(dir);
  return found.sort();
}

export const isSpecFileName = (name: string) => SPEC_FILE.test(name);

/** A file's text, or undefined when it does not exist; any other failure is a UserError. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UserError('error.readFailed', { file, reason: code ?? String(e) });
  }
}
