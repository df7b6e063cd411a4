import { appliesFrom, itemApplies } from '../catalogues/index.js';
import type { CheckedFile, Entry } from '../model/types.js';
import { unknownCovers } from '../check/covers.js';
import { defineRule, type Messages, type ProblemOf, type Regulation } from './types.js';

const messages = {
  uncovered: {
    en: '{id} applies to this product from {from} ({title}), and no compliance check covers it: add a check with `covers: [{id}]` (`aipm explain {id}` says what it asks)',
    zh: '{id} 自 {from} 起适用于本产品（{title}），但没有合规检查项覆盖它：添加一项 `covers: [{id}]` 的检查（`aipm explain {id}` 说明它要求什么）',
  },
  later: {
    en: '{id} applies from {from}, after the launch on {launch} ({title}): plan for it with a check that `covers: [{id}]`',
    zh: '{id} 自 {from} 起适用，晚于上线日期 {launch}（{title}）：提前规划，添加一项 `covers: [{id}]` 的检查',
  },
  failing: {
    en: 'check `{check}` covers {id} ({title}) and fails: the product may not launch in {markets} this way',
    zh: '检查项 `{check}` 覆盖 {id}（{title}），但未通过：这样无法在 {markets} 上线',
  },
  openAtLaunch: {
    en: 'check `{check}` covers {id} ({title}) and is still `open` on or after the launch on {launch}: answer it (`status: pass` with `evidence`)',
    zh: '检查项 `{check}` 覆盖 {id}（{title}），到上线日期 {launch} 仍为 `open`：完成它（`status: pass` 并写明 `evidence`）',
  },
  openBeforeLaunch: {
    en: 'check `{check}` covers {id} ({title}) and is still `open`; the launch is on {launch}',
    zh: '检查项 `{check}` 覆盖 {id}（{title}），仍为 `open`；上线日期为 {launch}',
  },
} satisfies Messages;

type Found = ProblemOf<typeof messages>;

export const regulationCoverage = defineRule({
  meta: {
    id: 'regulation-coverage',
    severity: 'error',
    title: { en: 'Every regulation item that applies is covered by a compliance check', zh: '适用的法规条目都有合规检查项覆盖' },
    checks: {
      en: 'For the markets and capabilities aipm.yaml declares (`product.markets`, `product.capabilities`), each catalogue item that applies from the launch (the earliest `launch` milestone\'s `due`, else today): no compliance check `covers` it (error; a warning when it applies only after the launch), a covering check that is `fail` (error) or still `open` (error from the launch date, a warning before it).',
      zh: '按 aipm.yaml 声明的市场和能力（`product.markets`、`product.capabilities`），对上线时（最早的 `launch` 里程碑的 `due`，否则为今天）已适用的每个目录条目：没有合规检查项 `covers` 它（错误；上线后才适用时为警告），覆盖它的检查项为 `fail`（错误）或仍为 `open`（上线日起为错误，之前为警告）。',
    },
    why: {
      en: 'Whether an AI product may launch depends on concrete, dated duties where it ships: a disclosure for a chatbot in the EU from 2 August 2026, labels on generated content in China from 1 September 2025. A compliance review with any questions at all passes; one answered item by item against the catalogues shows what is still missing. (An aid to a review, not legal advice.)',
      zh: 'AI 产品能否上线，取决于目标市场具体、有日期的义务：如欧盟自 2026 年 8 月 2 日起要求聊天机器人告知用户，中国自 2025 年 9 月 1 日起要求对生成内容加标识。随便列几个问题的合规复盘也能通过；逐条对照法规目录作答，才能看出还缺什么。（用于辅助评审，不构成法律意见。）',
    },
    fix: {
      en: 'Add a compliance check for the item with `covers: [<item-id>]`, the item\'s evidence as its question, an owner, and `status: pass` with `evidence` once answered (`aipm explain <item-id>` prints what it asks). If the product does not do what the item is about, correct `product.capabilities` in aipm.yaml.',
      zh: '为该条目添加一项合规检查，写 `covers: [<条目 id>]`，以条目要求的证据为问题并指定负责人，完成后设 `status: pass` 并写明 `evidence`（`aipm explain <条目 id>` 说明要求）。若产品并不具备该能力，修正 aipm.yaml 中的 `product.capabilities`。',
    },
  },
  messages,
  check(ctx) {
    const regulation = ctx.regulation;
    // A product that declares no markets gets no item: the rule does not guess where it ships.
    if (!regulation || regulation.markets.length === 0) return [];
    const found: Found[] = [];
    const checks = ctx.items('compliance-check');
    const catalogues = regulation.catalogues();
    // An id in `covers` that no catalogue has is a `reference` finding (src/check/covers.ts); the
    // item it probably meant is not reported uncovered as well: one typo, one finding.
    const meant = new Set(unknownCovers(checks, catalogues).flatMap((u) => (u.suggestion !== undefined ? [u.suggestion] : [])));
    const launch = launchDate(ctx.items('milestone')) ?? ctx.today;
    const at = reportAt(ctx.docs('compliance').map((d) => d.file), regulation.config);
    for (const catalogue of catalogues) {
      for (const item of catalogue.items) {
        if (!itemApplies(item, regulation)) continue;
        const from = appliesFrom(item, regulation.launched);
        const params = { id: item.id, title: item.title[ctx.lang], from, launch, markets: item.applies.markets.join(', ') };
        const covering = checks.filter((c) => c.value.covers?.includes(item.id));
        if (covering.length === 0) {
          if (at && !meant.has(item.id)) found.push({ ...at, msg: from <= launch ? 'uncovered' : 'later', params, ...(from <= launch ? { firm: true } : { mild: true }) });
          continue;
        }
        for (const c of covering) {
          const where = { file: c.file, path: [...c.path, 'status'] };
          if (c.value.status === 'fail') found.push({ ...where, msg: 'failing', params: { ...params, check: c.id } });
          else if (c.value.status === 'open') {
            const due = ctx.today >= launch && from <= launch;
            found.push({ ...where, msg: due ? 'openAtLaunch' : 'openBeforeLaunch', params: { ...params, check: c.id }, ...(due ? {} : { mild: true }) });
          }
        }
      }
    }
    return found;
  },
});

/** The launch: the earliest `due` of a `launch` milestone. */
function launchDate(milestones: readonly Entry<'milestone'>[]): string | undefined {
  const dues = milestones.filter((m) => m.value.stage === 'launch').map((m) => m.value.due);
  return dues.length > 0 ? dues.sort()[0] : undefined;
}

/** Where an uncovered item is reported: the first compliance file's `checks` key, else `product.capabilities` in aipm.yaml. */
function reportAt(complianceFiles: readonly CheckedFile[], config: CheckedFile | undefined): { file: CheckedFile; path: readonly (string | number)[]; key?: boolean } | undefined {
  const first = complianceFiles[0];
  if (first) return { file: first, path: ['checks'], key: true };
  return config ? { file: config, path: ['product', 'capabilities'] } : undefined;
}
