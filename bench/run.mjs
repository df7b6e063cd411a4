// Measures aipm's speed as ratios to `node -e 0` timed in the same run (machines here are shared
// and noisy: only ratios compare across runs). Usage: npm run bench [-- --files 1000 --runs 7]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FILES = option('files', 1000);
const RUNS = option('runs', 7);
const bin = join(root, 'bin', 'aipm.js');
const example = join(root, 'examples', 'en-claim-triage');

/** A workspace of `count` spec files: copies of the English example with every id made unique. */
function makeWorkspace(count) {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-bench-'));
  writeFileSync(join(dir, 'aipm.yaml'), readFileSync(join(example, 'aipm.yaml')));
  const specs = readdirSync(join(example, 'specs')).map((name) => [name, readFileSync(join(example, 'specs', name), 'utf8')]);
  for (let i = 0; i < count; i++) {
    const [name, text] = specs[i % specs.length];
    const copy = Math.floor(i / specs.length);
    const folder = join(dir, 'specs', `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), text.replace(/\b(REQ|DS|M|BM|MS|RISK|D|EV|EXP|C)-([A-Z0-9-]*[A-Z0-9])\b/g, `$1-$2-K${copy}`));
  }
  return dir;
}

function median(command, commandArgs, cwd) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: '2026-11-23' } });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${commandArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const big = makeWorkspace(FILES);
try {
  const baseline = median(process.execPath, ['-e', '0'], root);
  const rows = [
    ['aipm --version', median(process.execPath, [bin, '--version'], root)],
    ['aipm explain', median(process.execPath, [bin, 'explain', '--lang', 'en'], root)],
    ['aipm validate (example, 9 files)', median(process.execPath, [bin, 'validate'], example)],
    [`aipm validate (${FILES} files)`, median(process.execPath, [bin, 'validate'], big)],
  ];
  console.log(`node -e 0: ${baseline.toFixed(0)} ms (median of ${RUNS}); figures below are ratios to it`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(36)} ${(ms / baseline).toFixed(1).padStart(6)}×   (${ms.toFixed(0)} ms)`);
} finally {
  rmSync(big, { recursive: true, force: true });
}
