// Works told by an adverb before a verb jieba knows (新 + verb: newly done; 再 + verb: more to be done), or by a project named
// after their object (改造项目): new, as the works verbs of kind.ts are.
import { tagWords } from './words.ts';

/**
 * Where 新 says a thing was newly done, before a verb (`新铺沥青路面`, `新装路灯`, `新上线自助服务终端`, `新接入集中
 * 供热的小区`): 新 alone before a word jieba tags a verb, or glued to one (新装, 新铺: the character after it a
 * verb on its own) with nothing but nouns after it up to the number. Not a noun that opens on 新 (新能源, 新时代,
 * 新闻发布会: jieba keeps them one word, a noun after it, not the number).
 */
export function newlyDone(text: string): number[] {
  if (!text.includes('新')) return [];
  const words = tagWords(text);
  const ends: number[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (w.word === '新' && next && (/^v/.test(next.tag) || VERB_AFTER_NEW.test(next.word))) {
      ends.push(next.end);
    } else if (w.word.length === 2 && w.word[0] === '新' && tagWords(w.word[1]!)[0]?.tag === 'v' && words.slice(i + 1).every((r) => /^n/.test(r.tag))) {
      ends.push(w.end);
    }
  });
  return ends;
}
// (Jieba tags some verbs of putting into service nouns when alone: 上线, 上岗.)
const VERB_AFTER_NEW = /^(?:上线|上岗|投用|启用)$/;

/**
 * Where 再 says more of a thing will be done (`计划再投放新能源公交车20辆`, `今年打算再修20公里`): the
 * adverb 再 before a word jieba tags a verb, or glued to one (再修, 再建: the character after it a verb
 * on its own). Not a level reached (`再扩到`, `再提高至`), nor 再 inside a word (再次, 再生资源, 再就业).
 * Not what no longer has to be done (`不用再绕行12公里`, `无需再跑`: a negation before 再), nor a way travelled
 * (`再走8公里就到`, `再开15公里`: a verb of moving on, whose number is a distance, not works).
 */
export function moreWorks(text: string): number[] {
  if (!text.includes('再')) return [];
  const words = tagWords(text);
  const ends: number[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (NEGATION.test(words[i - 1]?.word ?? '')) return;
    if (w.word === '再' && next && /^v/.test(next.tag) && !LEVEL_REACHED.test(next.word) && !MOVING.test(next.word)) ends.push(next.end);
    else if (w.word.length === 2 && w.word[0] === '再' && w.tag === 'x' && tagWords(w.word[1]!)[0]?.tag === 'v' && !MOVING.test(w.word[1]!)) ends.push(w.end);
  });
  return ends;
}
const LEVEL_REACHED = /[到至成]$/;
// Words that say a thing need not or will not be done (不用, 无需, 不必, 不, 没): 再 after them is "no more".
const NEGATION = /(?:不|没|无|别|免|勿)(?:用|需|须|必|需要|有)?$/;
// Verbs of going on one's way (walking, driving, riding, going round): the number after them is a way travelled.
const MOVING = /^(?:走|跑|绕|绕行|绕道|开|骑|坐|乘|行驶|步行|奔波|往返|折返)$/;

/**
 * Where a project's name holds the object of its works (`实施老旧小区改造项目27个`: one project a compound
 * renovated, counted as the works are): 改造 after a noun of two characters or more, by jieba, before 项目.
 * A manner before 改造 (`微改造项目`) names a kind of project: those are counted as projects (MARKERS).
 */
export function objectWorks(text: string): number[] {
  if (!text.includes('改造项目')) return [];
  const words = tagWords(text);
  const ends: number[] = [];
  words.forEach((w, i) => {
    const before = words[i - 1];
    if (w.word === '改造' && words[i + 1]?.word === '项目' && before && before.word.length >= 2 && /^(?:n|x)/.test(before.tag)) ends.push(words[i + 1]!.end);
  });
  return ends;
}
