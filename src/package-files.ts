import { existsSync } from 'node:fs';
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
