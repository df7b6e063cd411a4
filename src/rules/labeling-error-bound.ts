import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: 'dataset `{id}` needs labeling but sets no `max_error_rate`',
    zh: '数据集 `{id}` 需要标注，却没有设定 `max_error_rate`（标注错误率上限）',
  },
} satisfies Messages;

export const labelingErrorBound = defineRule({
  meta: {
    id: 'labeling-error-bound',
    severity: 'warning',
    checks: {
      en: 'A dataset with `labeling.required: true` but no `max_error_rate`.',
      zh: '`labeling.required: true` 的数据集没有 `max_error_rate`。',
    },
    title: { en: 'Labeling has an error bound', zh: '标注要有错误率上限' },
    why: {
      en: 'Label noise sets a ceiling on model quality. Without a maximum error rate, a labeling vendor cannot be held to anything and bad labels are found only when the model disappoints.',
      zh: '标注噪声决定了模型效果的上限。没有错误率上限，就无法约束标注方，坏标注要等模型效果不佳时才会被发现。',
    },
    fix: {
      en: 'Set `labeling.max_error_rate` (a fraction, e.g. 0.03) and a `sample_rate` for the quality check.',
      zh: '设置 `labeling.max_error_rate`（小数，如 0.03）以及抽检比例 `sample_rate`。',
    },
  },
  messages,
  check(ctx) {
    return ctx
      .items('dataset')
      .filter((d) => d.value.labeling?.required && d.value.labeling.max_error_rate === undefined)
      .map((d) => ({ file: d.file, path: [...d.path, 'labeling'], msg: 'finding', params: { id: d.id } }));
  },
});
