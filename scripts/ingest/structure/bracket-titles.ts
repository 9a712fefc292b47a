// Items whose headline opens their paragraph in square brackets, the way county papers print a column of short
// news: `【县城新增3处公共停车场】近日，县城新建的3处…`. The bracketed clause is the item's headline, its brackets left
// off, and the rest its text. A column's or a note's label in brackets (`【便民】夜诊时间：…`, `【回复】…`) is a
// short label with no clause of its own (columns.ts), and a speaker's name before a colon (`【网友 @X】：…`) says
// who speaks: both stay in the text. So does a single character in brackets (`【问】（上党晚报）…`, `【答】赵国庆：…`,
// `【注】…`): a mark of the turn or the note, too short to be a clause.

import { cutOpeningTag, isTopicTagLine, mayBeColumnName, opensWithTopicTag } from './columns.ts';
import { charCount, endsComplete, isListItem, isTitleLike } from './shape.ts';

// `【headline】text`: the headline on the paragraph's first line, the text after it on the same line; a speaker
// named in brackets before a colon (`【网友 @小巷深处】：…`) is no headline.
const BRACKET_TITLED = /^【([^【】\n]+)】[\s\u3000]*([^\s\u3000：:，,。、；;][\s\S]*)$/u;

/** The headline and text of a paragraph opened by a bracketed headline, or undefined for any other block. */
export function cutBracketTitle(text: string): { title: string; text: string } | undefined {
  const m = BRACKET_TITLED.exec(text.trim());
  if (!m) return undefined;
  const [title, rest] = [m[1]!.trim(), m[2]!.trim()];
  if (charCount(title) < 2 || !isTitleLike(title) || mayBeColumnName(title) || !endsComplete(rest.replace(/[(（][^()（）]*[)）]$/u, '').trim())) return undefined;
  return { title, text: rest };
}

// `【数据】某县“一老一小”服务清单`: a column's label in brackets opening a headline on its line.
const LABELLED_TITLE = /^([【〔［\[{｛][^【】〔〕［］\[\]{}｛｝\n]{2,8}[】〕］\]}｝])[\s\u3000]*([^\s\u3000：:，,。、；;\n].*)$/u;

/**
 * A headline with its column's label in brackets (or a topic tag, `#民生微实事#`) before it on one line (`【数据】某县服务清单`, `[便民] 这些业务可跨省办`):
 * the label is the kicker, the rest a title-like line its neighbours decide; undefined for any other block, and
 * for a label before running text (`【回复】某局：…`) or a speaker before a colon.
 */
export function cutBracketKicker(text: string): { kicker: string; title: string } | undefined {
  // `#民生微实事# 上遥镇：路灯亮了`: a topic tag before a headline on its line is its kicker, as the tag is over it;
  // before running text (`#办事不用跑# 5月30日，…`) it stays the text's.
  const tagged = cutOpeningTag(text);
  if (tagged !== undefined) return !isTopicTagLine(text) && !opensWithTopicTag(tagged.rest) && isTitleLike(tagged.rest) && !endsComplete(tagged.rest) ? { kicker: tagged.tag, title: tagged.rest } : undefined;
  const m = LABELLED_TITLE.exec(text.trim());
  if (!m) return undefined;
  const [kicker, title] = [m[1]!, m[2]!.trim()];
  if (!mayBeColumnName(kicker) || !isTitleLike(title) || endsComplete(title)) return undefined;
  return { kicker, title };
}

/**
 * `【温馨提醒】` alone on the block's first line over lines each opened by the same bullet (`● 冬季取暖请注意通风；` /
 * `● …`), printed with no blank line between: a box's label, its headline, over the box's lines; undefined for any
 * other block. A label over running text (`【回复】某局：…`) or over one line is no box.
 */
export function cutBoxLabel(text: string): { label: string; text: string } | undefined {
  const [first, ...rest] = text.trim().split('\n').map((l) => l.trim());
  if (first === undefined || rest.length < 2 || !/^【[^【】]{2,8}】$/u.test(first) || !mayBeColumnName(first)) return undefined;
  const bullet = rest[0]![0]!;
  if (!rest.every((l) => l[0] === bullet && isListItem(l))) return undefined;
  return { label: first, text: rest.join('\n') };
}
