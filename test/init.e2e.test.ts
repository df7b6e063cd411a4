import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/commands/validate.js';
import { BIN, ROOT, TODAY, call, readTree } from './helpers.js';

// aipm init's questions in a real terminal (a pseudo-terminal driven by test/pty_run.py): only a
// process shows them. What init writes is tested in-process in init.test.ts.

const tmp = () => mkdtempSync(join(tmpdir(), 'aipm-init-'));

function pty(args: string[], cwd: string, steps: { expect: string; send: string }[]) {
  const spec = { argv: [process.execPath, BIN, ...args], cwd, env: { AIPM_TODAY: TODAY, LANG: 'en_US.UTF-8', NO_COLOR: '1', USER: 'tester' }, steps, timeout: 30 };
  const r = spawnSync('python3', [join(ROOT, 'test/pty_run.py'), JSON.stringify(spec)], { encoding: 'utf8' });
  return JSON.parse(r.stdout) as { code: number | null; output: string; error: string | null };
}

const DOWN = '\x1b[B';

describe('aipm init in a real terminal', () => {
  it('answering every question gives a valid workspace with those answers', async () => {
    const dir = tmp();
    const r = pty(['init', 'desk'], dir, [
      { expect: 'Product name', send: '智能工单助手\r' },
      { expect: 'Product id', send: 'ticket-helper\r' },
      { expect: 'Language', send: `${DOWN}\r` }, // from the default (en) down to… wrapping to zh
      { expect: 'Start from', send: `${DOWN}${DOWN}${DOWN}\r` }, // blank → recommendation → customer-service → image-classification
      { expect: 'Owner', send: '王芳\r' },
      { expect: 'Markets', send: `${DOWN} \r` }, // CN is ticked for a zh plan; EU added
      { expect: 'What it does', send: ' \r' }, // chatbot, the first
    ]);
    expect(r.error).toBeNull();
    expect(r.code).toBe(0);
    // Each capability is named with what it means, in the terminal's language.
    expect(r.output).toContain('chatbot: talks with people directly (a chat or voice assistant)');
    const config = readFileSync(join(dir, 'desk/aipm.yaml'), 'utf8');
    expect(config).toContain('  id: ticket-helper\n  name: "智能工单助手"\n  owner: "王芳"\n  type: image-classification\n  # description: ""          # 产品做什么、为谁做：评审材料以它开头\n  markets: [CN, EU]\n  capabilities: [chatbot]\n');
    // A chatbot in the EU: Art. 50(1) and 50(5), each with its open check in Chinese; nothing is missing.
    const compliance = readFileSync(join(dir, 'desk/specs/compliance.yaml'), 'utf8');
    expect([...compliance.matchAll(/covers: \[(\S+)\]/g)].map((m) => m[1])).toEqual(['EU-AIA-50-1', 'EU-AIA-50-5']);
    expect(compliance).toContain('    question: "用户在何处、以何种方式得知自己在与人工智能系统交互');
    const v = await call(validate, { cwd: join(dir, 'desk'), format: 'json' });
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout).findings as { rule: string; message: string }[]).map((f) => `${f.rule} ${f.message.split('，')[0]}`)).toEqual([
      'regulation-coverage 检查项 `C-EU-AIA-50-1` 覆盖 EU-AIA-50-1（告知用户正在与人工智能系统交互）',
      'regulation-coverage 检查项 `C-EU-AIA-50-5` 覆盖 EU-AIA-50-5（告知清晰可辨、最迟在首次交互时给出、符合无障碍要求）',
    ]);
  });

  it('pressing Enter at every question gives a valid workspace from the defaults', async () => {
    const dir = tmp();
    const r = pty(['init', 'my-product'], dir, ['Product name', 'Product id', 'Language', 'Start from', 'Owner', 'Markets', 'What it does'].map((expect) => ({ expect, send: '\r' })));
    expect([r.error, r.code]).toEqual([null, 0]);
    expect(readFileSync(join(dir, 'my-product/aipm.yaml'), 'utf8')).toContain('  id: my-product\n  name: "my-product"\n');
    // The blank starter ticks no market: nothing is declared, and no compliance file is started.
    expect(readFileSync(join(dir, 'my-product/aipm.yaml'), 'utf8')).toContain('  # markets: [EU]\n  # capabilities: [chatbot]\n');
    expect(existsSync(join(dir, 'my-product/specs/compliance.yaml'))).toBe(false);
    // The default starter is the blank one: a plan still to write, so placeholder warnings and nothing else.
    const v = await call(validate, { cwd: join(dir, 'my-product'), format: 'json' });
    expect(v.code).toBe(0);
    expect([...new Set((JSON.parse(v.stdout).findings as { rule: string; severity: string }[]).map((f) => `${f.rule} ${f.severity}`))]).toEqual(['placeholder warning']);
  });

  it('Ctrl-C at a question leaves nothing written', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'x'));
    const r = pty(['init', 'x'], dir, [
      { expect: 'Product name', send: 'Thing\r' },
      { expect: 'Product id', send: '\r' },
      { expect: 'Language', send: '\x03' },
    ]);
    expect(r.code).toBe(130);
    expect(r.output).toContain('aipm init cancelled: nothing was written');
    expect(readTree(join(dir, 'x'))).toEqual({});
    expect(existsSync(join(dir, 'x', 'aipm.yaml'))).toBe(false);
  });
});
