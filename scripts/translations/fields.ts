// Sets fields of a Markdown file's YAML frontmatter line by line, so that a field whose value does not
// change keeps its exact text (its quotes, escapes, list layout): an import that changes nothing rewrites
// nothing, and a translator's file stays byte for byte as it was. A changed or new field is written the
// way `npm run new` and the stamp write them: a JSON-quoted string, a list as `- "…"` lines or `[]`.
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

export type FieldValue = string | string[] | undefined;

interface Entry {
  key: string | undefined;
  text: string;
}

/**
 * The file's text with each field of `fields` set (undefined removes it); a field not yet present is put
 * after the nearest field before it in `fields`' order. Other fields and the body are left as they are.
 * A text without frontmatter gets one.
 */
export function setFields(fileText: string, fields: [string, FieldValue][]): string {
  const match = /^---\n([\s\S]*?\n)?---(\n|$)/.exec(fileText);
  const entries = match ? splitEntries(match[1] ?? '') : [];
  const body = match ? fileText.slice(match[0].length) : `\n${fileText}`;
  for (const [index, [key, value]] of fields.entries()) {
    const at = entries.findIndex((e) => e.key === key);
    if (value === undefined) {
      if (at >= 0) entries.splice(at, 1);
      continue;
    }
    if (at >= 0) {
      if (!isDeepStrictEqual(valueOf(entries[at]!), value)) entries[at] = { key, text: fieldText(key, value) };
      continue;
    }
    const earlier = new Set(fields.slice(0, index).map(([k]) => k));
    const after = entries.findLastIndex((e) => e.key !== undefined && earlier.has(e.key));
    entries.splice(after + 1, 0, { key, text: fieldText(key, value) });
  }
  return `---\n${entries.map((e) => e.text).join('')}---\n${body}`;
}

/** `key: "value"` or a list, each line ending in a newline. */
export function fieldText(key: string, value: string | string[]): string {
  if (typeof value === 'string') return `${key}: ${PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value)}\n`;
  if (value.length === 0) return `${key}: []\n`;
  return `${key}:\n${value.map((v) => `  - ${JSON.stringify(v)}\n`).join('')}`;
}

/** Ids, hashes and language codes are written bare, as the stamp and `npm run new` write them. */
const PLAIN = /^[a-z][a-z0-9-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n)$/i;

/** Top-level entries: a `key:` line with the indented or list lines under it; comments stand alone. */
function splitEntries(yaml: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of yaml.split(/(?<=\n)/)) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    const continues = /^[ \t-]/.test(line) && entries.length > 0 && entries.at(-1)!.key !== undefined;
    if (!key && continues) entries.at(-1)!.text += line;
    else entries.push({ key, text: line });
  }
  return entries;
}

function valueOf(entry: Entry): unknown {
  try {
    return (parse(entry.text) as Record<string, unknown> | null)?.[entry.key!];
  } catch {
    return undefined;
  }
}
