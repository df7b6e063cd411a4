import type { Lang } from './index.js';

/**
 * The values of the kinds' enum fields as a reader of the workspace's language reads them. Chinese
 * has a word for each; English has words where the value as written is not one (`in-review`,
 * `human-oversight`, `n/a`). A field not listed, or a value not listed under it, shows as written.
 */
const zh = {
  fileStatus: { draft: '草稿', 'in-review': '评审中', approved: '已批准', superseded: '已被取代' },
  requirementStatus: { proposed: '已提出', accepted: '已接受', 'in-progress': '进行中', done: '已完成', dropped: '已放弃' },
  requirementType: { feature: '功能', 'tech-debt': '技术债', exploration: '探索', compliance: '合规' },
  feasibility: { can: '可行', hard: '有难度', cannot: '不可行' },
  datasetSource: { internal: '内部', external: '外部', purchased: '采购', generated: '生成' },
  availability: { available: '可用', partial: '部分可用', unavailable: '不可用' },
  verdict: { go: '可行', conditional: '有条件可行', 'no-go': '不可行' },
  layer: { business: '业务', model: '模型', system: '系统', guardrail: '护栏', feedback: '反馈' },
  method: { offline: '离线', 'online-ab': '线上 A/B', shadow: '影子测试', manual: '人工' },
  milestoneStatus: { planned: '计划中', 'in-progress': '进行中', done: '已完成', 'at-risk': '有风险', slipped: '已延期' },
  level: { low: '低', medium: '中', high: '高' },
  riskStatus: { open: '未关闭', mitigating: '应对中', closed: '已关闭' },
  decisionStatus: { open: '待决定', done: '已决定' },
  evalDecision: { ship: '上线', iterate: '继续迭代', stop: '停止' },
  strategy: { gradual: '灰度', full: '全量' },
  area: { consent: '知情同意', anonymization: '匿名化', bias: '偏见', explainability: '可解释性', 'content-safety': '内容安全', 'human-oversight': '人工监督', labeling: '标识', filing: '备案', transparency: '透明度', other: '其他' },
  checkStatus: { pass: '通过', fail: '未通过', open: '待处理', 'n/a': '不适用' },
  limitType: { confirm: '用户确认', 'human-review': '人工复核', fallback: '降级', feedback: '反馈', scope: '限定范围', notice: '告知用户' },
  serving: { online: '在线', batch: '批量', edge: '端侧' },
  severity: { error: '错误', warning: '警告' },
  productType: { recommendation: '推荐', 'customer-service': '客服', 'image-classification': '图像分类', 'llm-assistant': '大模型助手' },
} as const;

export type EnumField = keyof typeof zh;

/** English: only the values that are not already words as they are written. */
const en: { [F in EnumField]?: Partial<Record<keyof (typeof zh)[F], string>> } = {
  fileStatus: { 'in-review': 'in review' },
  requirementStatus: { 'in-progress': 'in progress' },
  requirementType: { 'tech-debt': 'tech debt' },
  verdict: { go: 'feasible', conditional: 'feasible with conditions', 'no-go': 'not feasible' },
  method: { 'online-ab': 'online A/B test', shadow: 'shadow test' },
  milestoneStatus: { 'in-progress': 'in progress', 'at-risk': 'at risk' },
  area: { 'content-safety': 'content safety', 'human-oversight': 'human oversight' },
  checkStatus: { 'n/a': 'not applicable' },
  limitType: { 'human-review': 'human review', scope: 'limited scope', notice: 'notice to users' },
  productType: { 'customer-service': 'customer service', 'image-classification': 'image classification', 'llm-assistant': 'LLM assistant' },
};

/** An enum value in the workspace's language. */
export function enumText(lang: Lang, field: EnumField, value: string): string {
  const words = (lang === 'zh' ? zh[field] : en[field] ?? {}) as Record<string, string>;
  return Object.hasOwn(words, value) ? words[value]! : value;
}
