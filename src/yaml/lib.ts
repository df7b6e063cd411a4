import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// The `yaml` library, loaded on first use. Everyday spec files are read by the fast path and
// never need it: only a file the fast path gives up on, or a finding that needs a position, does.
// The build bundles it into one file beside aipm's chunks (dist/yaml-lib.cjs); from the sources
// (tests) it comes from node_modules.

const requireHere = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  if (!lib) {
    try {
      lib = requireHere('./yaml-lib.cjs') as typeof Yaml;
    } catch {
      lib = requireHere('yaml') as typeof Yaml;
    }
  }
  return lib;
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
