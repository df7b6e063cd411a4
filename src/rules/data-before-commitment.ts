import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  dataset: {
    en: 'requirement `{id}` is {status} but depends on dataset `{dataset}` whose verdict is {verdict}',
    zh: '需求 `{id}` 状态为 {status}，但依赖的数据集 `{dataset}` 结论为 {verdict}',
  },
  cannot: {
    en: 'requirement `{id}` is {status} but its feasibility verdict is `cannot`',
    zh: '需求 `{id}` 状态为 {status}，但其可行性结论为 `cannot`（不能做）',
  },
} satisfies Messages;

const COMMITTED = new Set(['accepted', 'in-progress', 'done']);

export const dataBeforeCommitment = defineRule({
  meta: {
    id: 'data-before-commitment',
    severity: 'error',
    checks: {
      en: 'An accepted, in-progress or done requirement that depends on a dataset whose `verdict` is `no-go` (error) or `conditional` (warning), or whose own feasibility verdict is `cannot`.',
      zh: '状态为 accepted、in-progress 或 done 的需求依赖 `verdict` 为 `no-go`（错误）或 `conditional`（警告）的数据集，或自身可行性结论为 `cannot`。',
    },
    title: { en: 'Data comes before commitment', zh: '先有数据，再做承诺' },
    why: {
      en: 'Most AI features fail on data, not on models. Accepting a requirement whose data was judged no-go (or whose feasibility is "cannot") commits the team to something it already knows it cannot build.',
      zh: '多数 AI 功能败在数据而不是模型。接受一个数据结论为 no-go（或可行性为「不能做」）的需求，等于承诺一件已知做不到的事。',
    },
    fix: {
      en: 'Close the data gap first (collect, buy, label) and update the dataset\'s verdict, or move the requirement back to `proposed`. A `conditional` dataset warns: write the condition down in its `gaps`.',
      zh: '先补齐数据缺口（采集、采购、标注）并更新数据集结论，或把需求退回 `proposed`。`conditional` 的数据集只警告：请在 `gaps` 中写明条件。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const r of ctx.items('requirement')) {
      if (!COMMITTED.has(r.value.status)) continue;
      r.value.datasets?.forEach((id, i) => {
        const ds = ctx.find('dataset', id);
        if (!ds || ds.value.verdict === 'go') return;
        found.push({
          file: r.file,
          path: [...r.path, 'datasets', i],
          msg: 'dataset',
          params: { id: r.id, status: r.value.status, dataset: id, verdict: ds.value.verdict },
          ...(ds.value.verdict === 'conditional' ? { mild: true } : {}),
        });
      });
      if (r.value.feasibility?.verdict === 'cannot') {
        found.push({ file: r.file, path: [...r.path, 'feasibility', 'verdict'], msg: 'cannot', params: { id: r.id, status: r.value.status } });
      }
    }
    return found;
  },
});
