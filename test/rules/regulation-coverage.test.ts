import { builtinCatalogues } from '../../src/catalogues/index.js';
import { regulationCoverage } from '../../src/rules/regulation-coverage.js';
import type { CheckOptions } from '../../src/rules/run.js';
import { testRule } from '../rule-table.js';

const catalogues = builtinCatalogues();
const regulation = (markets: string[], capabilities: string[], more: { launched?: string } = {}): Partial<CheckOptions> => ({
  regulation: { markets, capabilities, catalogues: () => catalogues, ...more },
});

/** What SPEC's "done when" names: a chatbot that writes text, in the EU and China. */
const EU_CN_CHATBOT = regulation(['EU', 'CN'], ['chatbot', 'generates-text']);
const APPLYING = ['EU-AIA-50-1', 'EU-AIA-50-2', 'EU-AIA-50-5', 'CN-GAI-7', 'CN-GAI-8', 'CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT'];

const envelope = (kind: string, status = 'in-review') => `kind: ${kind}\nversion: 1\ntitle: Plan\nowner: Ana\nstatus: ${status}\nupdated: 2026-11-01\n`;

function compliance(checks: { id: string; covers: string[]; status?: string }[], fileStatus = 'in-review'): string {
  const lines = checks.map(
    (c) => `  - id: ${c.id}\n    area: transparency\n    question: Is it answered?\n    status: ${c.status ?? 'pass'}\n    evidence: The review of 2026-11-01\n    owner: Ana\n    covers: [${c.covers.join(', ')}]\n`,
  );
  return `${envelope('compliance', fileStatus)}checks:\n${lines.join('')}`;
}

/** A launch milestone due on a date (done then, when that is past). */
function launchOn(due: string): string {
  const done = due <= '2026-11-23' ? `    status: done\n    done_on: ${due}\n` : '    status: planned\n';
  return `${envelope('milestones')}milestones:\n  - id: MS-LAUNCH\n    name: Launch\n    stage: launch\n    owner: Ana\n    start: ${due}\n    due: ${due}\n    deliverables: [Release]\n    acceptance: [Crash rate <= 0.1%]\n${done}`;
}

const allCovered = { 'specs/compliance.yaml': compliance([{ id: 'C-ALL', covers: APPLYING }]) };
const uncovered = (id: string, from: string, severity: 'error' | 'warning' = 'error', line = 7) => ({ line, col: 1, severity, message: new RegExp(`^${id} applies (to this product )?from ${from}`) });

testRule(regulationCoverage, {
  accept: [
    { name: 'EU and CN, chatbot and generates-text: the items that apply, all covered and passing', files: allCovered, options: EU_CN_CHATBOT },
    { name: 'a market no item names: nothing applies', files: { 'specs/compliance.yaml': compliance([{ id: 'C-X', covers: ['CN-PIPL-24'] }]) }, options: regulation(['US'], ['chatbot', 'generates-text']) },
    { name: 'no markets declared: the rule does not guess', files: { 'specs/compliance.yaml': compliance([{ id: 'C-X', covers: ['CN-PIPL-24'] }]) } },
    { name: 'a check marked n/a covers an item too (the reviewer judged it does not apply)', files: { 'specs/compliance.yaml': compliance([{ id: 'C-ALL', covers: APPLYING, status: 'n/a' }]) }, options: EU_CN_CHATBOT },
  ],
  reject: [
    {
      name: 'nothing covered: each item that applies, once, at the checks key, with its date',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-OTHER', covers: ['CN-PIPL-24'] }]) },
      options: EU_CN_CHATBOT,
      findings: [
        uncovered('EU-AIA-50-1', '2026-08-02'),
        uncovered('EU-AIA-50-2', '2026-08-02'),
        uncovered('EU-AIA-50-5', '2026-08-02'),
        uncovered('CN-GAI-7', '2023-08-15'),
        uncovered('CN-GAI-8', '2023-08-15'),
        uncovered('CN-LABEL-EXPLICIT', '2025-09-01'),
        uncovered('CN-LABEL-IMPLICIT', '2025-09-01'),
        uncovered('CN-LABEL-AGREEMENT', '2025-09-01'),
      ],
    },
    {
      name: 'a launch before 2 August 2026: the EU items apply after it (warnings), the Chinese ones before it (errors)',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-CN', covers: APPLYING.filter((id) => id.startsWith('CN-GAI')) }]), 'specs/milestones.yaml': launchOn('2026-06-01') },
      options: EU_CN_CHATBOT,
      findings: [
        { ...uncovered('EU-AIA-50-1', '2026-08-02', 'warning'), message: 'EU-AIA-50-1 applies from 2026-08-02, after the launch on 2026-06-01 (Tell people they are interacting with an AI system): plan for it with a check that `covers: [EU-AIA-50-1]`' },
        uncovered('EU-AIA-50-2', '2026-08-02', 'warning'),
        uncovered('EU-AIA-50-5', '2026-08-02', 'warning'),
        { ...uncovered('CN-LABEL-EXPLICIT', '2025-09-01'), message: 'CN-LABEL-EXPLICIT applies to this product from 2025-09-01 (Explicit labels on generated content, kept on download, copy and export), and no compliance check covers it: add a check with `covers: [CN-LABEL-EXPLICIT]` (`aipm explain CN-LABEL-EXPLICIT` says what it asks)' },
        uncovered('CN-LABEL-IMPLICIT', '2025-09-01'),
        uncovered('CN-LABEL-AGREEMENT', '2025-09-01'),
      ],
    },
    {
      name: 'from_existing: a product on the market before 2 August 2026 marks its output from 2 December 2026 (after today: a warning)',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-ALL', covers: APPLYING.filter((id) => id !== 'EU-AIA-50-2') }]) },
      options: regulation(['EU', 'CN'], ['chatbot', 'generates-text'], { launched: '2026-03-01' }),
      findings: [uncovered('EU-AIA-50-2', '2026-12-02', 'warning')],
    },
    {
      name: 'the same product launched after 2 August 2026 has no grace: an error',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-ALL', covers: APPLYING.filter((id) => id !== 'EU-AIA-50-2') }]) },
      options: regulation(['EU', 'CN'], ['chatbot', 'generates-text'], { launched: '2026-09-01' }),
      findings: [uncovered('EU-AIA-50-2', '2026-08-02')],
    },
    {
      name: 'capabilities decide: image generation brings 50(2) and 50(5) in the EU, the training-data and labelling items in China; global matches both',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-MARK', covers: ['EU-AIA-50-2'] }]) },
      options: regulation(['global'], ['generates-image']),
      findings: [uncovered('EU-AIA-50-5', '2026-08-02'), uncovered('CN-GAI-7', '2023-08-15'), uncovered('CN-GAI-8', '2023-08-15'), uncovered('CN-LABEL-EXPLICIT', '2025-09-01'), uncovered('CN-LABEL-IMPLICIT', '2025-09-01'), uncovered('CN-LABEL-AGREEMENT', '2025-09-01')],
    },
    {
      name: 'all of: a recommender with public-opinion attributes in China files its algorithm; PIPL Art. 24 applies to it too',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-PIPL', covers: ['CN-PIPL-24'] }]) },
      options: regulation(['CN'], ['recommendation', 'public-opinion']),
      findings: [uncovered('CN-ALGO-FILING', '2022-03-01')],
    },
    {
      name: 'an Annex III area in the EU: the high-risk items, from 2 December 2027 (after the launch: warnings)',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-X', covers: ['EU-AIA-9', 'EU-AIA-10', 'EU-AIA-13', 'EU-AIA-14', 'EU-AIA-15', 'EU-AIA-IV-2G', 'EU-AIA-IV-3'] }]) },
      options: regulation(['EU'], ['employment']),
      findings: [uncovered('EU-AIA-IV-4', '2027-12-02', 'warning'), uncovered('EU-AIA-IV-9', '2027-12-02', 'warning')],
    },
    {
      name: 'covered but failing (error), open on the launch date (error), open before the launch (warning)',
      files: {
        'specs/compliance.yaml': compliance([
          { id: 'C-FAIL', covers: ['CN-GAI-7'], status: 'fail' },
          { id: 'C-OPEN', covers: APPLYING.filter((id) => id !== 'CN-GAI-7'), status: 'open' },
        ]),
      },
      options: EU_CN_CHATBOT,
      findings: [
        { line: 11, col: 13, severity: 'error', message: 'check `C-FAIL` covers CN-GAI-7 (Training data from lawful sources, personal information with consent) and fails: the product may not launch in CN this way' },
        ...APPLYING.filter((id) => id !== 'CN-GAI-7').map((id) => ({ line: 18, col: 13, severity: 'error' as const, message: new RegExp(`^check \`C-OPEN\` covers ${id} .* is still \`open\` on or after the launch on 2026-11-23`) })),
      ],
    },
    {
      name: 'open before a launch still to come: warnings',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-OPEN', covers: APPLYING, status: 'open' }]), 'specs/milestones.yaml': launchOn('2027-01-15') },
      options: regulation(['CN'], ['generates-text']),
      findings: APPLYING.filter((id) => id.startsWith('CN')).map((id) => ({ line: 11, col: 13, severity: 'warning' as const, message: new RegExp(`^check \`C-OPEN\` covers ${id} .* still \`open\`; the launch is on 2027-01-15$`) })),
    },
    {
      name: 'a draft compliance file does not soften a gap',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-CN', covers: APPLYING.filter((id) => id !== 'CN-GAI-8') }], 'draft') },
      options: EU_CN_CHATBOT,
      findings: [uncovered('CN-GAI-8', '2023-08-15')],
    },
    {
      name: 'an id in covers that no catalogue has: one reference finding with the nearest id, whatever the markets',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-ALL', covers: [...APPLYING, 'CN-LABEL-EXPLICT'] }]) },
      findings: [{ rule: 'reference', line: 14, col: 131, severity: 'error', message: '`CN-LABEL-EXPLICT` is in no regulation catalogue; did you mean `CN-LABEL-EXPLICIT`? (`aipm explain --catalogue eu-ai-act` lists a catalogue\'s items)' }],
    },
    {
      name: 'a typo in covers for an item that applies: the reference finding only, not the item uncovered as well (one typo, one finding)',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-ALL', covers: [...APPLYING.filter((id) => id !== 'CN-LABEL-EXPLICIT'), 'CN-LABEL-EXPLICT'] }]) },
      options: EU_CN_CHATBOT,
      findings: [{ rule: 'reference', line: 14, col: 112, severity: 'error', message: /^`CN-LABEL-EXPLICT` is in no regulation catalogue; did you mean `CN-LABEL-EXPLICIT`\?/ }],
    },
    {
      name: 'in a zh workspace the reference finding reads in Chinese',
      files: { 'specs/compliance.yaml': compliance([{ id: 'C-X', covers: ['EU-AIA-50-l'] }]) },
      options: { lang: 'zh' },
      findings: [{ rule: 'reference', line: 14, col: 14, message: '`EU-AIA-50-l` 不在任何法规目录中；是不是想写 `EU-AIA-50-1`？（`aipm explain --catalogue eu-ai-act` 列出一个目录的条目）' }],
    },
  ],
});
