import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../src/commands/render.js';
import { EN_EXAMPLE, writeWorkspace } from './helpers.js';
import { lintMarkdown } from './clients.js';

// The packet's "Regulatory coverage" section and, for an EU high-risk system, the Annex IV map
// (SPEC: Regulation catalogues), in packet.md and in packet.html, which reads the Markdown back.

const config = (lang: 'en' | 'zh', product: string) => `version: 1\nproduct:\n  id: bot\n  name: Bot\n  owner: Ana\n${product}lang: ${lang}\nspecs: specs\nout: docs\n`;
const envelope = (kind: string, title = 'Plan') => `kind: ${kind}\nversion: 1\ntitle: ${title}\nowner: Ana\nstatus: in-review\nupdated: 2026-11-01\n`;
const check = (id: string, covers: string[], status: string, evidence?: string) =>
  `  - id: ${id}\n    area: transparency\n    question: Is it answered?\n    status: ${status}\n${evidence ? `    evidence: ${evidence}\n` : ''}    owner: Ana\n    covers: [${covers.join(', ')}]\n`;

/** The section of a packet, from its heading to the next level-2 heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start, `the packet has a "${heading}" section`).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end < 0 ? undefined : end);
}

const row = (markdown: string, id: string) => markdown.split('\n').find((l) => l.startsWith(`| ${id} |`));

async function packet(files: Record<string, string>) {
  const dir = writeWorkspace(files);
  const r = await render({ cwd: dir, html: true, today: '2026-11-23', force: true });
  expect(r.exitCode, r.stdout).toBeLessThan(2);
  return { md: readFileSync(join(dir, 'docs/packet.md'), 'utf8'), html: readFileSync(join(dir, 'docs/packet.html'), 'utf8') };
}

describe('the packet\'s Regulatory coverage', () => {
  it('each item that applies: id, title, source, date, status (covered by which check / open / failing / missing), the checks and their evidence', async () => {
    const { md, html } = await packet({
      'aipm.yaml': config('en', '  markets: [EU, CN]\n  capabilities: [chatbot, generates-text]\n'),
      'specs/compliance.yaml': `${envelope('compliance')}checks:\n${check('C-NOTICE', ['EU-AIA-50-1', 'EU-AIA-50-5'], 'pass', 'First-message banner, review of 2026-11-02')}${check('C-MARK', ['EU-AIA-50-2'], 'open')}${check('C-DATA', ['CN-GAI-7'], 'fail')}`,
    });
    const part = section(md, 'Regulatory coverage');
    expect(part).toContain('- **Markets:** EU, CN\n- **Capabilities:** `chatbot`: talks with people directly (a chat or voice assistant); `generates-text`: generates text\n');
    expect(part).toContain('not legal advice');
    expect(row(part, 'EU-AIA-50-1')).toBe('| EU-AIA-50-1 | Tell people they are interacting with an AI system | Art. 50(1); Art. 113: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj> | 2026-08-02 | covered | C-NOTICE (pass) | First-message banner, review of 2026-11-02 |');
    expect(row(part, 'EU-AIA-50-2')).toMatch(/^\| EU-AIA-50-2 \| .* \| 2026-08-02 \(date to verify\) \| open \| C-MARK \(open\) \| — \|$/);
    expect(row(part, 'CN-GAI-7')).toMatch(/\| 2023-08-15 \| failing \| C-DATA \(fail\) \| — \|$/);
    expect(row(part, 'CN-LABEL-EXPLICIT')).toMatch(/\| 2025-09-01 \| ⚠ missing \| — \| — \|$/);
    // Exactly the items that apply, in catalogue order.
    expect([...part.matchAll(/^\| ((?:EU|CN)-[A-Z0-9-]+) \|/gm)].map((m) => m[1])).toEqual(['EU-AIA-50-1', 'EU-AIA-50-2', 'EU-AIA-50-5', 'CN-GAI-7', 'CN-GAI-8', 'CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT']);
    // Not a high-risk system: no Annex IV map.
    expect(md).not.toContain('Annex IV');
    expect(lintMarkdown('packet.md', md)).toEqual([]);
    expect(html).toContain('>Regulatory coverage</h2>');
    expect(html).toContain('<td>EU-AIA-50-1</td>');
    expect(html).toContain('<a href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj">');
  });

  it('an EU high-risk system (an Annex III area): the Annex IV map, each point evidenced in the plan or a gap (the example plan, in the EU, for employment)', async () => {
    const files: Record<string, string> = {};
    for (const name of ['metrics', 'evaluation', 'milestones', 'launch-plan', 'solution', 'data-feasibility', 'requirements', 'review']) {
      files[`specs/${name}.yaml`] = readFileSync(join(EN_EXAMPLE, 'specs', `${name}.yaml`), 'utf8');
    }
    const { md, html } = await packet({ ...files, 'aipm.yaml': config('en', '  markets: [EU]\n  capabilities: [employment]\n') });
    const part = section(md, 'Regulatory coverage');
    expect([...part.matchAll(/^\| (EU-AIA-[A-Z0-9-]+) \|/gm)].map((m) => m[1])).toEqual(['EU-AIA-9', 'EU-AIA-10', 'EU-AIA-13', 'EU-AIA-14', 'EU-AIA-15', 'EU-AIA-IV-2G', 'EU-AIA-IV-3', 'EU-AIA-IV-4', 'EU-AIA-IV-9']);
    expect(part).toContain('### Annex IV technical documentation');
    const annex = part.slice(part.indexOf('### Annex IV'));
    const points = [...annex.matchAll(/^\| ([0-9][^|]*?) \| [^|]+ \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(points.map((p) => p[0])).toEqual(['1', '2(a)–(f)', '2(g)', '3', '4', '5', '6', '7', '8', '9']);
    const where = Object.fromEntries(points);
    // What the example plan holds: segment results (3), an approved evaluation (2(g)), model metrics
    // that support a business metric (4), risks (5), a review (6), monitoring (9).
    expect(where['2(g)']).toMatch(/^EV-\S+ \(.+, \d{4}-\d\d-\d\d, approved\)/);
    expect(where['3']).toMatch(/^M-\S+ \(/);
    expect(where['4']).toBe('M-TOP1-ACC → BM-CYCLE-TIME');
    expect(where['5']).toMatch(/^Risks: RISK-/);
    expect(where['9']).toMatch(/Monitoring M-/);
    // What no plan holds is a gap, with where it could go.
    expect(where['8']).toBe('⚠ gap: not a field of the plan: a compliance check that links it');
    expect(lintMarkdown('packet.md', md)).toEqual([]);
    expect(html).toContain('>Annex IV technical documentation</h3>');
  });

  it('in zh: titles, words and the Annex IV map in Chinese', async () => {
    const { md } = await packet({
      'aipm.yaml': config('zh', '  markets: [EU, CN]\n  capabilities: [chatbot, generates-text, education]\n'),
      'specs/compliance.yaml': `${envelope('compliance', '合规')}checks:\n${check('C-LABEL', ['CN-LABEL-EXPLICIT'], 'pass', '界面截图')}`,
    });
    const part = section(md, '法规覆盖');
    expect(part).toContain('- **市场：** EU, CN\n');
    expect(part).toContain('- **产品能力：** `chatbot`：直接与用户对话（聊天或语音助手）；`generates-text`：生成文本；`education`：欧盟附件三：教育中的录取、评分或监考\n');
    expect(part).toContain('不构成法律意见');
    expect(row(part, 'CN-LABEL-EXPLICIT')).toMatch(/^\| CN-LABEL-EXPLICIT \| 生成合成内容添加显式标识，下载、复制、导出时保留 \| .* \| 2025-09-01 \| 已覆盖 \| C-LABEL \(通过\) \| 界面截图 \|$/);
    expect(row(part, 'CN-GAI-8')).toMatch(/\| ⚠ 缺失 \|/);
    expect(row(part, 'EU-AIA-9')).toMatch(/\| 2027-12-02 \(晚于上线，日期待核实\) \|/);
    expect(part).toContain('### 附件四技术文档');
    expect(part).toContain('| 8 | 欧盟符合性声明副本（第 47 条） | ⚠ 缺口： 计划中没有对应字段：在合规检查项中链接 |');
    expect(lintMarkdown('packet.md', md)).toEqual([]);
  });

  it('markets declared, nothing applies: the section says so; no markets declared: no section', async () => {
    const none = await packet({ 'aipm.yaml': config('en', '  markets: [US]\n  capabilities: [chatbot]\n'), 'specs/compliance.yaml': `${envelope('compliance')}checks:\n${check('C-X', ['EU-AIA-50-1'], 'pass', 'Banner')}` });
    expect(section(none.md, 'Regulatory coverage')).toContain('No catalogue item applies to these markets and capabilities.');
    const undeclared = await packet({ 'aipm.yaml': config('en', ''), 'specs/compliance.yaml': `${envelope('compliance')}checks:\n${check('C-X', ['EU-AIA-50-1'], 'pass', 'Banner')}` });
    expect(undeclared.md).not.toContain('Regulatory coverage');
  });
});
