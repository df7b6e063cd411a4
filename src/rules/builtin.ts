import type { RuleMeta } from './types.js';

/** The checks before the rules: always on, never suppressed; described like rules for `explain` and SARIF. */
export const builtinChecks = [
  {
    id: 'yaml-syntax',
    severity: 'error',
    title: { en: 'Spec files are plain YAML 1.2', zh: '规格文件是标准 YAML 1.2' },
    checks: {
      en: 'YAML that does not parse; a `%YAML` directive other than 1.2; tags outside the core schema (`!!binary`, `!include`…); several documents in one file; an empty file; duplicate keys (also `1` and `"1"`); alias bombs; a file too large to read.',
      zh: '无法解析的 YAML；1.2 以外的 `%YAML` 指令；核心模式以外的标签（`!!binary`、`!include`……）；一个文件多个文档；空文件；重复的键（`1` 与 `"1"` 也算）；别名炸弹；过大的文件。',
    },
    why: {
      en: 'A file that does not parse cannot be checked at all; and YAML features outside the core schema read differently in different tools.',
      zh: '无法解析的文件根本无法检查；核心模式之外的 YAML 特性在不同工具里含义不同。',
    },
    fix: {
      en: 'Fix the syntax at the position given: indent with spaces, quote values that hold a colon followed by a space, or `#`, remove the duplicate key or the tag.',
      zh: '按提示位置修正语法：用空格缩进，含“冒号加空格”或 `#` 的值加引号，删除重复的键或标签。',
    },
  },
  {
    id: 'schema',
    severity: 'error',
    title: { en: 'Every file follows its kind\'s schema', zh: '每个文件符合其类型的结构' },
    checks: {
      en: 'A missing `kind` or required field, an unknown key (with the nearest known key), a value of the wrong type or outside its enum, a bad date or id, a target that is not an operator and a number (or a change against the metric\'s `baseline`), a unit that is not the metric\'s, a relative target on a metric without `baseline` (or in `pp` on a metric not in `%`), a malformed `# aipm-ignore` comment.',
      zh: '缺少 `kind` 或必填字段、未知的键（附最接近的已知键）、类型错误或不在枚举内的值、错误的日期或 id、不是“运算符+数字”（或相对指标 `baseline` 的变化）的目标、与指标不一致的单位、指标没有 `baseline` 却写了相对目标（或单位不是 `%` 却用了 `pp`）、格式错误的 `# aipm-ignore` 注释。',
    },
    why: {
      en: 'Field names are the contract every rule, document and tool reads: a misspelled key is nearly always a typo that silently drops what it meant to say.',
      zh: '字段名是所有规则、文档和工具读取的契约：拼错的键几乎总是笔误，会悄悄丢掉本想表达的内容。',
    },
    fix: {
      en: 'Follow the message: rename the key, add the field, or write the value as the schema says (`aipm schema` gives editors the same schema).',
      zh: '按提示修改：重命名键、补充字段，或按结构要求书写值（`aipm schema` 为编辑器提供同一份结构）。',
    },
  },
  {
    id: 'duplicate-id',
    severity: 'error',
    title: { en: 'Ids are unique across the workspace', zh: 'id 在工作区内唯一' },
    checks: { en: 'An id defined a second time, anywhere in the workspace (reported at the second, naming the first).', zh: '在工作区任何位置重复定义的 id（报在第二处，并指出第一处）。' },
    why: { en: 'A reference must mean one thing: with two definitions, every check that follows it reads the wrong one half the time.', zh: '一个引用必须只指向一处：定义两次时，后续检查有一半会读错。' },
    fix: { en: 'Rename one of the two (`aipm rename` updates the references).', zh: '重命名其中一个（并更新所有引用）。' },
  },
  {
    id: 'reference',
    severity: 'error',
    title: { en: 'References resolve to the right kind', zh: '引用指向正确类型的 id' },
    checks: {
      en: 'A reference to an id nobody defines (with the nearest id of the right kind), to an id of the wrong kind, to an approach or pipeline step of another file, to a segment the metric does not define, or a compliance check\'s `covers` naming an item no regulation catalogue has (with the nearest item id).',
      zh: '引用了未定义的 id（附最接近的同类 id）、类型不对的 id、其他文件的候选方案或流程步骤、指标未定义的分群，或合规检查项 `covers` 中不在任何法规目录里的条目 id（附最接近的条目 id）。',
    },
    why: { en: 'Traceability is only as good as its links: a broken reference hides a requirement with no data, a metric nobody measures.', zh: '追踪只和链接一样可靠：断掉的引用会掩盖没有数据的需求、没人测量的指标。' },
    fix: { en: 'Correct the id, or define the item it names.', zh: '修正 id，或定义被引用的条目。' },
  },
] as const satisfies readonly RuleMeta[];

/** Findings from the stages before the rules; they cannot be configured or suppressed. */
export const BUILTIN_CHECKS = builtinChecks.map((c) => c.id);
