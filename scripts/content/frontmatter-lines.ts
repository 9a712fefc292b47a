// An article file's frontmatter as data, plus the line of the file each field is on, so that a message
// about `topics[1]` can say `content/articles/zh/x.mdx:9`. Read with the `yaml` package's line counter;
// dates become Date objects as they do for Astro (whose reader, js-yaml, does the same).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** The same fence Astro accepts: optional BOM or blank lines, `---`, the YAML, `---`. */
const FENCE = /^(\uFEFF?|\s*\n)---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface YamlProblem {
  line: number;
  message: string;
}

export interface LocatedFrontmatter {
  data: unknown;
  /** Syntax errors, with file lines; `data` is then whatever could be read. */
  errors: YamlProblem[];
  /** The file line (1-based) of the field at a zod path; the nearest enclosing field's line when it is missing. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The file line of the closing `---`, where the body starts. */
  endLine: number;
}

/** undefined when the file has no frontmatter fence at its top. */
export function locateFrontmatter(text: string): LocatedFrontmatter | undefined {
  const match = FENCE.exec(text);
  if (!match) return undefined;
  const yamlText = match[2] ?? '';
  // Line of the opening fence, then the YAML starts on the next line.
  const fenceLine = countLines(match[1]!) + 1;
  const firstYamlLine = fenceLine + 1;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, customTags: ['timestamp'], prettyErrors: true });
  const toFileLine = (offset: number) => firstYamlLine + counter.linePos(offset).line - 1;
  const errors = doc.errors.map((e) => ({ line: toFileLine(e.pos[0]), message: firstLine(e.message) }));
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    data = undefined;
  }
  return {
    data,
    errors,
    endLine: firstYamlLine + countLines(yamlText),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = fenceLine;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode.range) line = toFileLine(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          if (item.range) line = toFileLine(item.range[0]);
          node = item;
        } else break;
      }
      return line;
    },
  };
}

function countLines(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}

/** The yaml package's message without its own position, which counts from the fence, not the file. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
