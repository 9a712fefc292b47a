// Changzhi's administrative divisions with their English names: published vocabulary for the site (place
// pages, the English glossary's fallback) and for ingest, which tags articles by place with it (its
// matching rules, such as the paper's short forms of county names, are in scripts/ingest/lexicon/regions.ts).
// Counties are the 12 county-level divisions since the 2018 reform (城区+郊区 → 潞州区, 长治县 → 上党区,
// 屯留县 → 屯留区, 潞城市 → 潞城区). Towns are as of the 2020 and 2021 township notices of the city
// government (e.g. 史迴乡 → 史回镇, 翟店镇 → 翟店街道, 贾掌镇 merged into 苏店镇); the list is as complete
// as we could check, so a town missing here is still found when the text names it after its county
// (`平顺县北社乡`). A name two counties share (店上镇 is in both 潞城区 and 壶关县) is left out on purpose:
// only the county in front of it can tell which one is meant.

import { pinyin } from 'pinyin-pro';

export type RegionLevel = 'city' | 'county' | 'town';

export interface RegionInfo {
  level: RegionLevel;
  /** The county a town is in; 长治市 for a county; none for the city. */
  parent?: string;
  /** English name for the glossary: `Huguan County`, `Shihui Town`. */
  en: string;
}

export const CITY = '长治市';

/** County-level divisions with their English names, written out because of polyphones (长子 is Zhangzi). */
export const COUNTIES = {
  潞州区: 'Luzhou District',
  上党区: 'Shangdang District',
  屯留区: 'Tunliu District',
  潞城区: 'Lucheng District',
  襄垣县: 'Xiangyuan County',
  平顺县: 'Pingshun County',
  黎城县: 'Licheng County',
  壶关县: 'Huguan County',
  长子县: 'Zhangzi County',
  武乡县: 'Wuxiang County',
  沁县: 'Qin County',
  沁源县: 'Qinyuan County',
} as const;
export type County = keyof typeof COUNTIES;

/** Towns (镇), townships (乡) and subdistricts (街道) by county. */
export const TOWNS: Record<County, readonly string[]> = {
  潞州区: [
    '英雄南路街道', '英雄中路街道', '紫金街街道', '太行东街街道', '太行西街街道', '延安南路街道', '常青街道',
    '五马街道', '堠北庄街道', '老顶山街道', '大辛庄街道', '马厂镇', '黄碾镇', '西白兔镇',
  ],
  上党区: ['韩店街道', '苏店镇', '荫城镇', '西火镇', '八义镇', '郝家庄镇', '南宋镇', '东和乡', '西池乡'],
  屯留区: ['麟绛街道', '上村镇', '渔泽镇', '余吾镇', '吾元镇', '张店镇', '丰宜镇', '李高乡', '路村乡', '河神庙乡'],
  潞城区: ['潞华街道', '成家川街道', '翟店街道', '微子镇', '辛安泉镇', '史回镇', '黄牛蹄乡'],
  襄垣县: ['古韩镇', '王桥镇', '侯堡镇', '夏店镇', '虒亭镇', '西营镇', '王村镇', '下良镇'],
  平顺县: [
    '青羊镇', '龙溪镇', '石城镇', '苗庄镇', '杏城镇', '西沟乡', '北社乡', '东寺头乡', '虹梯关乡', '阳高乡', '北耽车乡',
  ],
  黎城县: ['黎侯镇', '东阳关镇', '上遥镇', '西井镇', '黄崖洞镇', '停河铺乡', '程家山乡', '洪井乡', '西仵乡'],
  壶关县: ['龙泉镇', '百尺镇', '晋庄镇', '树掌镇', '大峡谷镇', '黄山乡', '东井岭乡', '石坡乡', '五龙山乡', '鹅屋乡'],
  长子县: ['丹朱镇', '鲍店镇', '石哲镇', '大堡头镇', '慈林镇', '色头镇', '南漳镇'],
  武乡县: ['丰州镇', '洪水镇', '蟠龙镇', '监漳镇', '故城镇', '韩北乡', '墨镫乡', '涌泉乡', '分水岭乡', '大有乡', '贾豁乡'],
  沁县: [
    '定昌镇', '郭村镇', '故县镇', '新店镇', '漳源镇', '册村镇', '沁州黄镇', '南里镇', '段柳乡', '松村乡', '南泉乡',
    '杨安乡', '牛寺乡',
  ],
  沁源县: [
    '沁河镇', '郭道镇', '灵空山镇', '王和镇', '李元镇', '王陶镇', '中峪乡', '法中乡', '交口乡', '聪子峪乡', '韩洪乡',
    '官滩乡', '赤石桥乡',
  ],
};

const TOWN_SUFFIXES = [
  ['街道', 'Subdistrict'],
  ['镇', 'Town'],
  ['乡', 'Township'],
] as const;

/** Every known region by its Chinese name. */
export const REGIONS: Readonly<Record<string, RegionInfo>> = buildRegions();

function buildRegions(): Record<string, RegionInfo> {
  const regions: Record<string, RegionInfo> = { [CITY]: { level: 'city', en: 'Changzhi' } };
  for (const [county, en] of Object.entries(COUNTIES)) regions[county] = { level: 'county', parent: CITY, en };
  for (const [county, towns] of Object.entries(TOWNS)) {
    for (const town of towns) regions[town] = { level: 'town', parent: county, en: townEnglishName(town) };
  }
  return regions;
}

/** `史回镇` → `Shihui Town`, `翟店街道` → `Zhaidian Subdistrict`, `北社乡` → `Beishe Township`. */
export function townEnglishName(town: string): string {
  const [suffix, word] = TOWN_SUFFIXES.find(([s]) => town.endsWith(s)) ?? ['', ''];
  const stem = romanise(town.slice(0, town.length - suffix.length));
  return word ? `${stem} ${word}` : stem;
}

/** Hanyu Pinyin place-name spelling: syllables run together, an apostrophe before a/o/e (`Xin'anquan`). */
export function romanise(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
