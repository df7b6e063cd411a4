import { addDays } from '../kinds/common.js';

export interface FillValues {
  /** YYYY-MM-DD; `${today+N}` is N days later. */
  today: string;
  [name: string]: string;
}

/**
 * Fills `${name}` placeholders in a scaffold. Text values are JSON-escaped without their outer
 * quotes, so scaffolds put text placeholders inside double-quoted YAML strings and any name or
 * owner (quotes, colons, `#`, CJK) stays one YAML scalar.
 */
export function fill(template: string, values: FillValues): string {
  return template.replace(/\$\{(\w+)(?:([+-])(\d+))?\}/g, (whole, name: string, sign?: string, days?: string) => {
    if (name === 'today') return addDays(values.today, sign ? (sign === '+' ? 1 : -1) * Number(days) : 0);
    if (!Object.hasOwn(values, name)) return whole;
    return JSON.stringify(values[name]).slice(1, -1);
  });
}

/** `# yaml-language-server: $schema=…` pointing from a spec file's folder to the kind's schema. */
export function schemaComment(relativeSchemaPath: string): string {
  return `# yaml-language-server: $schema=${relativeSchemaPath}\n`;
}

/** A product id from a name: lower-case ASCII letters, digits and dashes. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
