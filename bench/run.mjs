// Measures aipm's speed as ratios to `node -e 0` timed in the same run (machines here are shared
// and noisy: only ratios compare across runs). Every case runs once per round, the rounds
// alternate the cases, and each figure is a median. Writes bench/results/<date>.json.
// Usage: npm run bench [-- --files 1000 --runs 7]. Spectral is timed too when BENCH_SPECTRAL names
// it, or one is installed in node_modules or on the PATH.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keystrokes } from './lsp.mjs';

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
const scratch = mkdtempSync(join(tmpdir(), 'aipm-bench-'));
const env = { ...process.env, NO_COLOR: '1', AIPM_TODAY: '2026-11-23', XDG_CACHE_HOME: join(scratch, 'home') };

/** A workspace of `count` spec files: copies of the English example with every id made unique. */
function makeWorkspace(count, name) {
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'aipm.yaml'), readFileSync(join(example, 'aipm.yaml')));
  const specs = readdirSync(join(example, 'specs')).map((name) => [name, readFileSync(join(example, 'specs', name), 'utf8')]);
  for (let i = 0; i < count; i++) {
    const [name, text] = specs[i % specs.length];
    const copy = Math.floor(i / specs.length);
    const folder = join(dir, 'specs', `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), text.replace(/\b([A-Z]{1,5})-([A-Z0-9-]*[A-Z0-9])\b/g, `$1-$2-K${copy}`));
  }
  return dir;
}

/** One timed run; with `memory`, also the child's peak resident memory (read by a preloaded probe). */
function once(command, commandArgs, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${commandArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

const probe = join(scratch, 'peak-memory.mjs');
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\npeak-rss ${process.resourceUsage().maxRSS}\\n`));\n");

const small = join(scratch, 'example');
cpSync(example, small, { recursive: true });
const big = makeWorkspace(FILES, 'cold');
const bigger = makeWorkspace(FILES * 4, 'cold-4x');
const cached = makeWorkspace(FILES, 'warm');
once(process.execPath, [bin, 'validate', '--cache'], cached); // fills the cache: the case below is warm
// A packet of about 2,000 items (copies of the example's nine files), rendered as Markdown and as the page.
const ITEMS = 2000;
const perCopy = readdirSync(join(example, 'specs')).reduce((n, name) => n + (readFileSync(join(example, 'specs', name), 'utf8').match(/^\s*- id:/gm) ?? []).length, 0);
const PACKET_FILES = Math.ceil(ITEMS / perCopy) * readdirSync(join(example, 'specs')).length;
const packetMd = makeWorkspace(PACKET_FILES, 'packet-md');
const packetHtml = makeWorkspace(PACKET_FILES, 'packet-html');
// Hostile input a pull request can bring (issue 26): 20,000 aliases of one anchor (80 KB), and
// 40,000 unknown keys in one flow mapping; each must cost about what a file of its size does.
const bomb = join(scratch, 'alias-bomb');
cpSync(example, bomb, { recursive: true });
writeFileSync(join(bomb, 'specs', 'bomb.yaml'), `kind: review\nx-a: &x 1\nx-b:\n${'  - *x\n'.repeat(20_000)}`);
const wide = join(scratch, 'flow-keys');
cpSync(example, wide, { recursive: true });
writeFileSync(join(wide, 'specs', 'wide.yaml'), `kind: review\nversion: 1\ntitle: t\nowner: o\nstatus: draft\nupdated: 2026-11-01\ndate: 2026-11-01\nparticipants: [a]\ndecisions:\n  - {id: D-WIDE, decision: x, owner: o, due: 2026-12-01, ${Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join(', ')}}\n`);
const edited = makeWorkspace(FILES, 'edited');
once(process.execPath, [bin, 'validate', '--cache'], edited);
const editedFile = join(edited, 'specs', 'copy-0', 'metrics.yaml');
const editedText = readFileSync(editedFile, 'utf8');
let edits = 0;
/** Before each timing of the case: one file changed, as after an edit. */
const editOne = () => writeFileSync(editedFile, `${editedText}# edit ${++edits}\n`);

/**
 * `aipm import` of a 200 MB Inspect log whose results come after its samples (as Inspect writes a
 * long run): the real log in ../shared/evidence with 200,000 samples written in, chunk by chunk.
 */
function makeLargeLog() {
  const dir = join(scratch, 'import');
  cpSync(example, dir, { recursive: true });
  const metrics = join(dir, 'specs', 'metrics.yaml');
  writeFileSync(metrics, readFileSync(metrics, 'utf8').replace('    min_samples: 1000\n', '    min_samples: 1000\n    measured_by:\n      - {tool: inspect, task: input_task, metric: accuracy, scale: 100}\n'));
  const { results, ...rest } = JSON.parse(readFileSync(join(root, '..', 'shared', 'evidence', 'inspect-log-input-task.json'), 'utf8'));
  mkdirSync(join(dir, 'evals'));
  const fd = openSync(join(dir, 'evals', 'big.json'), 'w');
  const [head] = JSON.stringify({ ...rest, samples: 0 }).split('"samples":0');
  writeSync(fd, `${head}"samples":[`);
  const sample = JSON.stringify({ id: 1, input: 'x'.repeat(1000), messages: [{ role: 'user', content: '{"not": "results"}' }] });
  const SAMPLES = 200_000;
  for (let i = 0; i < SAMPLES; i += 1000) writeSync(fd, Array.from({ length: Math.min(1000, SAMPLES - i) }, () => sample).join(',') + (i + 1000 < SAMPLES ? ',' : ''));
  writeSync(fd, `],"results":${JSON.stringify(results)}}`);
  closeSync(fd);
  const evaluation = join(dir, 'specs', 'evaluation.yaml');
  const original = readFileSync(evaluation);
  return { dir, reset: () => writeFileSync(evaluation, original) };
}
const largeLog = makeLargeLog();
const IMPORT_CASE = 'import a 200 MB Inspect log';

const cases = [
  ['node -e 0', [process.execPath, ['-e', '0'], root]],
  ['aipm --version', [process.execPath, [bin, '--version'], root]],
  ['aipm explain', [process.execPath, [bin, 'explain', '--lang', 'en'], root]],
  ['validate an example (9 files)', [process.execPath, [bin, 'validate'], small]],
  ['render --packet on an example', [process.execPath, [bin, 'render', '--packet', '--force'], small]],
  [`validate ${FILES} files, cold`, [process.execPath, [bin, 'validate'], big]],
  [`validate ${FILES} files, warm --cache`, [process.execPath, [bin, 'validate', '--cache'], cached]],
  [`validate ${FILES} files, one edited, --cache`, [process.execPath, [bin, 'validate', '--cache'], edited], editOne],
  [`validate ${FILES * 4} files, cold`, [process.execPath, ['--import', probe, bin, 'validate'], bigger]],
  [IMPORT_CASE, [process.execPath, ['--import', probe, bin, 'import', 'evals/big.json', '--into', 'EV-SEVERITY-V1'], largeLog.dir], largeLog.reset],
  [`render --packet, ${ITEMS} items`, [process.execPath, [bin, 'render', '--packet', '--force'], packetMd]],
  [`render --html, ${ITEMS} items`, [process.execPath, [bin, 'render', '--html', '--force'], packetHtml]],
  ['validate, 20,000 aliases of one anchor', [process.execPath, [bin, 'validate'], bomb]],
  ['validate, 40,000 keys in one flow map', [process.execPath, [bin, 'validate'], wide]],
];
/** Spectral, when BENCH_SPECTRAL names it or one is installed here or on the PATH. */
function findSpectral() {
  if (process.env.BENCH_SPECTRAL) return process.env.BENCH_SPECTRAL;
  for (const candidate of [join(root, 'node_modules', '.bin', 'spectral'), 'spectral']) {
    if (spawnSync(candidate, ['--version'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  return undefined;
}
const spectral = findSpectral();
if (spectral) {
  // One rule, on the same files: the least a generic YAML linter does.
  const ruleset = join(scratch, 'ruleset.yaml');
  writeFileSync(ruleset, 'rules:\n  has-kind:\n    given: "$"\n    then: {field: kind, function: truthy}\n');
  cases.push([`Spectral, one rule, ${FILES} files`, [spectral, ['lint', '--ruleset', ruleset, '--quiet', 'specs/**/*.yaml'], big]]);
}

const times = new Map(cases.map(([name]) => [name, []]));
/** Peak resident memory (KB) of each case run with the probe. */
const peaks = new Map();
let editor;
try {
  for (let round = 0; round < RUNS; round++) {
    for (const [name, [command, commandArgs, cwd], prepare] of cases) {
      prepare?.();
      const { ms, stderr } = once(command, commandArgs, cwd);
      times.get(name).push(ms);
      const rss = /peak-rss (\d+)/.exec(stderr);
      if (rss) peaks.set(name, Math.max(peaks.get(name) ?? 0, Number(rss[1])));
    }
  }
  editor = await keystrokes(bin, big, 15, env);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const baseline = median(times.get('node -e 0'));
const rows = cases.slice(1).map(([name]) => ({ case: name, ms: Math.round(median(times.get(name))), ratio: Number((median(times.get(name)) / baseline).toFixed(2)) }));
const per = (name, n) => (median(times.get(name)) - baseline) / n;
const growth = per(`validate ${FILES * 4} files, cold`, FILES * 4) / per(`validate ${FILES} files, cold`, FILES);
const htmlOverMarkdown = median(times.get(`render --html, ${ITEMS} items`)) / median(times.get(`render --packet, ${ITEMS} items`));
const spectralRow = spectral ? median(times.get(`Spectral, one rule, ${FILES} files`)) / median(times.get(`validate ${FILES} files, cold`)) : undefined;

console.log(`node -e 0: ${baseline.toFixed(0)} ms (median of ${RUNS}, ${cpus().length} cores, Node ${process.version}); figures are ratios to it`);
for (const row of rows) console.log(`${row.case.padEnd(40)} ${row.ratio.toFixed(1).padStart(6)}×   (${row.ms} ms)`);
console.log(`${'per-file cost, 4× the files'.padEnd(40)} ${growth.toFixed(2).padStart(6)}×   (after node's own start-up)`);
const peakMB = (name) => Math.round(peaks.get(name) / 1024);
console.log(`${`peak memory, ${FILES * 4} files`.padEnd(40)} ${String(peakMB(`validate ${FILES * 4} files, cold`)).padStart(6)} MB`);
console.log(`${`peak memory, ${IMPORT_CASE}`.padEnd(40)} ${String(peakMB(IMPORT_CASE)).padStart(6)} MB`);
console.log(`${`lsp: a keystroke's diagnostics, ${FILES} files`.padEnd(40)} ${editor.keystroke.toFixed(0).padStart(6)} ms  (median of 15, 50 ms debounce included; first check ${editor.firstCheck.toFixed(0)} ms)`);
console.log(`${`render --html ÷ --packet, ${ITEMS} items`.padEnd(40)} ${htmlOverMarkdown.toFixed(2).padStart(6)}   (${PACKET_FILES} files; goal: under 3)`);
if (spectralRow !== undefined) console.log(`${'Spectral ÷ aipm, same files'.padEnd(40)} ${spectralRow.toFixed(1).padStart(6)}`);

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const out = join(root, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify({ node: process.version, cores: cpus().length, runs: RUNS, files: FILES, baselineMs: Math.round(baseline), rows, perFileGrowth: Number(growth.toFixed(2)), peakMemoryMB: peakMB(`validate ${FILES * 4} files, cold`), importPeakMemoryMB: peakMB(IMPORT_CASE), lspKeystrokeMs: Math.round(editor.keystroke), lspFirstCheckMs: Math.round(editor.firstCheck), htmlOverMarkdown: Number(htmlOverMarkdown.toFixed(2)), ...(spectralRow !== undefined ? { spectralOverAipm: Number(spectralRow.toFixed(2)) } : {}) }, null, 2)}\n`);
console.log(`written: ${out.slice(root.length + 1)}`);
