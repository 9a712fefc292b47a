// A route printed as its stops set apart by dashes (`长治客运东站——黎城汽车站——东阳关镇`, `太行山大峡谷——八泉峡景区——红豆峡
//景区`): every part a name (a place, a station, a scenic spot) and nothing said of it. A headline's parts printed on one
// line the same way (`守护一方平安——某县召开平安建设推进会——王五出席并讲话`, roles.ts headPartsOnOneLine) say something:
// one of them holds a word that is no name's (a verb, an adjective, a figure, a time).
import { tagWords } from '../figures/words.ts';

// jieba's tags for names: nouns and proper names (n, ns, nr, nz, nt…), an abbreviation (j), a word it does not know (x).
const NAME_TAG = /^(?:n|j$|x$)/u;

/** The parts are a route's stops: every word of every part a name. */
export function isRoute(parts: readonly string[]): boolean {
  return parts.length >= 2 && parts.every((p) => {
    const words = tagWords(p.trim()).filter((w) => /\p{Script=Han}/u.test(w.word));
    return words.length > 0 && words.every((w) => NAME_TAG.test(w.tag));
  });
}
