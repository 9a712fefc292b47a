// Letters printed under their heads with no salutation, each signed after a dash and answered by a bracketed reply
// (a 民声 page's 来信摘登 column, issue 15): made-up lines in the form such pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { cleanByline } from '../describe/byline.ts';
import { isDashSignature, repliesToSignature } from './letters.ts';

const letter = (head: string, text: string, sign: string, reply: string) => ['', `◎${head}`, text, sign, reply];
const page = [
  '某报　2025年12月3日　星期三　A05　民声',
  '',
  '来信摘登',
  ...letter('楼道灯坏了好久没人修', '我住在某小区5号楼，楼道里的感应灯坏了好久，晚上上下楼只能打手电。', '——某街道居民　赵女士', '【回复】某街道办事处：接到反映后，我们更换了5号楼的感应灯14盏。'),
  ...letter('村里的自来水为啥总是浑的', '今年入秋以来，村里的自来水常常发黄发浑，大家心里不踏实。', '——某镇村民　王先生', '【回复】某县水利局：我局已对蓄水池进行清淤消毒，并新装过滤设备1套。'),
].join('\n');

describe('letters signed after a dash, each with its reply', () => {
  it('are one piece each: the head, the letter, its signature as the byline, the reply', () => {
    const { segments } = structurePage(page);
    const kinds = segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.kind));
    expect(kinds).toEqual([
      ['kicker', 'headline', 'paragraph', 'byline', 'paragraph'],
      ['headline', 'paragraph', 'byline', 'paragraph'],
    ]);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['楼道灯坏了好久没人修', '村里的自来水为啥总是浑的']);
  });

  it('reads the signature by its dash and form; a deck or a sentence after a dash is none', () => {
    expect(['——某街道居民　赵女士', '——长子县读者 李同学'].map(isDashSignature)).toEqual([true, true]);
    expect(['——访潞州区医疗保障局局长赵红梅', '——全县新建换热站12座', '某街道居民　赵女士', '——是的，他说。'].map(isDashSignature)).toEqual([false, false, false, false]);
    expect(cleanByline('——潞城区潞华街道居民　赵女士')).toBe('潞城区潞华街道居民 赵女士');
  });

  it('keeps under the letter only a reply of the bracketed-label form, and only under a dash signature or a reader\'s', () => {
    expect(repliesToSignature('——某街道居民　赵女士', '【回复】某街道办事处：接到反映后，我们更换了感应灯。')).toBe(true);
    expect(repliesToSignature('——某街道居民　赵女士', '12月1日晚，记者再次来到小区。')).toBe(false);
    expect(repliesToSignature('（通讯员　申晓丽）', '【回复】某街道办事处：接到反映后，我们更换了感应灯。')).toBe(false);
    // Or under a reader's signature in brackets, where from, the role and the name.
    expect(repliesToSignature('（某区读者 周先生）', '【回音】某区交警大队：经现场勘查，已施划人行横道。')).toBe(true);
    expect(repliesToSignature('（网友 小李）', '【答复】某县教育局：今年将新增学位600个。')).toBe(true);
    expect(repliesToSignature('（记者 周某）', '【回音】某区交警大队：经现场勘查，已施划人行横道。')).toBe(false);
    const deck = ['某县医保报销更方便了', '——访某区医疗保障局局长赵红梅', '本报记者　孔　雪', '', '问：今年在方便群众报销上做了哪些事？'].join('\n');
    const { segments } = structurePage(deck);
    expect(segments[0]!.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'deck', 'byline']);
  });
});
