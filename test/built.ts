import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The e2e tier runs the built CLI: dist/ is built first when it is missing or was built from other
 * sources (scripts/build.mjs --if-stale), so no spawned test runs yesterday's build, and a failed
 * build stops the run with the build's own error.
 */
export default function setup(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('aipm tests: building dist/ failed (see above); the e2e tests run the built CLI');
}
