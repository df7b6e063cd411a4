import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EN_EXAMPLE, ROOT, runCli, TODAY } from './helpers.js';
import { freshRepo } from './fresh-repo.js';

// A CommonJS module: its class is both the module and its `default`.
const Ajv = AjvDraft04.default;

// The GitHub Action as the runner runs it: action.yml read for its entry and its inputs' defaults,
// then `node <action>/<main>` started with the runner's variables, from a fresh copy of the
// repository with dist/ as committed and no node_modules (nothing is installed or built).

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

let action: string;
let yml: ActionYml;
let server: Server;
let api: string;
const uploads: { url: string; auth: string; body: { commit_sha: string; ref: string; sarif: string; tool_name: string } }[] = [];

beforeAll(async () => {
  action = freshRepo();
  yml = parse(readFileSync(join(action, 'action.yml'), 'utf8')) as ActionYml;
  // Code scanning's upload endpoint, as GitHub's API answers it.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      uploads.push({ url: req.url!, auth: req.headers.authorization ?? '', body: JSON.parse(body) });
      const forbidden = req.headers.authorization === 'Bearer read-only';
      res.writeHead(forbidden ? 403 : 202, { 'content-type': 'application/json' }).end(forbidden ? '{"message":"Resource not accessible by integration"}' : '{"id":"1"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A second product: the example again, as product `b`, its documents rendered again. */
function copyProduct(dir: string, folder: string): void {
  cpSync(join(dir, 'plan'), join(dir, folder), { recursive: true });
  const config = join(dir, folder, 'aipm.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('id: claim-triage', 'id: b'));
  expect(runCli(['render', '--packet', '--cwd', join(dir, folder)]).code).toBe(0);
}

/** A checkout: the English example in `plan/`, with `.git`. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-checkout-'));
  cpSync(EN_EXAMPLE, join(dir, 'plan'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  return dir;
}

/**
 * One run of the action, as the runner starts it: inputs as INPUT_ variables, defaults from
 * action.yml. Not spawnSync: the upload goes to the server in this process.
 */
async function runAction(workspace: string, inputs: Record<string, string>) {
  const temp = mkdtempSync(join(tmpdir(), 'aipm-runner-'));
  const files = { GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), GITHUB_OUTPUT: join(temp, 'output') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const values = { ...Object.fromEntries(Object.entries(yml.inputs).map(([name, i]) => [name, (i.default ?? '').replace('${{ github.token }}', 'job-token')])), ...inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    AIPM_TODAY: TODAY,
    NO_COLOR: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: action,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'team/plan',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: api,
    RUNNER_TEMP: temp,
    ...files,
    ...Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const child = spawn(process.execPath, [join(action, yml.runs.main)], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, stderr, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), output: readFileSync(files.GITHUB_OUTPUT, 'utf8') };
}

describe('the GitHub Action', () => {
  it('is a JavaScript action on the runner\'s own Node, its entry prebuilt; the SARIF upload is opt-in', () => {
    expect(yml.runs.using).toMatch(/^node(2[4-9]|[3-9]\d)$/);
    expect(existsSync(join(action, yml.runs.main))).toBe(true);
    expect(existsSync(join(action, 'node_modules'))).toBe(false);
    expect(Object.keys(yml.inputs)).toEqual(expect.arrayContaining(['working-directory', 'all', 'strict', 'render-check', 'upload-sarif']));
    expect(yml.inputs['upload-sarif']!.default).toBe('false');
  });

  it('a clean plan: a passing step, a valid SARIF file as its output, nothing uploaded', async () => {
    const before = uploads.length;
    const r = await runAction(checkout(), { 'working-directory': 'plan' });
    expect([r.code, r.stdout], r.stderr).toEqual([0, 'aipm: no problems in 9 files\n']);
    const sarif = /^sarif=(.+)$/m.exec(r.output)?.[1];
    const log = JSON.parse(readFileSync(sarif!, 'utf8'));
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    expect(new Ajv({ strict: false, unicodeRegExp: false, logger: false }).validate(schema, log)).toBe(true);
    expect(uploads.length).toBe(before);
  });

  it('a broken plan: an annotation at the mistake, the job summary, a failing step, and with upload-sarif the report uploaded', async () => {
    const dir = checkout();
    const spec = join(dir, 'plan', 'specs', 'requirements.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('    priority: P0', '    prioritty: P0'));
    const r = await runAction(dir, { 'working-directory': 'plan', 'upload-sarif': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=plan\/specs\/requirements\.yaml,line=12,col=5,/m);
    expect(r.summary).toMatch(/plan\/specs\/requirements\.yaml/);
    const upload = uploads.at(-1)!;
    expect(upload).toMatchObject({ url: '/repos/team/plan/code-scanning/sarifs', auth: 'Bearer job-token', body: { commit_sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', tool_name: 'aipm' } });
    const sent = JSON.parse(gunzipSync(Buffer.from(upload.body.sarif, 'base64')).toString('utf8'));
    expect(sent.runs[0].automationDetails).toEqual({ id: 'aipm/' });
    expect(sent.runs[0].results[0]).toMatchObject({ ruleId: 'schema', locations: [{ physicalLocation: { artifactLocation: { uri: 'plan/specs/requirements.yaml' } } }] });
  });

  it('an upload code scanning refuses (a fork\'s read-only token) is a warning: the check decides', async () => {
    const r = await runAction(checkout(), { 'working-directory': 'plan', 'upload-sarif': 'true', token: 'read-only' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=aipm::Uploading the SARIF report to code scanning failed: 403 /m);
  });

  it('a bad aipm.yaml becomes an annotation on it, at the line, and fails the step (exit 2)', async () => {
    const dir = checkout();
    writeFileSync(join(dir, 'plan', 'aipm.yaml'), readFileSync(join(dir, 'plan', 'aipm.yaml'), 'utf8').replace('id: claim-triage', 'id: Claim Triage'));
    const r = await runAction(dir, { 'working-directory': 'plan' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=plan\/aipm\.yaml,line=4,col=7,title=aipm::aipm\.yaml is not valid:%0A/m);
    expect(r.output).not.toMatch(/^sarif=/m);
  });

  it('all: every product below, each broken one annotated', async () => {
    const dir = checkout();
    copyProduct(dir, join('products', 'b'));
    const spec = join(dir, 'products', 'b', 'specs', 'requirements.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('    priority: P0', '    prioritty: P0'));
    const r = await runAction(dir, { all: 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=products\/b\/specs\/requirements\.yaml,line=12,col=5,/m);
    expect(r.stdout).not.toMatch(/file=plan\//);
  });

  it('render-check with all: every product\'s documents and the portfolio page (render --all)', async () => {
    const dir = checkout();
    copyProduct(dir, join('products', 'b'));
    expect((await runAction(dir, { all: 'true', 'render-check': 'true' })).stdout).toMatch(/aipm-portfolio\.md is out of date/);
    expect(runCli(['render', '--all', '--packet'], { cwd: dir }).code).toBe(0);
    expect(await runAction(dir, { all: 'true', 'render-check': 'true' })).toMatchObject({ code: 0 });
    const spec = join(dir, 'products', 'b', 'specs', 'metrics.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/name: (.+)/, 'name: $1 (renamed)'));
    const r = await runAction(dir, { all: 'true', 'render-check': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^plan: docs\/aipm is up to date/m);
    expect(r.stdout).toMatch(/^::error title=aipm render --check::.*run aipm render --all --packet/m);
  });

  it('render-check: fails while the rendered documents are out of date, with an annotation saying what to run', async () => {
    const dir = checkout();
    expect((await runAction(dir, { 'working-directory': 'plan', 'render-check': 'true' })).code).toBe(0);
    const spec = join(dir, 'plan', 'specs', 'metrics.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/name: (.+)/, 'name: $1 (renamed)'));
    const r = await runAction(dir, { 'working-directory': 'plan', 'render-check': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=aipm render --check::.*run aipm render --packet/m);
  });
});
