// Whether a short label ends with a person's name, by jieba's part-of-speech tags: a word tagged `nr`, an
// unknown word of two or three characters (jieba tags a name it does not know `x`), or a surname tagged alone
// with its given name split off (`赵/nr 大成/v`). Used to tell an interviewee (`家长代表张丽萍：`) and an
// author set off by an ornament (`□ 史晓东`) from a column name (`■ 民生关注`) or a place's name heading an item
// (`■平顺县`: jieba may tag a county's name `nr`; a division of the gazetteer with its suffix is no person).

import { endsInDivisionSuffix } from '../../../src/domain/places/gazetteer-scan.ts';
import { placesNamed } from '../../../src/domain/places/gazetteer.ts';
import { tagWords } from '../figures/words.ts';

const HAN_NAME = /^\p{Script=Han}{2,3}$/u;

/** `王海军`, `市医保中心工作人员李娟`, `赵大成` → true; `民生关注`, `市水务局`, `记者` → false. */
export function endsWithPersonName(label: string): boolean {
  const words = tagWords(label.trim());
  const last = words.at(-1);
  if (!last || isDivisionName(last.word)) return false;
  if (last.tag === 'nr' || (last.tag === 'x' && HAN_NAME.test(last.word))) return true;
  const surname = words.at(-2);
  return surname !== undefined && surname.tag === 'nr' && [...surname.word].length === 1 && [...last.word].length <= 2;
}

/** `平顺县`, `荫城镇`: a division of the gazetteer under its full name, suffix and all. */
function isDivisionName(word: string): boolean {
  return endsInDivisionSuffix(word) && placesNamed(word).length > 0;
}
