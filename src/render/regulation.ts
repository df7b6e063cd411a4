import { applicableItems, appliesFrom, isHighRisk, CAPABILITIES, type Capability, type Catalogue, type CatalogueItem } from '../catalogues/index.js';
import { t as message, type Lang, type Localized } from '../i18n/index.js';
import { live } from '../model/queries.js';
import type { Entry } from '../model/types.js';
import { fields, md, word, table, type Field, type RenderContext, type Table } from './context.js';
import { escapeMessage } from './markdown.js';

// The packet's "Regulatory coverage" section: each catalogue item that applies to the product, its
// date and source, the checks that cover it and their status; for an EU high-risk system, where
// the plan holds each point of the technical documentation of Annex IV (SPEC: Regulation catalogues).

/** What aipm.yaml declares for regulations, and the catalogues to answer (the check's own). */
export interface RegulationInput {
  markets: readonly string[];
  capabilities: readonly string[];
  launched?: string;
  catalogues: () => readonly Catalogue[];
}

export interface RegulatoryView {
  scope: Field[];
  note: string;
  /** One row per item that applies; none when no item does (then `none` says so). */
  items?: Table;
  none?: string;
  annex?: { intro: string; table: Table };
}

const isCapability = (c: string): c is Capability => (CAPABILITIES as readonly string[]).includes(c);

/** A capability as its id and what it means, in the packet's language: `personal-data`: processes personal information. */
function capabilityText(lang: Lang, capability: string): string {
  if (!isCapability(capability)) return `\`${capability}\``;
  const meaning = md(message(lang, `capability.${capability}`));
  return `\`${capability}\`${lang === 'zh' ? '：' : ': '}${meaning}`;
}

/**
 * The section's view, or none when the product declares no market (the check does not guess where
 * it ships, and neither does the packet). `launch` is the date items are judged at, as the
 * `regulation-coverage` rule judges them: the earliest `launch` milestone's `due`, else the date.
 */
export function regulatoryView(ctx: RenderContext, regulation: RegulationInput | undefined): RegulatoryView | undefined {
  if (!regulation || regulation.markets.length === 0) return undefined;
  const t = ctx.text;
  const catalogues = regulation.catalogues();
  const applying = applicableItems(catalogues, regulation);
  const launch = launchDate(ctx) ?? ctx.date;
  const checks = live(ctx.model.items['compliance-check']);
  const used = catalogues.filter((c) => applying.some((a) => a.catalogue === c));
  const view: RegulatoryView = {
    scope: fields(ctx, [
      ['regMarkets', regulation.markets.join(', ')],
      ['regCapabilities', regulation.capabilities.length ? regulation.capabilities.map((c) => capabilityText(ctx.lang, c)).join(ctx.lang === 'zh' ? '；' : '; ') : undefined],
      ['regJudgedAt', launch || undefined],
      ['regCatalogues', used.map((c) => `${md(c.title[ctx.lang])} (${c.id}, ${c.as_of})`).join('; ') || undefined],
    ]),
    note: md(t('regNote')),
  };
  if (applying.length === 0) return { ...view, none: t('regNone') };
  const items = table(
    ctx,
    ['regItem', 'title', 'regSource', 'regFrom', 'status', 'checks', 'evidence'],
    applying.map(({ item }) => {
      const from = appliesFrom(item, regulation.launched);
      const covering = checks.filter((c) => c.value.covers?.includes(item.id));
      const dateNotes = [...(launch && from > launch ? [t('regAfterLaunch')] : []), ...(item.verify ? [t('regVerify')] : [])];
      return [
        item.id,
        md(item.title[ctx.lang]),
        sourceCell(item),
        `${from}${dateNotes.length ? ` (${dateNotes.join(ctx.lang === 'zh' ? '，' : ', ')})` : ''}`,
        statusOf(ctx, covering),
        covering.map((c) => `${c.id} (${word(ctx, 'checkStatus', c.value.status)})`).join('; '),
        covering.flatMap((c) => (c.value.evidence ? [md(c.value.evidence)] : [])).join('; '),
      ];
    }),
  );
  return {
    ...view,
    ...(items ? { items } : {}),
    ...(isHighRisk(regulation) ? { annex: { intro: md(t('annexIntro')), table: annexIv(ctx, checks) } } : {}),
  };
}

function sourceCell(item: CatalogueItem): string {
  return md(`${item.source.article}: ${item.source.url}`);
}

/** missing (no check), failing (any fails), open (any open), else covered. */
function statusOf(ctx: RenderContext, covering: readonly Entry<'compliance-check'>[]): string {
  const t = ctx.text;
  if (covering.length === 0) return t('regMissing');
  if (covering.some((c) => c.value.status === 'fail')) return t('regFailing');
  if (covering.some((c) => c.value.status === 'open')) return t('regOpen');
  return t('regCovered');
}

function launchDate(ctx: RenderContext): string | undefined {
  return live(ctx.model.items.milestone).filter((m) => m.value.stage === 'launch').map((m) => m.value.due).sort()[0];
}

/** At most this many ids in one cell, then "+ N". */
const SHOWN = 8;
/** The language's colon. */
const t = (ctx: RenderContext) => ctx.text('colon');
const ids = (values: readonly string[]) => (values.length > SHOWN ? `${values.slice(0, SHOWN).join(', ')} + ${values.length - SHOWN}` : values.join(', '));

/**
 * Annex IV's points, each with what it asks for and where an aipm plan holds it. `where` gives the
 * evidence found (Markdown), or `undefined` for a gap; `hint` says where the plan could hold it.
 */
const ANNEX_IV: readonly { point: string; asks: Localized; hint: Localized; where: (ctx: RenderContext, checks: readonly Entry<'compliance-check'>[]) => string | undefined }[] = [
  {
    point: '1',
    asks: { en: 'General description: intended purpose, provider, versions, how it is deployed, the instructions for use', zh: '总体描述：预期用途、提供者、版本、部署方式、使用说明' },
    hint: { en: 'requirements, and a solution with its task and deployment', zh: '需求，以及写明任务和部署方式的方案' },
    where: (ctx) => {
      const requirements = live(ctx.model.items.requirement).map((r) => r.id);
      const solutions = live(ctx.model.docs.solution).map((s) => `${md(s.value.title)} (${ctx.text('taskType')}${t(ctx)} ${md(s.value.task.type)})`);
      return requirements.length || solutions.length ? [requirements.length ? `${ctx.text('requirement')}${t(ctx)} ${ids(requirements)}` : '', ...solutions].filter(Boolean).join('; ') : undefined;
    },
  },
  {
    point: '2(a)–(f)',
    asks: { en: 'How it was developed: methods, design choices, architecture, data requirements and datasheets, human oversight measures, predetermined changes', zh: '开发过程：方法、设计选择、架构、数据要求与数据说明、人工监督措施、预定变更' },
    hint: { en: 'a solution (approaches, chosen, pipeline, limits) and a data-feasibility file', zh: '方案（候选方案、选定方案、数据流程、能力边界）和数据可行性文件' },
    where: (ctx) => {
      const parts = [
        ...live(ctx.model.docs.solution).map((s) => `${md(s.value.title)}${t(ctx)} ${ctx.text('chosen')} ${s.value.chosen}${s.value.pipeline?.length ? `, ${ctx.text('pipeline')} ${ids(s.value.pipeline.map((p) => p.id))}` : ''}${s.value.limits?.length ? `, ${ctx.text('limitsCol')} ${ids(s.value.limits.map((l) => l.id))}` : ''}`),
        ...(ctx.model.items.dataset.length ? [`${ctx.text('datasets')}${t(ctx)} ${ids(live(ctx.model.items.dataset).map((d) => d.id))}`] : []),
      ];
      return parts.length ? parts.join('; ') : undefined;
    },
  },
  {
    point: '2(g)',
    asks: { en: 'Validation and testing: the data, the metrics, test logs and reports dated and signed by the responsible persons', zh: '验证与测试：所用数据、指标、测试日志和注明日期并由负责人签署的测试报告' },
    hint: { en: 'an evaluation with its owner and date, `status: approved`', zh: '写明负责人和日期、`status: approved` 的评估' },
    where: (ctx) => {
      const approved = live(ctx.model.docs.evaluation).filter((e) => e.value.status === 'approved');
      return approved.length ? approved.map((e) => `${e.value.id} (${md(e.value.owner)}, ${e.value.date}, ${word(ctx, 'fileStatus', e.value.status)})`).join('; ') : undefined;
    },
  },
  {
    point: '3',
    asks: { en: 'Capabilities and limits in performance: accuracy for the specific persons or groups it is used on, and overall; foreseeable unintended outcomes', zh: '性能上的能力与局限：对其适用的特定人员或群体的准确度及总体准确度；可预见的非预期结果' },
    hint: { en: 'metrics with segments, and an evaluation with segment results', zh: '定义了分群的指标，以及含分群结果的评估' },
    where: (ctx) => {
      const measured = live(ctx.model.items.metric).filter((m) => (m.value.segments?.length ?? 0) > 0 && (ctx.latest.get(m.id)?.segments.size ?? 0) > 0);
      return measured.length ? measured.map((m) => `${m.id} (${[...ctx.latest.get(m.id)!.segments.keys()].map(md).join(', ')}; ${ctx.latest.get(m.id)!.evaluation.id})`).join('; ') : undefined;
    },
  },
  {
    point: '4',
    asks: { en: 'Why the performance metrics are appropriate for this system', zh: '所选性能指标为何适合本系统' },
    hint: { en: 'model metrics with a definition and the business metric they support', zh: '写明定义及所支撑业务指标的模型指标' },
    where: (ctx) => {
      const justified = live(ctx.model.items.metric).filter((m) => m.value.layer === 'model' && (m.value.supports?.length ?? 0) > 0);
      return justified.length ? justified.map((m) => `${m.id} → ${m.value.supports!.join(', ')}`).join('; ') : undefined;
    },
  },
  {
    point: '5',
    asks: { en: 'The risk management system (Art. 9)', zh: '风险管理体系（第 9 条）' },
    hint: { en: 'risks in the milestones file, a check that covers EU-AIA-9', zh: '里程碑文件中的风险，覆盖 EU-AIA-9 的检查项' },
    where: (ctx, checks) => {
      const risks = live(ctx.model.items.risk).map((r) => r.id);
      const covering = checks.filter((c) => c.value.covers?.includes('EU-AIA-9')).map((c) => c.id);
      return risks.length || covering.length ? [risks.length ? `${ctx.text('risks')}${t(ctx)} ${ids(risks)}` : '', ...covering].filter(Boolean).join('; ') : undefined;
    },
  },
  {
    point: '6',
    asks: { en: 'Relevant changes made through its lifecycle', zh: '生命周期中的相关变更' },
    hint: { en: 'review records with their changes and decisions (`aipm diff`)', zh: '记录变更和决策的评审记录（`aipm diff`）' },
    where: (ctx) => {
      const reviews = live(ctx.model.docs.review).map((r) => `${md(r.value.title)} (${r.value.updated})`);
      return reviews.length ? reviews.join('; ') : undefined;
    },
  },
  {
    point: '7',
    asks: { en: 'The harmonised standards or common specifications applied, or the other solutions adopted', zh: '所适用的协调标准或通用规范，或采用的其他方案' },
    hint: { en: 'not a field of the plan: a compliance check that names them', zh: '计划中没有对应字段：在合规检查项中写明' },
    where: () => undefined,
  },
  {
    point: '8',
    asks: { en: 'A copy of the EU declaration of conformity (Art. 47)', zh: '欧盟符合性声明副本（第 47 条）' },
    hint: { en: 'not a field of the plan: a compliance check that links it', zh: '计划中没有对应字段：在合规检查项中链接' },
    where: () => undefined,
  },
  {
    point: '9',
    asks: { en: 'How performance is evaluated after launch, with the post-market monitoring plan (Art. 72)', zh: '上线后如何评估系统表现，含上市后监测计划（第 72 条）' },
    hint: { en: 'a launch plan with `monitoring` and `drift`', zh: '含 `monitoring` 和 `drift` 的上线计划' },
    where: (ctx) => {
      const plans = live(ctx.model.docs['launch-plan']).filter((p) => (p.value.monitoring?.length ?? 0) > 0 || p.value.drift);
      return plans.length
        ? plans.map((p) => `${md(p.value.title)}${t(ctx)} ${[p.value.monitoring?.length ? `${ctx.text('monitoring')} ${ids(p.value.monitoring.map((m) => m.metric))}` : '', p.value.drift ? ctx.text('drift') : ''].filter(Boolean).join(', ')}`).join('; ')
        : undefined;
    },
  },
];

function annexIv(ctx: RenderContext, checks: readonly Entry<'compliance-check'>[]): Table {
  const lang: Lang = ctx.lang;
  return table(
    ctx,
    ['annexPoint', 'annexAsks', 'annexWhere'],
    ANNEX_IV.map((p) => {
      const found = p.where(ctx, checks);
      return [p.point, md(p.asks[lang]), found ?? `${ctx.text('annexGap')}${t(ctx)} ${escapeMessage(p.hint[lang])}`];
    }),
  )!;
}
