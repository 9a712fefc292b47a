import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';
import { HintsError, parseHints } from './read.ts';
import { lineKey, resolveHints } from './resolve.ts';
import { applyRoles } from './roles.ts';

const FILE = 'seeds/p.hints.yaml';
const RAW = ['上党晚报 2025年11月19日 星期三 A4', '沁源县：一条山路 串起九个村', '初冬时节，公路驱车而行。', '图为村民晾晒玉米。', '# 黎城县：幸福院', '本报讯 记者王芳报道：上午10点，老人们围坐在一起。'];

const resolve = (yaml: string) => resolveHints(parseHints(FILE, yaml), RAW, 'p.txt');

describe('resolveHints', () => {
  it('finds each hinted line by its text, whatever its spaces and markup, and gives its role or split', () => {
    const o = resolve('headline: ["沁源县：一条山路串起九个村"]\nnot-caption: [图为村民晾晒玉米。]\nsplit-before: ["黎城县：幸福院"]\nfurniture: ["上党晚报  2025年11月19日 星期三 A4"]');
    expect([...o.roles]).toEqual([
      [1, 'headline'],
      [3, 'paragraph'],
      [0, 'furniture'],
    ]);
    expect([...o.splitBefore]).toEqual([4]);
    expect(o.hinted.get(1)).toEqual(['headline']);
    expect(lineKey(' ## 标 题 ')).toBe('标题');
    expect(lineKey('#我为群众办实事# 五月')).toBe('#我为群众办实事#五月');
  });

  it('says which hint matches no line, in which file, and the nearest line to write instead', () => {
    expect(() => resolve('headline: ["沁源县：一条山路串起十个村"]')).toThrow(HintsError);
    expect(() => resolve('headline: ["沁源县：一条山路串起十个村"]')).toThrow(
      'seeds/p.hints.yaml: headline: "沁源县：一条山路串起十个村" matches no line of p.txt. Write the whole line as printed in the seed (spaces do not count); the nearest line is "沁源县：一条山路 串起九个村", or remove the hint.',
    );
  });

  it('refuses one line under two roles', () => {
    expect(() => resolve('headline: [图为村民晾晒玉米。]\ncaption: [图为村民晾晒玉米。]')).toThrow(
      'seeds/p.hints.yaml: caption: "图为村民晾晒玉米。" is also under headline; keep the line under one of them.',
    );
  });
});

describe('applyRoles', () => {
  it('lays the hinted roles over the classified blocks, a running-text line read as a paragraph', () => {
    const o = resolve('headline: ["沁源县：一条山路串起九个村"]\ncaption: ["本报讯 记者王芳报道：上午10点，老人们围坐在一起。"]\nnot-caption: [图为村民晾晒玉米。]');
    const blocks = applyRoles(classifyBlocks(RAW), RAW, o.roles);
    expect(blocks[1]).toEqual({ kind: 'headline', text: '沁源县：一条山路 串起九个村', source: [1] });
    expect(blocks[5]).toEqual({ kind: 'caption', text: '本报讯 记者王芳报道：上午10点，老人们围坐在一起。', source: [5] });
    expect(blocks[3]).toMatchObject({ kind: 'paragraph', text: '图为村民晾晒玉米。', source: [3] });
    expect(blocks[2]).toEqual(classifyBlocks(RAW)[2]);
  });
});

describe('structurePage with hints', () => {
  it('starts an article at a split-before line and reads a hinted headline as one', () => {
    const text = ['沁源县：一条山路串起九个村', '本报记者 张宏伟', '初冬时节，沿着新修的公路驱车而行。', '路通了，客商直接开车进村。', '幸福院里暖意浓', '上午10点，几位老人正围坐在一起剥玉米。'].join('\n\n');
    const raw = text.split('\n\n');
    const before = structurePage(text);
    const hints = parseHints(FILE, 'split-before: ["路通了，客商直接开车进村。"]\nheadline: [幸福院里暖意浓]');
    const after = structurePage(text, resolveHints(hints, raw, 'p.txt'));
    const firstBlocks = (page: typeof before) => page.segments.map((s) => Math.min(...s.blocks.flatMap((b) => b.source)));
    expect(firstBlocks(before)).not.toContain(3);
    expect(firstBlocks(after)).toEqual([0, 3, 4]);
    expect(after.segments[2]!.blocks[0]).toMatchObject({ kind: 'headline', text: '幸福院里暖意浓' });
  });
});
