// What importing one translated XLIFF file does, decided without touching the disk: for each <file>
// (an article id) the English file to write, or why not. It refuses a file exported from Chinese that has
// changed since (naming the units that changed), a unit missing, empty or broken over blank lines, and an
// English article edited by hand since it was last imported (or never imported: written by hand) unless
// `force`. An import records what it wrote with the stamp ingest uses for the same purpose (`ingestHash`,
// scripts/ingest/hash.ts): the next import knows an intact file from one a person has changed since.
// Problems are content-check findings (scripts/content/format.ts prints them): file, unit, what to do.
import { extname } from 'node:path';
import { checkHash, stampHash } from '../../ingest/hash.ts';
import type { Finding } from '../../content/check-article.ts';
import type { ArticlePair } from '../content.ts';
import { renderTranslation } from '../render.ts';
import { unitName, type Unit } from '../units.ts';
import { HASH_NOTE } from './export.ts';
import type { XliffJs, XliffUnit } from './library.ts';

export interface ImportOptions {
  force: boolean;
  /** The day to record as `checked` (YYYY-MM-DD). */
  day: string;
  /** Where a new English file goes: `content/articles/en/<id>.md` (`.mdx` for an MDX article). */
  englishPath: (id: string, extension: string) => string;
}

export type ImportOutcome =
  | { id: string; path: string; action: 'created' | 'updated' | 'unchanged'; text: string }
  | { id: string; path?: string; action: 'refused'; findings: Finding[] };

/** The outcome for every article of one XLIFF document (`file` names it in messages). */
export function planImport(file: string, doc: XliffJs, pairs: readonly ArticlePair[], options: ImportOptions): ImportOutcome[] {
  return Object.entries(doc.resources ?? {}).map(([id, units]) => importArticle(file, id, units, pairs, options));
}

function importArticle(
  file: string,
  id: string,
  units: Record<string, XliffUnit>,
  pairs: readonly ArticlePair[],
  options: ImportOptions,
): ImportOutcome {
  const problem = (en: string, zh: string, field?: string): Finding => ({ file, field, en, zh, severity: 'error' });
  const refuse = (...findings: Finding[]): ImportOutcome => ({ id, action: 'refused', findings });
  const pair = pairs.find((p) => p.id === id);
  if (!pair) {
    return refuse(
      problem(`<file id="${id}">: no Chinese article ${id} in content/articles/zh; was it renamed? Export it again.`, `没有标识为 ${id} 的中文文章；是否已改名？请重新导出。`),
    );
  }
  const exported = exportedHash(units);
  if (!exported) {
    return refuse(
      problem(
        `${id}: no "${HASH_NOTE} …" note on any unit, so the Chinese it was made from is unknown. Keep the notes when you translate; export again with --ids ${id}.`,
        `${id}：缺少 ${HASH_NOTE} 注释，无法确认译自哪一版中文。请保留注释，并用 --ids ${id} 重新导出。`,
      ),
    );
  }
  if (exported !== pair.zh.hash) {
    const changed = changedUnits(units, pair.zh.cut.units);
    const list = changed.length ? changed.join(', ') : 'text outside the units (a fixed block)';
    return refuse(
      problem(
        `${id}: exported from the Chinese as it was (${exported}); it has changed since (now ${pair.zh.hash}): ${list}. Export it again (--export DIR --ids ${id}) and let your tool's translation memory carry over the rest.`,
        `${id}：导出后中文已修改（${list}）。请重新导出（--ids ${id}），其余部分由翻译记忆带入。`,
      ),
    );
  }
  const findings: Finding[] = [];
  const english = new Map<string, string>();
  for (const unit of pair.zh.cut.units) {
    const field = `unit ${unit.id} (${unitName(unit)})`;
    const found = units[unit.id];
    const target = typeof found?.target === 'string' ? found.target.trim() : undefined;
    if (!found) findings.push(problem(`${id}: missing from the file; export the article again.`, `${id}：文件中缺少此单元，请重新导出。`, field));
    else if (found.target !== undefined && typeof found.target !== 'string')
      findings.push(problem(`${id}: the English holds XML markup (inline codes); write it as plain text.`, `${id}：译文含 XML 标记，请写纯文本。`, field));
    else if (!target) findings.push(problem(`${id}: no English (empty target); translate it.`, `${id}：译文为空，请翻译。`, field));
    else if (/\n\s*\n/.test(target) || (unit.kind !== 'paragraph' && target.includes('\n')))
      findings.push(problem(`${id}: the English is broken over lines; a ${unit.kind} is one line of text.`, `${id}：译文不可分行。`, field));
    else english.set(unit.id, target);
  }
  for (const extra of Object.keys(units).filter((u) => !pair.zh.cut.units.some((z) => z.id === u))) {
    findings.push(problem(`${id}: no such unit in the Chinese article; export the article again.`, `${id}：中文文章中没有此单元，请重新导出。`, `unit ${extra}`));
  }
  if (findings.length) return refuse(...findings);

  const path = pair.en?.path ?? options.englishPath(id, extname(pair.zh.path));
  const existing = pair.en?.text;
  const text = renderTranslation({ id, source: pair.zh.cut, english, sourceHash: pair.zh.hash, day: options.day, existing });
  if (existing !== undefined && text === existing) return { id, path, action: 'unchanged', text };
  if (existing !== undefined && !options.force) {
    const state = checkHash(existing);
    if (state !== 'intact') {
      const why = state === 'unstamped' ? 'was written by hand (it was never imported)' : 'was edited by hand since it was last imported';
      return {
        id,
        path,
        action: 'refused',
        findings: [
          problem(
            `${path} ${why}; left as it is. Bring those edits into the XLIFF file and import again, or pass --force to replace it.`,
            `${path} 是手工编辑的，未覆盖。请把改动带入 XLIFF 后再导入，或用 --force 覆盖。`,
          ),
        ],
      };
    }
  }
  return { id, path, action: existing === undefined ? 'created' : 'updated', text: stampHash(text) };
}

/** The source hash named in a unit's notes. */
export function exportedHash(units: Record<string, XliffUnit>): string | undefined {
  for (const unit of Object.values(units)) {
    const notes = unit.note === undefined ? [] : Array.isArray(unit.note) ? unit.note : [unit.note];
    for (const note of notes) {
      const match = new RegExp(`^${HASH_NOTE}\\s+(sha256-[0-9a-f]+)`).exec(String(note).trim());
      if (match) return match[1];
    }
  }
  return undefined;
}

/** The units whose Chinese differs between the XLIFF file and the article now, named for a message. */
function changedUnits(units: Record<string, XliffUnit>, now: readonly Unit[]): string[] {
  const names: string[] = [];
  for (const unit of now) {
    const was = units[unit.id];
    if (!was) names.push(`${unitName(unit)} is new`);
    else if (String(was.source ?? '').trim() !== unit.text.trim()) names.push(`${unitName(unit)} changed`);
  }
  for (const id of Object.keys(units)) if (!now.some((u) => u.id === id)) names.push(`unit ${id} was removed`);
  return names;
}
