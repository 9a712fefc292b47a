// Checks of a translation's shape against its Chinese: it was made from the Chinese as it is now (its
// `sourceHash`), every unit of the Chinese has English and no other unit is there, and the two have as
// many paragraphs (the page pairs them one to one in the parallel view and anchors them #p1 …).
import type { ArticlePair } from '../content.ts';
import { unitName } from '../units.ts';
import type { Problem } from './problem.ts';

export function structureProblems(pair: ArticlePair): Problem[] {
  const en = pair.en;
  if (!en) return [];
  const problems: Problem[] = [];
  const at = (en_: string, zh: string, unit?: string, severity: Problem['severity'] = 'error'): Problem => ({
    file: en.path, field: unit, en: en_, zh, severity,
  });
  if (pair.state === 'outdated') {
    const had = typeof en.data.sourceHash === 'string' ? en.data.sourceHash : 'none';
    problems.push(
      at(
        `sourceHash: stale: translated from the Chinese as it was (${had}); ${pair.id} is now ${pair.zh.hash}. Export it (--export DIR --ids ${pair.id}), bring the English up to date and import it.`,
        `sourceHash 已过期：中文已修改。请导出、更新译文后导入。`,
        undefined,
        'warning',
      ),
    );
  }
  const english = new Map(en.cut.units.map((u) => [u.id, u]));
  for (const unit of pair.zh.cut.units) {
    const match = english.get(unit.id);
    if (!match) problems.push(at(`missing: the Chinese has it, the English does not.`, `缺少译文：中文有此单元，英文没有。`, `unit ${unit.id} (${unitName(unit)})`));
    else if (match.text.trim() === '') problems.push(at(`empty: translate it.`, `译文为空。`, `unit ${unit.id} (${unitName(unit)})`));
  }
  for (const unit of en.cut.units) {
    if (!pair.zh.cut.units.some((u) => u.id === unit.id))
      problems.push(at(`not in the Chinese: ${unitName(unit)} has no Chinese to translate.`, `中文中没有对应单元。`, `unit ${unit.id}`));
  }
  const count = (units: typeof en.cut.units) => units.filter((u) => u.kind === 'paragraph').length;
  const [zh, enCount] = [count(pair.zh.cut.units), count(en.cut.units)];
  if (zh !== enCount)
    problems.push(
      at(
        `${enCount} paragraph(s) where the Chinese ${pair.id} has ${zh}: paragraphs are paired one to one; join or split paragraphs to match.`,
        `英文 ${enCount} 段，中文 ${zh} 段：段落须一一对应。`,
      ),
    );
  return problems;
}
