// The GitHub Action (action.yml, `runs.using: node24`): the runner starts this file with its own
// Node, so the user's job keeps its Node and nothing is installed or built. It runs the built CLI
// beside it (bin/aipm.js, whose dist/ is committed) in the working directory, turns what the CLI
// says into annotations, and uploads the SARIF report when asked.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { escapeData, escapeProperty } from './report/github.js';

/** An input as the runner passes it (`INPUT_<NAME>`, the name upper-cased, hyphens kept). */
const input = (name: string, fallback = '') => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim() || fallback;
const flag = (name: string) => input(name, 'false') === 'true';

const BIN = fileURLToPath(new URL('../bin/aipm.js', import.meta.url));

interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

/** The CLI, in `cwd`, with the Node this action runs on. */
function aipm(cwd: string, args: string[]): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status ?? 3, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
}

/** A path as GitHub shows it on a pull request: from the checkout's root, with `/`. */
const fromWorkspace = (workspace: string, file: string) => relative(workspace, file).split(sep).join('/');

/**
 * A run that stopped before checking (exit 2: a bad aipm.yaml, no product found) prints its reason
 * on stderr only; asked again as JSON it gives the file and position, which become an annotation.
 */
function fatalAnnotation(workspace: string, cwd: string, args: string[], stderr: string): string {
  const json = aipm(cwd, [...args, '--format', 'json']);
  let fatal: { message?: string; file?: string; line?: number; col?: number } | undefined;
  try {
    fatal = (JSON.parse(json.stdout) as { fatal?: typeof fatal }).fatal;
  } catch {
    fatal = undefined;
  }
  const message = fatal?.message ?? stderr.replace(/^aipm: /, '').trim();
  const props = [
    ...(fatal?.file ? [`file=${escapeProperty(fromWorkspace(workspace, resolve(cwd, fatal.file)))}`] : []),
    ...(fatal?.line ? [`line=${fatal.line}`, `col=${fatal.col ?? 1}`] : []),
    `title=${escapeProperty('aipm')}`,
  ];
  return `::error ${props.join(',')}::${escapeData(message)}\n`;
}

/** Code scanning's upload: the SARIF gzipped and base64-encoded, for this commit and ref. */
async function uploadSarif(file: string, token: string): Promise<string | undefined> {
  const env = process.env;
  const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: { automationDetails?: { id: string } }[] };
  // One category, as upload-sarif's `category: aipm` gives (with --all each product has its own).
  for (const run of log.runs) run.automationDetails ??= { id: 'aipm/' };
  const url = `${env.GITHUB_API_URL ?? 'https://api.github.com'}/repos/${env.GITHUB_REPOSITORY}/code-scanning/sarifs`;
  const body = { commit_sha: env.GITHUB_SHA, ref: env.GITHUB_REF, sarif: gzipSync(JSON.stringify(log)).toString('base64'), tool_name: 'aipm', checkout_uri: `file://${env.GITHUB_WORKSPACE ?? process.cwd()}` };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'x-github-api-version': '2022-11-28' },
      body: JSON.stringify(body),
    });
    if (response.ok) return undefined;
    return `${response.status} ${(await response.text()).slice(0, 300)}`;
  } catch (error) {
    return String(error);
  }
}

async function main(): Promise<number> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const cwd = resolve(workspace, input('working-directory', '.'));
  if (!existsSync(cwd)) {
    process.stdout.write(`::error title=aipm::${escapeData(`working-directory ${input('working-directory')} does not exist in the checkout`)}\n`);
    return 2;
  }
  const all = flag('all') ? ['--all'] : [];
  let code = 0;

  // The check: annotations on the pull request, the full list in the job summary, the exit code.
  const args = ['validate', ...all, ...(flag('strict') ? ['--strict'] : [])];
  const checked = aipm(cwd, [...args, '--format', 'github']);
  process.stdout.write(checked.stdout);
  if (checked.stderr) process.stderr.write(checked.stderr);
  if (checked.status === 2 && !checked.stdout.includes('::error ')) process.stdout.write(fatalAnnotation(workspace, cwd, args, checked.stderr));
  code = Math.max(code, checked.status);

  // The SARIF report, for code scanning (uploaded only when asked) or for a later step.
  const sarif = join(process.env.RUNNER_TEMP ?? cwd, 'aipm.sarif');
  const report = aipm(cwd, ['validate', ...all, '--format', 'sarif', '--output', sarif]);
  const written = report.status !== 2 || (all.length > 0 && existsSync(sarif));
  if (written && process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `sarif=${sarif}\n`);

  if (flag('render-check')) {
    const rendered = aipm(cwd, ['render', ...all, '--packet', '--check']);
    process.stdout.write(rendered.stdout);
    if (rendered.stderr) process.stderr.write(rendered.stderr);
    if (rendered.status !== 0) process.stdout.write(`::error title=${escapeProperty('aipm render --check')}::${escapeData(`The rendered documents are out of date with the specs: run aipm render ${all.length > 0 ? '--all ' : ''}--packet and commit the result.`)}\n`);
    code = Math.max(code, rendered.status);
  }

  if (flag('upload-sarif')) {
    const failed = written ? await uploadSarif(sarif, input('token')) : 'no SARIF report was written (see the error above)';
    // A fork's pull request, or a repository without code scanning, cannot take the upload: the
    // check above still decides.
    if (failed) process.stdout.write(`::warning title=aipm::${escapeData(`Uploading the SARIF report to code scanning failed: ${failed}. It needs code scanning enabled and \`permissions: security-events: write\`.`)}\n`);
  }
  return code;
}

void main().then((code) => (process.exitCode = code));
