// Reads the YAML frontmatter of a content file: what ingest needs to know about files already written
// (their id, the seed they came from), whether ingest or an editor wrote them.

import { parse } from 'yaml';

export function readFrontmatter(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = parse(match[1]!);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What ingest learns from a file in content/articles: enough to keep ids stable and find its seed. */
export interface ContentFileInfo {
  id?: string;
  title?: string;
  seed?: string;
  firstBlock?: number;
}

export function contentFileInfo(text: string): ContentFileInfo {
  const fm = readFrontmatter(text) ?? {};
  const source = fm.source && typeof fm.source === 'object' ? (fm.source as Record<string, unknown>) : {};
  const blocks = Array.isArray(source.blocks) ? source.blocks : [];
  return {
    id: typeof fm.id === 'string' ? fm.id : undefined,
    title: typeof fm.title === 'string' ? fm.title : undefined,
    seed: typeof source.seed === 'string' ? source.seed : undefined,
    firstBlock: typeof blocks[0] === 'number' ? blocks[0] : undefined,
  };
}
