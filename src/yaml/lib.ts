import type * as Yaml from 'yaml';
import { requireBundled } from '../package-files.js';

// The `yaml` library, loaded on first use. Everyday spec files are read by the fast path and
// never need it: only a file the fast path gives up on, or a finding that needs a position, does.
// The build bundles it into one file beside aipm's code (dist/yaml-lib.cjs).

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  return (lib ??= requireBundled<typeof Yaml>('yaml-lib.cjs', 'yaml'));
}

export function isScalar<T>(node: unknown): node is Yaml.Scalar<T> {
  return yamlLib().isScalar(node);
}
export function isMap<K, V>(node: unknown): node is Yaml.YAMLMap<K, V> {
  return yamlLib().isMap(node);
}
export function isSeq<T>(node: unknown): node is Yaml.YAMLSeq<T> {
  return yamlLib().isSeq(node);
}
export function isPair(node: unknown): node is Yaml.Pair {
  return yamlLib().isPair(node);
}
export function isAlias(node: unknown): node is Yaml.Alias {
  return yamlLib().isAlias(node);
}
export function parseDocument(source: string, options: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions): Yaml.Document.Parsed {
  return yamlLib().parseDocument(source, options);
}
export function visit(node: Yaml.Document, visitor: Yaml.visitor): void {
  yamlLib().visit(node, visitor);
}
export function newLineCounter(): Yaml.LineCounter {
  return new (yamlLib().LineCounter)();
}
