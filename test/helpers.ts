import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportError } from '../src/cli-errors.js';
import { checkSpecs, type CheckOptions } from '../src/rules/run.js';
import type { Finding } from '../src/model/types.js';
import { parseYaml } from '../src/yaml/parse.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'aipm.js');
export const ZH_EXAMPLE = join(ROOT, 'examples', 'zh-delivery-eta');
export const EN_EXAMPLE = join(ROOT, 'examples', 'en-claim-triage');
export const TODAY = '2026-11-23';

/** A real temporary folder holding the given files (path → text). */
export function writeWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every file below a folder, as path → text (for copying an example). */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The spec files of an example, by path relative to its specs folder. */
export function exampleSpecs(example: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(readTree(join(example, 'specs')))) if (path.endsWith('.yaml')) out[`specs/${path}`] = text;
  return out;
}

/** Runs the pure check over in-memory files. */
export function check(files: Record<string, string>, options: Partial<CheckOptions> = {}): Finding[] {
  const specs = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, text]) => ({ file, parsed: parseYaml(text) }));
  return checkSpecs(specs, { lang: 'en', today: TODAY, ...options }).findings;
}

/** Replaces text in one file of a file set, failing loudly when the text is not there. */
export function edit(files: Record<string, string>, file: string, from: string | RegExp, to: string): Record<string, string> {
  const text = files[file];
  if (text === undefined) throw new Error(`no file ${file}`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} not found in ${file}`);
  return { ...files, [file]: next };
}

/** Runs git in `cwd` as a committer named PM; a failure throws with git's message. Returns its output. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=pm@example.com', '-c', 'user.name=PM', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} not found`);
  return text.slice(0, at).split('\n').length;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command in-process and returns what the CLI would print and exit with: its result, or
 * the error worded as the CLI words it (src/cli-errors.ts; JSON when the command was asked for
 * JSON). `env` is added to the environment a spawned run would get (NO_COLOR, AIPM_TODAY).
 */
export async function call<O extends { cwd: string }>(
  command: (opts: O) => Promise<{ exitCode: number; stdout: string; stderr?: string }>,
  opts: O,
  env: Record<string, string> = {},
): Promise<CliRun> {
  const fullEnv = { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY, ...env };
  try {
    const r = await command({ env: fullEnv, ...opts });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr ?? '' };
  } catch (error) {
    const r = reportError(error, { json: (opts as { format?: string }).format === 'json', env: fullEnv });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  }
}

/** Spawns the built CLI the way a user runs it (the e2e tier only: what only a process shows). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY, ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let installed: string | undefined;

/**
 * A copy of the built CLI (what package.json's `files` ships, and package.json) in a temporary folder
 * every user can enter, made once per test file: a test that runs aipm as another user cannot
 * reach the clone itself when it sits under a folder only its owner may enter (a home folder is
 * often 0700). Returns the copy's bin/aipm.js.
 */
export function reachableBin(): string {
  if (!installed) {
    const dir = mkdtempSync(join(tmpdir(), 'aipm-install-'));
    const { files } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    for (const entry of [...files.filter((f) => !f.startsWith('!')), 'package.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    spawnSync('chmod', ['-R', 'a+rX', dir]);
    chmodSync(dir, 0o755);
    installed = dir;
  }
  return join(installed, 'bin', 'aipm.js');
}

export const rulesOf = (findings: Finding[]) => findings.filter((f) => !f.suppressed).map((f) => f.rule);
