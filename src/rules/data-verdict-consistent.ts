import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  unavailable: {
    en: 'dataset `{id}` is judged go, but its availability is `unavailable`: the data does not exist yet. Judge it no-go (or conditional, with `gaps`) until it does',
    zh: '数据集 `{id}` 结论为 go，但可获得性为 `unavailable`：数据还不存在。在数据到位前请判为 no-go（或 conditional 并写明 `gaps`）',
  },
  volume: {
    en: 'dataset `{id}` is judged go, but has {have} of the {need}{unit} it needs ({share}%): judge it conditional or no-go, or say where the rest comes from',
    zh: '数据集 `{id}` 结论为 go，但只有 {have}{unit}，需要 {need}{unit}（{share}%）：请判为 conditional 或 no-go，或说明缺口从哪里补',
  },
  labelError: {
    en: 'dataset `{id}` is judged go, but its label error rate {rate} is above its own bound `max_error_rate: {max}`: relabel or audit first, or judge it conditional',
    zh: '数据集 `{id}` 结论为 go，但标注错误率 {rate} 高于其自身上限 `max_error_rate: {max}`：请先重标或抽检，或判为 conditional',
  },
  uncovered: {
    en: 'dataset `{id}` is judged go, but does not cover the scenario "{scenario}" and lists no `gaps`: name the gap (and how the product handles it)',
    zh: '数据集 `{id}` 结论为 go，但没有覆盖场景「{scenario}」，且没有列出任何 `gaps`：请写明这个缺口（以及产品如何应对）',
  },
} satisfies Messages;

const number = (n: number) => String(Math.round(n * 1000) / 1000);

export const dataVerdictConsistent = defineRule({
  meta: {
    id: 'data-verdict-consistent',
    severity: 'error',
    checks: {
      en: 'A dataset judged `go` while its own numbers say otherwise: `availability: unavailable`, `volume.have` below `volume.need`, `quality.label_error_rate` above `labeling.max_error_rate`; a `covered: false` scenario on a `go` dataset that has no `gaps` at all (warning).',
      zh: '数据集结论为 `go`，但它自己的数字并不支持：`availability: unavailable`、`volume.have` 小于 `volume.need`、`quality.label_error_rate` 高于 `labeling.max_error_rate`；结论为 `go` 的数据集有 `covered: false` 的场景却没有任何 `gaps`（警告）。',
    },
    title: { en: 'A go verdict agrees with the data\'s numbers', zh: '数据结论与数据本身的数字一致' },
    why: {
      en: '"Data before commitment" only protects a plan if the verdict is true. A dataset marked go that does not exist yet, holds a fraction of the volume it needs, or is labelled worse than its own bound lets requirements be committed on data that is not there.',
      zh: '「数据先行」只有在结论属实时才能保护计划。数据还不存在、数量远不够、标注质量低于自身上限，却标为 go，会让需求建立在并不存在的数据之上。',
    },
    fix: {
      en: 'Make the verdict follow the numbers: `conditional` (with `gaps` saying what is missing and by when) or `no-go`; or correct the numbers if they are out of date.',
      zh: '让结论跟着数字走：改为 `conditional`（在 `gaps` 中写明缺什么、何时补齐）或 `no-go`；如果数字已过时，请更新数字。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const d of ctx.items('dataset')) {
      const { availability, volume, quality, labeling, coverage, gaps } = d.value;
      if (d.value.verdict !== 'go') continue;
      const at = (...path: (string | number)[]) => ({ file: d.file, path: [...d.path, ...path] });
      if (availability === 'unavailable') found.push({ ...at('availability'), msg: 'unavailable', params: { id: d.id } });
      if (volume && volume.have < volume.need) {
        const share = volume.need > 0 ? number((volume.have / volume.need) * 100) : '0';
        found.push({ ...at('volume', 'have'), msg: 'volume', params: { id: d.id, have: number(volume.have), need: number(volume.need), unit: volume.unit ? ` ${volume.unit}` : '', share } });
      }
      const rate = quality?.label_error_rate;
      const max = labeling?.max_error_rate;
      if (rate !== undefined && max !== undefined && rate > max) found.push({ ...at('quality', 'label_error_rate'), msg: 'labelError', params: { id: d.id, rate: number(rate), max: number(max) } });
      if (!gaps?.length) {
        coverage?.forEach((c, i) => {
          if (!c.covered) found.push({ ...at('coverage', i, 'covered'), msg: 'uncovered', params: { id: d.id, scenario: c.scenario }, mild: true });
        });
      }
    }
    return found;
  },
});
