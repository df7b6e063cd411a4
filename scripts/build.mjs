#!/usr/bin/env node
// Builds dist/ with tsup, then records what it was built from (dist/.build-inputs: a hash of the
// sources, the templates and the build settings; the build's id is made from it, so the same inputs
// give the same dist/). With --if-stale it builds only when dist/ is missing or was built from other
// inputs: dist/ is committed, so a fresh clone's `npm ci`, `npm test` and `npm run demo` build
// nothing, and an install from the git URL (no devDependencies) uses dist/ as committed.
// Prints nothing on standard output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(ROOT, 'dist', '.build-inputs');
const FOLDERS = ['src', 'templates'];
const FILES = ['tsup.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** One hash over the path and content of every file the build reads. */
function inputsHash() {
  const hash = createHash('sha256');
  const add = (file) => {
    if (!existsSync(file)) return;
    hash.update(`${relative(ROOT, file)}\0`).update(readFileSync(file)).update('\0');
  };
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else add(join(dir, e.name));
    }
  };
  for (const folder of FOLDERS) walk(join(ROOT, folder));
  for (const file of FILES) add(join(ROOT, file));
  return hash.digest('hex');
}

const inputs = inputsHash();
const ifStale = process.argv.includes('--if-stale');
const built = existsSync(join(ROOT, 'dist', 'cli.cjs'));
// Standard output stays empty: `npm pack` runs this (as `prepare`), and pre-commit 3 reads the
// tarball's name from what `npm pack` prints there.
if (ifStale && built && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === inputs) process.exit(0);

let tsup;
try {
  tsup = createRequire(join(ROOT, 'package.json')).resolve('tsup/dist/cli-default.js');
} catch {
  // Installed from its git URL (npm install, pre-commit), where devDependencies are not installed:
  // the committed dist/ is what runs.
  if (ifStale && built) {
    process.stderr.write('aipm: dist/ was built from other sources than these, and tsup (a devDependency) is not installed to rebuild it: using dist/ as it is\n');
    process.exit(0);
  }
  process.stderr.write('aipm: building dist/ needs the devDependencies: run npm ci (or npm install) first\n');
  process.exit(1);
}
// tsup's progress goes to standard error; AIPM_BUILD_INPUTS makes the build's id (tsup.config.ts).
const r = spawnSync(process.execPath, [tsup], { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, AIPM_BUILD_INPUTS: inputs } });
if (r.status !== 0) process.exit(r.status ?? 1);
writeFileSync(STAMP, `${inputs}\n`);
