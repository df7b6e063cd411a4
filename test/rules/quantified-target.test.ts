import { quantifiedTarget } from '../../src/rules/quantified-target.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const acceptance = (text: string) => edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', `${text}]`);

testRule(quantifiedTarget, {
  accept: [
    ...['Improve accuracy to 90%', '效率提升两倍', '等待时间减少三成', '响应时间降低一半天', 'improve M-TOP1-ACC >= target'].map((text) => ({ name: `held to a number: ${text}`, files: acceptance(text) })),
    ...['Faster turnaround with P95 < 800 ms', 'Better recall of at least 85 on the golden set', '提升 20%', '2 倍 更快', '响应更快 30 秒以内', '准确率不低于 95', 'Faster by 12 hours', 'Lower miss rate under 1.5pp', 'faster by 3x'].map((text) => ({ name: `held to a comparison: ${text}`, files: acceptance(text) })),
    { name: 'en words match whole words only (Betterment)', files: acceptance('Reviewed by the Betterment team') },
    { name: 'a word that is vague only through vague_words, without them', files: acceptance('Robust recall') },
  ],
  reject: [
    {
      name: 'a vague acceptance criterion, at the criterion',
      files: acceptance('Much better severe recall'),
      findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'Much better'), severity: 'error', message: '"Much better severe recall" leans on the vague word "better" with no number to hold it to: add a comparison, e.g. ">= 90%", "P95 <= 300 ms" or "M-ACC >= target"' }],
    },
    {
      name: 'a vague rollout exit criterion (zh, as a substring)',
      files: edit(zh, 'specs/launch-plan.yaml', '[M-ETA-MAE <= 6 分钟, 无 P1 故障]', '[误差明显降低]'),
      options: { lang: 'zh' },
      findings: (f) => [{ line: lineOf(f['specs/launch-plan.yaml']!, '误差明显降低'), message: /明显/ }],
    },
    {
      name: 'a stray number does not hold a vague word ("… Q3 … 12 clause types")',
      files: acceptance('Faster turnaround than in Q3 for all 12 clause types'),
      findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'Faster turnaround'), message: '"Faster turnaround than in Q3 for all 12 clause types" leans on the vague word "Faster" with no number to hold it to: add a comparison, e.g. ">= 90%", "P95 <= 300 ms" or "M-ACC >= target"' }],
    },
    ...['Better recall on 3 new brands', '更快响应 12 类投诉', 'Improve P95 latency', 'Reduce errors in v2'].map((text) => ({
      name: `no comparison: ${text}`,
      files: acceptance(text),
      findings: (f: Record<string, string>) => [{ line: lineOf(f['specs/milestones.yaml']!, text) }],
    })),
    { name: 'en words ignoring case (IMPROVED)', files: acceptance('IMPROVED recall'), findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'IMPROVED') }] },
    { name: 'the extra vague_words from aipm.yaml', files: acceptance('Robust recall'), options: { vagueWords: ['robust'] }, findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'Robust recall'), message: /"robust"|"Robust"/ }] },
  ],
});
