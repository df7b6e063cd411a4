import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff } from '../src/commands/diff.js';
import { gate } from '../src/commands/gate.js';
import { render } from '../src/commands/render.js';
import { status } from '../src/commands/status.js';
import { validate } from '../src/commands/validate.js';
import { FORMATS } from '../src/report/formats.js';
import { forHtml, forJson, forMarkdown, forTerminal, forTerminalOutput, forXml } from '../src/safe-text.js';
import { EN_EXAMPLE, call } from './helpers.js';

// Text a pull request controls (spec values, file names, aipm.yaml) reaches every output through
// one sink of src/safe-text.ts. One table of hostile characters, through every format and command:
// none of them reaches an output raw.

/** Each character that acts instead of showing, with what it does. */
const HOSTILE: Record<string, string> = {
  'clear screen': '\u001b[2J',
  'OSC 8 link': '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  bell: '\u0007',
  backspace: '\b',
  NUL: '\u0000',
  'carriage return': '\r',
  DEL: '\u007f',
  'C1 CSI': '\u009b31m',
  'C1 NEL': '\u0085',
  'right-to-left override': '\u202e',
  'left-to-right isolate': '\u2066',
  'pop isolate': '\u2069',
  'Arabic letter mark': '\u061c',
  'left-to-right mark': '\u200e',
  'right-to-left mark': '\u200f',
};
const ALL = Object.values(HOSTILE).join('');
/** What may never stand raw in an output: C0 but tab and line feed, DEL, C1, the bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A YAML double-quoted scalar holding `text` exactly, every character outside printable ASCII escaped. */
const yq = (text: string) => `"${[...text].map((c) => (c === '"' || c === '\\' ? `\\${c}` : /[ -~]/.test(c) ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)).join('')}"`;

/** What `aipm validate` sees: a title, an unknown key, an enum value and a file name holding every hostile character. */
function hostileWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-safe-'));
  cpSync(EN_EXAMPLE, dir, { recursive: true });
  const spec = join(dir, 'specs', 'requirements.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace('    title: Classify damage severity from claim photos', `    title: ${yq(`T${ALL}`)}\n    ${yq(`k${ALL}`)}: P1`));
  writeFileSync(join(dir, 'specs', `n\u001b[2J\u202e\u009b\u0007.yaml`), `kind: ${yq(`nope${ALL}`)}\n`);
  const config = join(dir, 'aipm.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('name: ClaimLens photo triage', `name: ${yq(`ClaimLens${ALL}`)}`));
  return dir;
}

const git = (dir: string, ...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });

describe('each sink', () => {
  it.each(Object.entries(HOSTILE))('%s: no sink lets it through raw', (_, ch) => {
    const text = `a${ch}b`;
    for (const out of [forTerminal(text), forTerminal(text, { line: true }), forTerminalOutput(text), forJson({ text }), forXml(text), forMarkdown(text), forHtml(text)]) expect(out).not.toMatch(RAW);
  });

  it('JSON and XML keep the data: what a parser reads back is the text as written', () => {
    expect(JSON.parse(forJson({ text: `a${ALL}b` }))).toEqual({ text: `a${ALL}b` });
    expect(forXml('a\rb\u202ec<&')).toBe('a&#xd;b&#x202e;c&lt;&amp;');
    expect(forXml('a\u0000\u001bb\ufffe')).toBe('ab');
  });

  it('the terminal shows each one escaped, in a form a person can read; tabs and line ends stay unless one line is asked for', () => {
    expect(forTerminal('a\u001b[2Jb\u202ec\td\ne')).toBe('a\\u{1b}[2Jb\\u{202e}c\td\ne');
    expect(forTerminal('a\nb', { line: true })).toBe('a\\u{a}b');
    // aipm's own colours pass the last guard; any other sequence is shown escaped.
    expect(forTerminalOutput('\u001b[31merror\u001b[39m \u001b[2J\u001b]8;;x\u0007')).toBe('\u001b[31merror\u001b[39m \\u{1b}[2J\\u{1b}]8;;x\\u{7}');
  });

  it('Markdown and HTML: controls dropped, nothing that opens a tag', () => {
    expect(forMarkdown(`<script>x</script> <img src=x onerror=alert(1)> &amp; ${ALL}`)).toBe('\\<script>x\\</script> \\<img src=x onerror=alert(1)> \\&amp; [2J]8;;https://evil.exampleclick]8;;31m');
    expect(forHtml('<b a="1">\u202e')).toBe('&lt;b a=&quot;1&quot;&gt;');
  });
});

describe('every format and command', () => {
  const dir = hostileWorkspace();

  it.each(FORMATS)('validate --format %s', async (format) => {
    const r = await call(validate, { cwd: dir, format });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/nope|k/);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('validate names the hostile file and value escaped, so a person sees what is there', async () => {
    const r = await call(validate, { cwd: dir });
    expect(r.stdout).toContain('n\\u{1b}[2J\\u{202e}\\u{9b}\\u{7}.yaml');
    expect(r.stdout).toContain('\\u{202e}');
  });

  it.each(['text', 'json'])('status --format %s (the product name and item texts)', async (format) => {
    const r = await call(status, { cwd: dir, format });
    expect(r.stdout).toContain(format === 'text' ? 'ClaimLens' : 'claim-triage');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('status --all', async () => {
    const r = await call(status, { cwd: dir, all: true });
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it.each(['text', 'json', 'markdown', 'github'])('gate --format %s', async (format) => {
    const r = await call(gate, { cwd: dir, format });
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it.each(['text', 'json', 'markdown'])('diff --format %s', async (format) => {
    const repo = mkdtempSync(join(tmpdir(), 'aipm-safe-diff-'));
    cpSync(EN_EXAMPLE, repo, { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    const spec = join(repo, 'specs', 'requirements.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('    title: Classify damage severity from claim photos', `    title: ${yq(`T${ALL}`)}`));
    const r = await call(diff, { cwd: repo, from: 'HEAD', format });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('T');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('render: every document and the packet hold none of them', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'aipm-safe-render-'));
    cpSync(EN_EXAMPLE, clean, { recursive: true });
    const spec = join(clean, 'specs', 'requirements.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('    title: Classify damage severity from claim photos', `    title: ${yq(`T${ALL}`)}`));
    const r = await call(render, { cwd: clean, packet: true, html: true });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    for (const name of readdirSync(join(clean, 'docs', 'aipm')).filter((n) => /\.(md|html)$/.test(n))) expect(readFileSync(join(clean, 'docs', 'aipm', name), 'utf8')).not.toMatch(RAW);
  });

  it('messages built from aipm.yaml values: a NUL in specs, every hostile character in specs (the built CLI\'s own guard is in faults.e2e.test.ts)', async () => {
    for (const value of ['a\u0000', `s${ALL}`]) {
      const ws = mkdtempSync(join(tmpdir(), 'aipm-safe-config-'));
      cpSync(EN_EXAMPLE, ws, { recursive: true });
      const config = join(ws, 'aipm.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(/^specs: .*$/m, `specs: ${yq(value)}`));
      for (const r of [await call(validate, { cwd: ws }), await call(validate, { cwd: ws, format: 'json' }), await call(render, { cwd: ws }), await call(status, { cwd: ws })]) {
        expect(r.code).toBe(2);
        expect(r.stdout + r.stderr).toMatch(/\\u\{?0/);
        expect(r.stdout + r.stderr).not.toMatch(RAW);
      }
    }
  });
});

describe('a workspace template', () => {
  function withTemplate(files: Record<string, string>): string {
    const ws = mkdtempSync(join(tmpdir(), 'aipm-safe-tpl-'));
    cpSync(EN_EXAMPLE, ws, { recursive: true });
    writeFileSync(join(ws, 'aipm.yaml'), `${readFileSync(join(ws, 'aipm.yaml'), 'utf8')}templates: tpl\n`);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(ws, 'tpl', name, '..'), { recursive: true });
      writeFileSync(join(ws, 'tpl', name), text);
    }
    return ws;
  }

  it('cannot write raw HTML into Markdown: its own <script> and <img onerror> come out literal', async () => {
    const ws = withTemplate({ 'metrics.hbs': '# M\n\n<script>alert(1)</script>\n<img src=x onerror="alert(1)">\n{{{header.title}}}\n', 'partials/p.hbs': '<iframe src=x>' });
    writeFileSync(join(ws, 'tpl', 'review.hbs'), '{{> p}}\n');
    const r = await call(render, { cwd: ws, force: true });
    expect(r.code).toBe(0);
    const doc = readFileSync(join(ws, 'docs', 'aipm', 'metrics.md'), 'utf8');
    expect(doc).toContain('\\<script>alert(1)\\</script>');
    expect(doc).toContain('\\<img src=x onerror="alert(1)">');
    expect(doc).not.toMatch(/(^|[^\\])<(script|img|iframe)/);
    expect(readFileSync(join(ws, 'docs', 'aipm', 'review.md'), 'utf8')).toContain('\\<iframe');
  });

  it('{{log}} prints nothing (it would print a spec\'s escapes to the console raw)', async () => {
    const ws = withTemplate({ 'metrics.hbs': '{{log "\u001b[2J" header.title level="error"}}ok\n' });
    const seen: unknown[] = [];
    const original = { log: console.log, error: console.error, warn: console.warn, info: console.info };
    Object.assign(console, { log: (...a: unknown[]) => seen.push(a), error: (...a: unknown[]) => seen.push(a), warn: (...a: unknown[]) => seen.push(a), info: (...a: unknown[]) => seen.push(a) });
    try {
      expect((await call(render, { cwd: ws })).code).toBe(0);
    } finally {
      Object.assign(console, original);
    }
    expect(seen).toEqual([]);
  });

  it('partials calling each other exponentially are stopped by the partial budget, with the template named', async () => {
    // p0 calls p1 ten times … p8 calls p9 ten times: 10^9 calls from a few bytes.
    const files: Record<string, string> = { 'metrics.hbs': '{{> p0}}', 'partials/p9.hbs': 'x' };
    for (let i = 0; i < 9; i++) files[`partials/p${i}.hbs`] = `{{> p${i + 1}}}`.repeat(10);
    const r = await call(render, { cwd: withTemplate(files) });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^aipm: template tpl\/metrics\.hbs stopped: it went past aipm's bound \(200000 partial calls, 32 levels deep\)/) });
  });

  it('a partial that calls itself is stopped at the depth bound, not by the stack', async () => {
    const r = await call(render, { cwd: withTemplate({ 'metrics.hbs': '{{> self}}', 'partials/self.hbs': 'a{{> self}}' }) });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/partial calls, 32 levels deep/) });
  });

  it('inline partials (decorators), which would escape the budget, are refused by name', async () => {
    const r = await call(render, { cwd: withTemplate({ 'metrics.hbs': '{{#*inline "r"}}{{> r}}{{> r}}{{/inline}}{{> r}}' }) });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^aipm: template tpl\/metrics\.hbs: inline partials and decorators/) });
  });
});
