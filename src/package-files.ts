import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder shipped with aipm (`templates`, `scaffolds`): found beside the running code's `dist/`
 * or `src/`, by a file it must hold.
 */
export function packageDir(name: string, mustHold: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, name, mustHold))) return join(dir, name);
    if (dirname(dir) === dir) throw new Error(`aipm: its ${name} folder is missing (a broken install)`);
  }
}

const requireHere = createRequire(import.meta.url);

/**
 * A library the build bundled into one CommonJS file beside aipm's code (`dist/<file>`), required
 * on first use; running from the sources (the tests), the package itself.
 */
export function requireBundled<T>(file: string, packageName: string): T {
  try {
    return requireHere(`./${file}`) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    return requireHere(packageName) as T;
  }
}
