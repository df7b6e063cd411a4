import { describe, expect, it } from 'vitest';
import { explain } from '../src/commands/explain.js';
import { UserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import { EN_EXAMPLE, ZH_EXAMPLE } from './helpers.js';

const env = { LANG: 'C' };

/** What the CLI prints for a user error a command throws (without `aipm: `), and its exit code. */
async function failure(run: Promise<unknown>): Promise<{ exitCode: number; message: string }> {
  const e = await run.then(() => undefined, (error: unknown) => error);
  if (!(e instanceof UserError)) throw new Error(`expected a user error, got ${String(e)}`);
  return { exitCode: 2, message: t(e.lang ?? 'en', e.msg, e.params) };
}

describe('aipm explain <item-id>: a regulation catalogue item, in the workspace language', () => {
  it('prints the item in English with its dates, where and source', async () => {
    const r = await explain({ cwd: EN_EXAMPLE, rule: 'EU-AIA-50-2', env });
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.splice(7, 1)[0]).toMatch(/^ {2}How outputs are marked in a machine-readable format and detectable as artificially generated/);
    expect(lines.join('\n')).toBe(
      [
        'EU-AIA-50-2 — Mark synthetic audio, images, video and text in a machine-readable way',
        'Catalogue: EU AI Act (Regulation (EU) 2024/1689) (eu-ai-act, as_of 2026-12-06)',
        'Applies to: markets EU; any of generates-text, generates-image, generates-audio, generates-video',
        'Applies from: 2026-08-02 (for products on the market before then: from 2026-12-02)',
        '  Check this date against the official text: it comes from secondary sources (see docs/regulations.md).',
        '',
        'What the plan shows:',
        '',
        'Where in the plan: solution.pipeline, solution.deployment, compliance.checks',
        '',
        'Source:',
        '  Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 50(2); Art. 113; Art. 111 as amended in 2026 (systems on the market before 2 August 2026)',
        '    https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
        '  Regulation (EU) 2026/1744 (Digital Omnibus on AI), amending Regulation (EU) 2024/1689, Art. 1 (Art. 111 and Art. 113 of the AI Act)',
        '    https://eur-lex.europa.eu/eli/reg/2026/1744/oj',
        '',
        'An aid to a compliance review, not legal advice.',
        '',
      ].join('\n'),
    );
  });

  it('prints it in Chinese in a zh workspace, and --lang overrides the workspace', async () => {
    const zh = await explain({ cwd: ZH_EXAMPLE, rule: 'CN-LABEL-AGREEMENT', env });
    expect(zh.stdout).toContain('CN-LABEL-AGREEMENT — 用户协议说明标识；无标识内容仅应用户申请提供并留存日志不少于六个月\n');
    expect(zh.stdout).toContain('适用于: 市场 CN；具备其一：generates-text, generates-image, generates-audio, generates-video, deepfake\n');
    expect(zh.stdout).toContain('适用日期: 2025-09-01\n');
    expect(zh.stdout).toContain('计划需要说明:\n  用户服务协议中说明生成合成内容标识的方法');
    expect(zh.stdout).toContain('  人工智能生成合成内容标识办法 (Measures for Labelling AI-Generated Synthetic Content), 第八条、第九条 (Arts. 8, 9); 第十四条 (in force 2025-09-01)\n    https://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm\n');
    expect(zh.stdout).toContain('用于辅助合规评审，不构成法律意见。');
    expect(zh.stdout).not.toContain('核实');
    const en = await explain({ cwd: ZH_EXAMPLE, rule: 'CN-LABEL-AGREEMENT', lang: 'en', env });
    expect(en.stdout).toContain('CN-LABEL-AGREEMENT — The user agreement explains the labels');
  });

  it('says who a high-risk item is for, and what an all-of item needs', async () => {
    const high = await explain({ cwd: EN_EXAMPLE, rule: 'EU-AIA-IV-3', env });
    expect(high.stdout).toContain('Applies to: markets EU; high-risk systems (an EU AI Act Annex III area: biometrics, critical-infrastructure, education, employment, essential-services, law-enforcement, migration, justice)\n');
    expect(high.stdout).toContain('Applies from: 2027-12-02\n  Check this date');
    const all = await explain({ cwd: ZH_EXAMPLE, rule: 'CN-ALGO-FILING', env });
    expect(all.stdout).toContain('适用于: 市场 CN；同时具备：recommendation, public-opinion\n');
  });

  it('an unknown item id is exit 2 with the nearest item id; a rule typo still suggests the rule', async () => {
    expect(await failure(explain({ cwd: EN_EXAMPLE, rule: 'EU-AIA-50-6', env }))).toMatchObject({
      exitCode: 2,
      message: 'unknown catalogue item `EU-AIA-50-6`; did you mean `EU-AIA-50-1`? (`aipm explain --catalogue <id>` lists a catalogue\'s items: eu-ai-act, cn-genai, cn-pipl)',
    });
    expect(await failure(explain({ cwd: ZH_EXAMPLE, rule: 'CN-LABEL-EXPLICT', env }))).toMatchObject({ message: expect.stringContaining('未知的目录条目 `CN-LABEL-EXPLICT`；是不是想写 `CN-LABEL-EXPLICIT`？') });
    expect(await failure(explain({ cwd: EN_EXAMPLE, rule: 'milestone-bufer', env }))).toMatchObject({ message: expect.stringContaining('unknown rule `milestone-bufer`; did you mean `milestone-buffer`?') });
  });
});

describe('aipm explain --catalogue <id>', () => {
  it('lists a catalogue: its as_of, each item with its date, the dates to check starred', async () => {
    const r = await explain({ cwd: EN_EXAMPLE, catalogue: 'cn-pipl', env });
    expect(r.stdout).toBe(
      [
        'China — Personal Information Protection Law (PIPL) — 2 items, as of 2026-12-06 (aipm explain <item-id> for one):',
        '',
        '  CN-PIPL-24  2021-11-01   Automated decisions transparent and fair, a non-personalised option for targeted pushes, explanation and refusal for decisions with a significant effect',
        '  CN-PIPL-55  2021-11-01   A personal information protection impact assessment before sensitive data, automated decisions, sharing or cross-border transfer, its report kept at least 3 years',
        '',
        'An aid to a compliance review, not legal advice.',
        '',
      ].join('\n'),
    );
    const eu = await explain({ cwd: ZH_EXAMPLE, catalogue: 'eu-ai-act', env });
    expect(eu.stdout.split('\n')[0]).toBe('欧盟《人工智能法》（条例 (EU) 2024/1689） — 14 个条目，截至 2026-12-06（aipm explain <条目 id> 查看单条）：');
    expect(eu.stdout).toContain('  EU-AIA-9      2027-12-02*  风险管理体系\n');
    expect(eu.stdout).toContain('\n* 请对照官方文本核实此日期');
  });

  it('an unknown catalogue is exit 2 naming the catalogues', async () => {
    expect(await failure(explain({ cwd: EN_EXAMPLE, catalogue: 'eu-ai-ac', env }))).toMatchObject({
      exitCode: 2,
      message: 'unknown catalogue `eu-ai-ac`; did you mean `eu-ai-act`?; the catalogues are: eu-ai-act, cn-genai, cn-pipl',
    });
  });

  it('the rule list ends with the catalogues', async () => {
    const r = await explain({ cwd: EN_EXAMPLE, env });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Regulation catalogues (aipm explain --catalogue <id>): eu-ai-act, cn-genai, cn-pipl');
  });
});
