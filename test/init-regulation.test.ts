import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../src/commands/init.js';
import { validate } from '../src/commands/validate.js';
import { TODAY } from './helpers.js';

// What init writes for regulations: product.markets and product.capabilities in aipm.yaml, and a
// compliance file with one open check per catalogue item that applies (SPEC: Regulation catalogues).

const env = { AIPM_TODAY: TODAY, USER: 'tester' } as NodeJS.ProcessEnv;
const tmp = () => mkdtempSync(join(tmpdir(), 'aipm-init-reg-'));
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const coveredIn = (text: string) => [...text.matchAll(/covers: \[(\S+)\]/g)].map((m) => m[1]);

async function findingsOf(dir: string) {
  const v = await validate({ cwd: dir, env, format: 'json' });
  return (JSON.parse(v.stdout) as { findings: { rule: string; severity: string; line: number; message: string }[] }).findings;
}

describe('aipm init: markets, capabilities, and a compliance file that covers what applies', () => {
  it('--market EU --market CN --capability chatbot,generates-text: aipm.yaml declares them; one open check per item that applies, each answered turns the rule green', async () => {
    const dir = tmp();
    await init({ cwd: dir, yes: true, name: 'Helper', lang: 'en', type: 'blank', owner: 'Ana', market: ['EU', 'CN'], capability: ['chatbot,generates-text'], env });
    expect(read(dir, 'aipm.yaml')).toContain('  markets: [EU, CN]\n  capabilities: [chatbot, generates-text]\n');
    const compliance = read(dir, 'specs/compliance.yaml');
    expect(coveredIn(compliance)).toEqual(['EU-AIA-50-1', 'EU-AIA-50-2', 'EU-AIA-50-5', 'CN-GAI-7', 'CN-GAI-8', 'CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT']);
    expect(compliance).toContain(
      [
        '  # EU-AIA-50-1: Tell people they are interacting with an AI system (from 2026-08-02; `aipm explain EU-AIA-50-1` gives its source)',
        '  - id: C-EU-AIA-50-1',
        '    area: transparency',
        '    question: "Where and how people learn that they are dealing with an AI system; if you hold it is obvious from the context, say why."',
        '    status: open',
        '    owner: "Ana"',
        '    covers: [EU-AIA-50-1]',
      ].join('\n'),
    );
    // Covered and honest: every item has its check, none is answered yet; nothing is reported missing.
    const found = await findingsOf(dir);
    expect(found.map((f) => `${f.rule} ${f.severity}`)).toEqual(Array(8).fill('regulation-coverage warning').concat(Array(found.length - 8).fill('placeholder warning')));
    expect(found.filter((f) => f.rule === 'regulation-coverage').every((f) => /is still `open`/.test(f.message))).toBe(true);
    writeFileSync(join(dir, 'specs/compliance.yaml'), compliance.replaceAll('    status: open\n', '    status: pass\n    evidence: Reviewed with counsel on 2026-11-20\n'));
    expect((await findingsOf(dir)).filter((f) => f.rule === 'regulation-coverage')).toEqual([]);
  });

  it('the llm-assistant starter in zh ships to CN as a chatbot that writes text: the five Chinese items, asked in Chinese', async () => {
    const dir = tmp();
    await init({ cwd: dir, yes: true, name: '智能助手', lang: 'zh', type: 'llm-assistant', owner: '李娜', env });
    expect(read(dir, 'aipm.yaml')).toContain('  markets: [CN]\n  capabilities: [chatbot, generates-text]\n');
    const compliance = read(dir, 'specs/compliance.yaml');
    expect(coveredIn(compliance)).toEqual(['CN-GAI-7', 'CN-GAI-8', 'CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT']);
    expect(compliance).toContain('title: "智能助手 合规与伦理复盘"\n');
    expect(compliance).toContain('regulations: ["中国生成式人工智能服务与生成合成内容标识规定"]\n');
    expect(compliance).toContain('  # CN-LABEL-EXPLICIT: 生成合成内容添加显式标识，下载、复制、导出时保留（自 2025-09-01 起适用；`aipm explain CN-LABEL-EXPLICIT` 给出出处）'.replace('（', ' (').replace('）', ')'));
    expect(compliance).toContain('    question: "文本、音频、图片、视频、虚拟场景等生成合成内容上显式标识的位置与样式');
    const found = await findingsOf(dir);
    expect(found.map((f) => `${f.rule} ${f.severity}`)).toEqual(Array(5).fill('regulation-coverage warning'));
    expect(found[0]!.message).toMatch(/^检查项 `C-CN-GAI-7` 覆盖 CN-GAI-7（.*），仍为 `open`；上线日期为 \d{4}-\d\d-\d\d$/);
  });

  it('the customer-service starter in en ships to the EU as a chatbot: Art. 50(1) and 50(5)', async () => {
    const dir = tmp();
    await init({ cwd: dir, yes: true, name: 'Desk', lang: 'en', type: 'customer-service', owner: 'Ana', env });
    expect(read(dir, 'aipm.yaml')).toContain('  markets: [EU]\n  capabilities: [chatbot, personal-data]\n');
    expect(coveredIn(read(dir, 'specs/compliance.yaml'))).toEqual(['EU-AIA-50-1', 'EU-AIA-50-5']);
  });

  it('no item applies (the blank starter declares no market): no compliance file, the two keys left as comments to fill in', async () => {
    const dir = tmp();
    await init({ cwd: dir, yes: true, name: 'Thing', lang: 'en', type: 'blank', owner: 'Ana', env });
    expect(read(dir, 'aipm.yaml')).toContain('  # markets: [EU]\n  # capabilities: [chatbot]\n');
    expect(existsSync(join(dir, 'specs/compliance.yaml'))).toBe(false);
    const other = tmp();
    await init({ cwd: other, yes: true, name: 'Thing', lang: 'en', type: 'blank', owner: 'Ana', market: ['US'], capability: ['chatbot'], env });
    expect(read(other, 'aipm.yaml')).toContain('  markets: [US]\n  capabilities: [chatbot]\n');
    expect(existsSync(join(other, 'specs/compliance.yaml'))).toBe(false);
  });

  it('an EU Annex III area brings the high-risk items', async () => {
    const dir = tmp();
    await init({ cwd: dir, yes: true, name: 'Screen', lang: 'en', type: 'blank', owner: 'Ana', market: ['EU'], capability: ['employment'], env });
    expect(coveredIn(read(dir, 'specs/compliance.yaml'))).toEqual(['EU-AIA-9', 'EU-AIA-10', 'EU-AIA-13', 'EU-AIA-14', 'EU-AIA-15', 'EU-AIA-IV-2G', 'EU-AIA-IV-3', 'EU-AIA-IV-4', 'EU-AIA-IV-9']);
  });

  it('an unknown market or capability is a user error with the choices and the nearest name; nothing is written', async () => {
    const dir = tmp();
    await expect(init({ cwd: dir, yes: true, market: ['EU', 'eu'], env })).rejects.toMatchObject({ msg: 'error.badMarket', params: { value: 'eu', suggestion: 'EU', choices: 'CN, EU, US, global' } });
    await expect(init({ cwd: dir, yes: true, capability: ['chatbott'], env })).rejects.toMatchObject({ msg: 'error.badCapability', params: { value: 'chatbott', suggestion: 'chatbot' } });
    expect(existsSync(join(dir, 'aipm.yaml'))).toBe(false);
  });
});
