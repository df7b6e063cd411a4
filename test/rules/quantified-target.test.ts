import { quantifiedTarget } from '../../src/rules/quantified-target.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const acceptance = (text: string) => edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', `${text}]`);

testRule(quantifiedTarget, {
  accept: [
    ...['Improve accuracy to 90%', '效率提升两倍', '等待时间减少三成', '响应时间降低一半天', 'improve M-TOP1-ACC >= target'].map((text) => ({ name: `held to a number: ${text}`, files: acceptance(text) })),
    { name: 'en words match whole words only (Betterment)', files: acceptance('Reviewed by the Betterment team') },
    { name: 'a word that is vague only through vague_words, without them', files: acceptance('Robust recall') },
  ],
  reject: [
    {
      name: 'a vague acceptance criterion, at the criterion',
      files: acceptance('Much better severe recall'),
      findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'Much better'), severity: 'error', message: '"Much better severe recall" leans on the vague word "better" with no number to hold it to' }],
    },
    {
      name: 'a vague rollout exit criterion (zh, as a substring)',
      files: edit(zh, 'specs/launch-plan.yaml', '[M-ETA-MAE <= 6 分钟, 无 P1 故障]', '[误差明显降低]'),
      options: { lang: 'zh' },
      findings: (f) => [{ line: lineOf(f['specs/launch-plan.yaml']!, '误差明显降低'), message: /明显/ }],
    },
    { name: 'en words ignoring case (IMPROVED)', files: acceptance('IMPROVED recall'), findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'IMPROVED') }] },
    { name: 'the extra vague_words from aipm.yaml', files: acceptance('Robust recall'), options: { vagueWords: ['robust'] }, findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'Robust recall'), message: /"robust"|"Robust"/ }] },
  ],
});
