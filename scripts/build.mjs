#!/usr/bin/env node
// Builds dist/ with tsup, then records what it was built from (dist/.build-inputs: a hash of the
// sources, the templates and the build settings). With --if-stale it builds only when dist/ is
// missing or was built from other inputs, so that `npm ci`, `npm test` and `npm run demo` after it
// build once between them.
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
const current = existsSync(join(ROOT, 'dist', 'cli.cjs')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === inputs;
if (process.argv.includes('--if-stale') && current) {
  console.log('dist/ is current: not rebuilding');
} else {
  const tsup = createRequire(join(ROOT, 'package.json')).resolve('tsup/dist/cli-default.js');
  const r = spawnSync(process.execPath, [tsup], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(STAMP, `${inputs}\n`);
}
