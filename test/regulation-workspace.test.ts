import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/commands/validate.js';
import { ROOT, call, writeWorkspace } from './helpers.js';

const config = (product: string, more = '') => `version: 1\nproduct:\n  id: bot\n  name: Bot\n  owner: Ana\n${product}lang: en\nspecs: specs\n${more}`;
const envelope = 'kind: compliance\nversion: 1\ntitle: Compliance\nowner: Ana\nstatus: in-review\nupdated: 2026-11-01\n';
const check = (id: string, covers: string[]) => `  - id: ${id}\n    area: transparency\n    question: Is it answered?\n    status: pass\n    evidence: Review of 2026-11-01\n    owner: Ana\n    covers: [${covers.join(', ')}]\n`;
const ITEMS = ['EU-AIA-50-1', 'EU-AIA-50-2', 'EU-AIA-50-5', 'CN-GAI-7', 'CN-GAI-8', 'CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT'];
const chatbot = '  markets: [EU, CN]\n  capabilities: [chatbot, generates-text]\n';

describe('a product that declares where it ships and what it does', () => {
  it('markets [EU, CN], capabilities [chatbot, generates-text]: exactly the items that apply, then green once a compliance file covers them', async () => {
    const bare = writeWorkspace({ 'aipm.yaml': config(chatbot), 'specs/compliance.yaml': `${envelope}checks:\n${check('C-OTHER', ['CN-PIPL-24'])}` });
    const red = await call(validate, { cwd: bare });
    expect(red.code).toBe(1);
    const ids = [...red.stdout.matchAll(/ error (\S+) applies to this product from (\S+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(ids).toEqual(['EU-AIA-50-1 2026-08-02', 'EU-AIA-50-2 2026-08-02', 'EU-AIA-50-5 2026-08-02', 'CN-GAI-7 2023-08-15', 'CN-GAI-8 2023-08-15', 'CN-LABEL-EXPLICIT 2025-09-01', 'CN-LABEL-IMPLICIT 2025-09-01', 'CN-LABEL-AGREEMENT 2025-09-01']);
    const green = writeWorkspace({ 'aipm.yaml': config(chatbot), 'specs/compliance.yaml': `${envelope}checks:\n${check('C-ALL', ITEMS)}` });
    expect(await call(validate, { cwd: green })).toMatchObject({ code: 0, stdout: 'no problems in 1 file\n' });
  });

  it('with no compliance file, the gaps are reported at product.capabilities in aipm.yaml', async () => {
    const dir = writeWorkspace({ 'aipm.yaml': config('  markets: [EU]\n  capabilities: [chatbot]\n'), 'specs/.keep.yaml': 'kind: compliance\n' });
    const r = await call(validate, { cwd: dir, format: 'json' });
    const found = (JSON.parse(r.stdout) as { findings: { file: string; line: number; rule: string; message: string }[] }).findings.filter((f) => f.rule === 'regulation-coverage');
    expect(found.map((f) => [f.file, f.line, f.message.split(' ')[0]])).toEqual([
      ['aipm.yaml', 7, 'EU-AIA-50-1'],
      ['aipm.yaml', 7, 'EU-AIA-50-5'],
    ]);
  });

  it('an unknown market or capability in aipm.yaml is exit 2 with the nearest name; so is a launch date that is no date', async () => {
    const r = await call(validate, { cwd: writeWorkspace({ 'aipm.yaml': config('  markets: [EU, China]\n  capabilities: [chatbot, generates-txt]\n  launched: 2026-13-01\n') }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('aipm.yaml:6:17 must be one of: CN | EU | US | global');
    expect(r.stderr).toMatch(/aipm\.yaml:7:27 must be one of: chatbot \| .*; did you mean `generates-text`\?/);
    expect(r.stderr).toContain('aipm.yaml:8:13 `2026-13-01` is not a real date in the form YYYY-MM-DD');
  });

  it('the organisation\'s own catalogue: its items apply like the built-in ones, and its mistakes are findings at its lines', async () => {
    const policy = readFileSync(join(ROOT, 'catalogues', 'cn-pipl.yaml'), 'utf8').replace('id: cn-pipl', 'id: acme-ai-policy').replace(/CN-PIPL-/g, 'ACME-').replace(/markets: \[CN\]/g, 'markets: [global]');
    const files = { 'aipm.yaml': config('  markets: [US]\n  capabilities: [automated-decision]\n', 'catalogues: [policies/ai.yaml]\n'), 'policies/ai.yaml': policy, 'specs/compliance.yaml': `${envelope}checks:\n${check('C-ACME', ['ACME-24'])}` };
    const r = await call(validate, { cwd: writeWorkspace(files) });
    expect(r.stdout).toMatch(/^specs\/compliance\.yaml:7:1 error ACME-55 applies to this product from 2021-11-01/m);
    const broken = await call(validate, { cwd: writeWorkspace({ ...files, 'policies/ai.yaml': policy.replace('from: 2021-11-01', 'from: 2021-11-31') }) });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^policies\/ai\.yaml:17:11 error `2021-11-31` is not a real date in the form YYYY-MM-DD \(schema\)$/m);
    // The check that covers ACME-24 is not reported again: the catalogue's own finding says why it answers nothing.
    expect(broken.stdout).not.toContain('ACME-24');
  });

  it('a catalogue outside the workspace is refused like any path outside it', async () => {
    const r = await call(validate, { cwd: writeWorkspace({ 'aipm.yaml': config('', 'catalogues: [../policy.yaml]\n') }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`catalogues` must stay inside the workspace folder, but `../policy.yaml` leads outside it');
  });
});
