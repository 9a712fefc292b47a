// The gazetteer's data: Changzhi's county-level divisions and every town (镇), township (乡) and subdistrict
// (街道) under them, as the National Bureau of Statistics lists them, with the forms the paper writes them in.
// Kept as rows close to the source so a reader can check them line by line; gazetteer.ts builds the entries
// (pinyin, English names, short forms) and the look-ups from them.
//
// Source: 国家统计局《2023年统计用区划代码和城乡划分代码》(cut-off 2023-06-30, published 2023-09-11), as kept
// in the public repository github.com/modood/Administrative-divisions-of-China, files dist/areas.csv
// (county level) and dist/streets.csv (town level) at commit dc3a1d7acd85ca1b0979543e9259604142c52e8e,
// read 2026-12-03. The repository's README (commit 5739d765) names the 2023 edition as its data; that this
// commit holds it is our reading, not a dated record: its Changzhi towns agree with the township notices
// below, and it differs from another stored version of the files (commit 0b7fd75e…, which has 北汪乡 where
// 晋中's 2021 notice writes 北洸乡, and 首都机场街道 still in the 400 range) the way a later edition would.
// The NBS stopped publishing these codes in October 2024 (github.com/adyliu/china_area issue 35), so there
// is no later edition to take.
//
// Codes: the source's 9-digit town codes padded with 000 are the NBS 12-digit codes (the 5-level code of a
// town ends in 000); county codes are 6 digits + 000000. Units the source lists in its 400 range
// (development zones, management centres: 长治经济技术开发区潞州区部分, 屯留经济技术开发区 … 21 in all) are
// statistical units, not towns, townships or subdistricts, and are left out.
//
// 长治高新区 is not in the 2023 edition. The earlier stored version (commit 0b7fd75e…) lists it as county-level
// code 140471 山西长治高新技术产业园区 with no town of its own (only a statistical unit, 140471400
// 长治高新技术开发区城北街街道); it is kept here as a functional zone under the city, without a code.
//
// Earlier names are the ones the cited reforms replaced one for one or merged whole into a present unit:
//   2018: Xinhua/山西晚报 2018-11-24, m.xinhuanet.com/sx/2018-11/24/c_1123761303.htm (城区+郊区 → 潞州区,
//         长治县 → 上党区, 潞城市 → 潞城区, 屯留县 → 屯留区; 城区 and 郊区 are generic words and not kept);
//   2020: 长治市人民政府 notice of 2020-03-10, changzhi.gov.cn/xxgkml/czsrmzf/zfwj_3465/202007/t20200708_2049726.shtml;
//   2021: the city's township notice as reprinted at new.qq.com/omn/20210407/20210407A03NT000.html (items 1–11
//         read; units split between two successors, such as 故县街道 and 西贾乡, are not kept), and 沁源县's
//         notice reprinted at bbs.qinyuanzx.com/archiver/showtopic-9470.aspx (6 towns and 6 townships after it,
//         as in the source).

/** The county-level divisions of Changzhi, in the source's order, with the forms the paper writes them in. */
export interface CountyRow {
  /** 6-digit county code. */
  readonly code: string;
  readonly name: string;
  /** The stem's reading where a polyphone matters (tone-marked syllables, space-separated). */
  readonly reading?: string;
  readonly shortForms: readonly ShortFormRow[];
  readonly formerNames?: readonly string[];
  /** Towns, townships and subdistricts: [last 3 digits of the 9-digit code, name, reading of the stem?]. */
  readonly towns: readonly (readonly [code: string, name: string, reading?: string])[];
}

/** A form the paper uses for a place; `alsoMeans` when the same characters are also an ordinary word. */
export interface ShortFormRow {
  readonly text: string;
  readonly alsoMeans?: string;
}

export const CITY_ROW = {
  code: '140400',
  name: '长治市',
  reading: 'cháng zhì',
  shortForms: [{ text: '长治' }],
} as const;

/**
 * The functional zone. Its name is the one the city and the paper use; the source's last listing of it used
 * 山西长治高新技术产业园区 (kept as an earlier name so a text that cites it still finds the zone).
 */
export const ZONE_ROW = {
  name: '长治高新技术产业开发区',
  pinyin: 'Chángzhì Gāoxīn Jìshù Chǎnyè Kāifāqū',
  en: 'Changzhi High-tech Industrial Development Zone',
  shortForms: [{ text: '长治高新区' }, { text: '高新区', alsoMeans: 'any city’s high-tech zone' }],
  formerNames: ['山西长治高新技术产业园区'],
} as const;

// Short forms of county names: the stem the paper writes bare (`幸福壶关`, `长子理发师`). Not kept: 潞州 (also
// the old name of the whole city), 上党 (also the historic region: 上党梆子, 上党战役), 沁 (one character).
export const COUNTY_ROWS: readonly CountyRow[] = [
  {
    code: '140403', name: '潞州区', shortForms: [],
    towns: [
      ['001', '东街街道'], ['002', '西街街道'], ['003', '英雄南路街道'], ['004', '英雄中路街道'], ['005', '紫金街街道'],
      ['006', '太行东街街道', 'tài háng dōng jiē'], ['007', '太行西街街道', 'tài háng xī jiē'], ['008', '延安南路街道'],
      ['009', '常青街道'], ['010', '五马街道'], ['013', '堠北庄街道'], ['014', '老顶山街道'], ['015', '大辛庄街道'],
      ['103', '马厂镇'], ['104', '黄碾镇'], ['105', '西白兔镇'],
    ],
  },
  {
    code: '140404', name: '上党区', shortForms: [], formerNames: ['长治县'],
    towns: [
      ['001', '韩店街道'], ['101', '苏店镇'], ['102', '荫城镇'], ['103', '西火镇'], ['104', '八义镇'], ['106', '郝家庄镇'],
      ['107', '南宋镇'], ['201', '西池乡'], ['202', '北呈乡'], ['203', '东和乡'],
    ],
  },
  {
    code: '140405', name: '屯留区', reading: 'tún liú', shortForms: [{ text: '屯留' }], formerNames: ['屯留县'],
    towns: [
      ['001', '麟绛街道'], ['101', '上村镇'], ['102', '渔泽镇'], ['103', '余吾镇'], ['104', '吾元镇'], ['105', '张店镇'],
      ['106', '丰宜镇'], ['200', '李高乡'], ['201', '路村乡'], ['202', '河神庙乡'],
    ],
  },
  {
    code: '140406', name: '潞城区', shortForms: [{ text: '潞城' }], formerNames: ['潞城市'],
    towns: [
      ['001', '潞华街道'], ['002', '成家川街道'], ['003', '翟店街道', 'zhái diàn'], ['100', '店上镇'], ['101', '微子镇'],
      ['102', '辛安泉镇'], ['104', '史回镇'], ['201', '黄牛蹄乡'],
    ],
  },
  {
    code: '140423', name: '襄垣县', shortForms: [{ text: '襄垣' }],
    towns: [
      ['100', '古韩镇'], ['101', '王桥镇'], ['102', '侯堡镇'], ['103', '夏店镇'], ['104', '虒亭镇'], ['105', '西营镇'],
      ['106', '王村镇'], ['107', '下良镇'], ['108', '善福镇'],
    ],
  },
  {
    code: '140425', name: '平顺县', shortForms: [{ text: '平顺', alsoMeans: 'smooth (运行平顺)' }],
    towns: [
      ['100', '青羊镇'], ['101', '龙溪镇'], ['102', '石城镇'], ['103', '苗庄镇'], ['104', '玉峡关镇'], ['200', '西沟乡'],
      ['201', '东寺头乡'], ['202', '虹梯关乡', 'hóng tī guān'], ['203', '阳高乡'], ['204', '北耽车乡', 'běi dān chē'],
      ['206', '北社乡'],
    ],
  },
  {
    code: '140426', name: '黎城县', shortForms: [{ text: '黎城' }],
    towns: [
      ['101', '东阳关镇'], ['102', '上遥镇'], ['103', '西井镇'], ['104', '黄崖洞镇'], ['105', '黎侯镇'], ['106', '洪井镇'],
      ['107', '西仵镇'], ['108', '程家山镇'],
    ],
  },
  {
    code: '140427', name: '壶关县', shortForms: [{ text: '壶关' }],
    towns: [
      ['100', '龙泉镇'], ['101', '百尺镇', 'bǎi chǐ'], ['102', '店上镇'], ['103', '晋庄镇'], ['104', '树掌镇'],
      ['105', '大峡谷镇'], ['106', '集店镇'], ['201', '黄山乡'], ['202', '东井岭乡'], ['203', '石坡乡'],
    ],
  },
  {
    code: '140428', name: '长子县', reading: 'zhǎng zǐ', shortForms: [{ text: '长子', alsoMeans: 'eldest son' }],
    towns: [
      ['100', '丹朱镇'], ['101', '鲍店镇'], ['102', '石哲镇'], ['103', '大堡头镇'], ['104', '慈林镇'], ['105', '色头镇', 'sè tóu'],
      ['106', '南漳镇'], ['107', '宋村镇'], ['108', '南陈镇'], ['201', '碾张乡'], ['202', '常张乡'],
    ],
  },
  {
    code: '140429', name: '武乡县', shortForms: [{ text: '武乡' }],
    towns: [
      ['100', '丰州镇'], ['101', '洪水镇'], ['102', '蟠龙镇'], ['103', '监漳镇'], ['104', '故城镇'], ['105', '韩北镇'],
      ['202', '大有乡'], ['203', '贾豁乡'], ['205', '上司乡'], ['206', '石北乡'], ['207', '涌泉乡'], ['208', '分水岭乡'],
    ],
  },
  {
    code: '140430', name: '沁县', shortForms: [],
    towns: [
      ['100', '定昌镇'], ['101', '郭村镇'], ['102', '故县镇'], ['103', '新店镇'], ['104', '漳源镇'], ['105', '册村镇'],
      ['106', '沁州黄镇'], ['107', '南里镇'], ['108', '松村镇'], ['203', '牛寺乡'], ['206', '杨安乡'],
    ],
  },
  {
    code: '140431', name: '沁源县', shortForms: [{ text: '沁源' }],
    towns: [
      ['100', '沁河镇'], ['101', '郭道镇'], ['102', '灵空山镇'], ['103', '王和镇'], ['105', '王陶镇'], ['107', '景凤镇'],
      ['200', '中峪乡'], ['201', '法中乡'], ['202', '交口乡'], ['203', '聪子峪乡'], ['204', '韩洪乡'], ['207', '赤石桥乡'],
    ],
  },
];

/** Earlier names of towns, townships and subdistricts (see the reforms cited above), by county and present name. */
export const TOWN_FORMER_NAMES: readonly { county: string; name: string; former: readonly string[] }[] = [
  // 2020 notice
  { county: '上党区', name: '韩店街道', former: ['韩店镇'] },
  { county: '上党区', name: '郝家庄镇', former: ['郝家庄乡'] },
  { county: '屯留区', name: '麟绛街道', former: ['麟绛镇'] },
  { county: '潞城区', name: '史回镇', former: ['史迴乡'] },
  { county: '壶关县', name: '大峡谷镇', former: ['桥上乡'] },
  { county: '沁源县', name: '王陶镇', former: ['王陶乡'] },
  // 2021 notices
  { county: '潞州区', name: '西白兔镇', former: ['西白兔乡'] },
  { county: '潞州区', name: '马厂镇', former: ['长北街道'] },
  { county: '潞州区', name: '堠北庄街道', former: ['堠北庄镇'] },
  { county: '潞州区', name: '老顶山街道', former: ['老顶山镇'] },
  { county: '潞州区', name: '大辛庄街道', former: ['大辛庄镇'] },
  { county: '上党区', name: '苏店镇', former: ['贾掌镇'] },
  { county: '上党区', name: '南宋镇', former: ['南宋乡'] },
  { county: '潞城区', name: '潞华街道', former: ['合室乡'] },
  { county: '潞城区', name: '翟店街道', former: ['翟店镇'] },
  { county: '沁源县', name: '沁河镇', former: ['李元镇'] },
  { county: '沁源县', name: '景凤镇', former: ['景凤乡', '官滩乡'] },
  // No notice found: the township 集店乡 stands in an older listing of 壶关县's 5 towns and 7 townships (with
  // 桥上乡, which the 2020 notice made 大峡谷镇; iichatc.com/dm_3235, undated, read 2026-12-03), and the 2023
  // edition above lists 集店镇 (140427106) in its place, the same stem one level up: a 撤乡设镇 one for one.
  { county: '壶关县', name: '集店镇', former: ['集店乡'] },
];
