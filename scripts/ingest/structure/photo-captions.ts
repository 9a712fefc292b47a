// Passes over a page's marked blocks (blocks.ts classifyBlocks) that tell a photo's caption from text by where it
// stands: a lone ▲ line, a credited sentence under a picture's mark, a short sentence over its credit between an
// article's paragraphs, and a 图为 item of a photo page that is no caption of the item above.
import { isPhotoCredit, isWireByline } from './bylines.ts';
import { cutClosingCredit } from './marks.ts';
import type { Marked } from './roles.ts';
import { charCount, endsComplete, isRule, opensWithDate } from './shape.ts';

// `[图片]`, `【图】`, `（视频）`: the mark a web copy leaves alone on its line where a picture or video stood; the page's.
export const MEDIA_MARK = /^[\[【〔<＜（(](?:图|图片|照片|视频)[\]】〕>＞）)]$/u;

// `▲ 老人们在互助幸福院用餐。`, `△图为…`, `↑ …`: the mark papers print a photo's caption under, pointing at it.
const TRIANGLE = /^[▲△↑↓▼▽][\s\u3000]*/u;
// A place's name and its colon opening a line: `潞城区：…`, `东阳关镇：…`.
const PLACE_HEAD = /^\p{Script=Han}{1,10}(?:县|区|市|镇|乡|街道|村|社区)[：:]/u;
/** A caption runs to a sentence or two; more is text. */
const MAX_TRIANGLE_CAPTION_CHARS = 80;

/**
 * A line opened by ▲ or △ with no such line beside it is a photo's caption (`▲ 老人们在互助幸福院用餐。`),
 * not an item of a list: a list has two items or more, maybe with a rule drawn between them (`▲ …` / `---` / `▲ …`).
 */
export function triangleCaptions(marked: Marked[]): Marked[] {
  const triangle = (m: Marked | undefined) => m !== undefined && TRIANGLE.test(m.block.text.trim());
  const rule = (m: Marked | undefined) => m?.shape === 'furniture' && isRule(m.block.text);
  const beside = (i: number, step: 1 | -1) => {
    let k = i + step;
    while (rule(marked[k])) k += step;
    return marked[k];
  };
  return marked.map((m, i) => {
    const t = m.block.text.trim();
    if (m.shape !== 'paragraph' || !TRIANGLE.test(t) || t.includes('\n') || triangle(beside(i, -1)) || triangle(beside(i, 1))) return m;
    // `▲长治高新区：企业年金覆盖面扩大　长治高新区今年…`: a place and its colon open an item's head, never a photo's caption.
    if (charCount(t) > MAX_TRIANGLE_CAPTION_CHARS || m.block.byline || PLACE_HEAD.test(t.replace(TRIANGLE, ''))) return m;
    const closing = cutClosingCredit(t);
    return { shape: 'caption', block: { kind: 'caption', text: closing.text, source: m.block.source, ...((closing.credit ?? m.block.credit) !== undefined && { credit: closing.credit ?? m.block.credit }) } };
  });
}

/**
 * A sentence with its photo's credit right under the mark a copy leaves where the picture stood (`[图片]` /
 * `西火镇卫生院医生为患者诊疗。（通讯员 张文斌 摄）`) is that picture's caption, not a photo news item closing the text
 * above: the picture stands inside the piece. Without a credit the line under the mark is the text's (a photo news
 * item's, or the paragraph after a picture).
 */
export function captionsUnderMediaMarks(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    const above = marked[i - 1];
    if (m.shape !== 'paragraph' || above?.shape !== 'furniture' || !MEDIA_MARK.test(above.block.text.trim())) return m;
    const credit = m.block.credit;
    if (credit === undefined || !isPhotoCredit(credit) || m.block.byline || m.block.text.includes('\n') || charCount(m.block.text) > MAX_TRIANGLE_CAPTION_CHARS) return m;
    return { shape: 'caption', block: { kind: 'caption', text: m.block.text, source: m.block.source, credit } };
  });
}

/** A caption over its credit inside an article says what the photo shows in a sentence of a line or so. */
const MAX_SCENE_CAPTION_CHARS = 30;

/**
 * One short sentence over its photo's credit on a line of its own, between paragraphs of running text
 * (`…现场初步达成就业意向640人。` / `招聘会现场，求职者在企业展位前咨询。` / `本报记者 X 摄` / `今年以来，…`): the caption of a
 * photo set inside the article, whose text goes on under it. A photo news item opens with its day (`12月1日，…`), and
 * the piece after one has its own head or wire byline: those stay paragraphs.
 */
export function captionsInText(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    const [above, credit, after] = [marked[i - 1], marked[i + 1], marked[i + 2]];
    if (m.shape !== 'paragraph' || m.block.byline || m.block.credit || m.block.text.includes('\n')) return m;
    const t = m.block.text.trim();
    if (charCount(t) > MAX_SCENE_CAPTION_CHARS || !/^[^。！？!?]+[。！]$/u.test(t) || opensWithDate(t)) return m;
    if (credit?.shape !== 'byline' || !isPhotoCredit(credit.block.text) || !/摄影?$/u.test(credit.block.text.trim())) return m;
    // (The text above may open with its wire byline, `本报讯（记者 X）…`; the text under it goes on, no new item's.)
    const text = (x: Marked | undefined) => x?.shape === 'paragraph' && !x.block.credit && x.block.text.includes('，');
    if (!text(above) || !text(after) || after!.block.byline || !endsComplete(above!.block.text)) return m;
    return { shape: 'caption', block: { ...m.block, kind: 'caption' } };
  });
}

/** The paragraphs that end at `k` open with a wire byline (`本报讯（记者 X）…`): a news item, whole. */
function wireItemAbove(marked: readonly Marked[], k: number): boolean {
  let j = k;
  while (j > 0 && marked[j]?.shape === 'paragraph' && marked[j]!.block.byline === undefined && marked[j - 1]?.shape === 'paragraph') j--;
  const first = marked[j];
  return k >= 0 && first?.shape === 'paragraph' && first.block.byline !== undefined && isWireByline(first.block.byline) && marked[k]!.block.credit === undefined;
}

/**
 * On a photo page an item may open with `图为`: `图为9月10日，…新生参观图书室。今年潞州区新增学位6400个。 刘红 摄`,
 * right after another item closed by its credit. Text of more than one sentence that carries its own credit
 * there is a photo news item (a paragraph with its credit), not the caption of the item above; so is a sentence
 * that opens with its date.
 */
export function photoItemsOpenedByTuwei(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    // Its credit may stand on the line under it (`图为12月6日，…。` / `通讯员 冯 涛/摄`).
    const creditBelow = marked[i + 1]?.shape === 'byline' && isPhotoCredit(marked[i + 1]!.block.text);
    if (m.shape !== 'caption' || (m.block.credit === undefined && !creditBelow)) return m;
    const sentences = m.block.text.split(/[。！？!?]/u).filter((x) => x.trim()).length;
    let k = i - 1;
    while (k >= 0 && marked[k]!.shape === 'furniture') k--;
    const above = marked[k];
    const closedAbove = (above?.shape === 'paragraph' && above.block.credit !== undefined) || (above?.shape === 'byline' && isPhotoCredit(above.block.text));
    // So is one sentence that opens with its own date (`图为3月1日，…。（通讯员 李娜 摄）`): a news photo's.
    const dated = opensWithDate(m.block.text.replace(/^图为/u, ''));
    // After a wire item (`本报讯 …。`), which prints no photo's caption of its own day and more, so is text of more than one
    // sentence that opens with its own date: the next item, a news photo.
    if (sentences >= 2 && dated && wireItemAbove(marked, k)) return { shape: 'paragraph', block: { ...m.block, kind: 'paragraph' } };
    if ((sentences < 2 && !dated) || !closedAbove) return m;
    return { shape: 'paragraph', block: { ...m.block, kind: 'paragraph' } };
  });
}
