import { describe, expect, it } from 'vitest';
import { englishFigure, loadGlossary, subjectEn, unitEn } from '../glossary.ts';
import { makeEnglish, singularOf } from './english.ts';
import * as real from './fixtures.ts';
import { englishNumber } from './numbers.ts';
import { parseGlossaryYaml } from './schema.ts';

const english = makeEnglish(loadGlossary());

describe('englishFigure on real records', () => {
  it('writes yuan with the ¥ sign, in millions and billions from a million up', () => {
    expect(english.englishFigure(real.canteenInvestment)).toBe('nearly ¥2 million');
    expect(english.englishFigure(real.socialSecurityPaid)).toBe('¥579 million');
    expect(english.englishFigure(real.medicineCost)).toBe('more than ¥100');
  });

  it('keeps what the measure says beyond the unit: a month, per day', () => {
    expect(english.englishFigure(real.basicPension)).toBe('¥191 a month');
    expect(english.englishFigure(real.sewageCapacity)).toBe('45,000 m³/day');
  });

  it('names what a count counts: the measure word, the subject’s noun or the measure’s', () => {
    expect(english.englishFigure(real.participatingEmployers)).toBe('13,200 organisations');
    expect(english.englishFigure(real.businesses)).toBe('3 businesses');
    expect(english.englishFigure(real.schoolCanteens)).toBe('16 canteens');
    expect(english.englishFigure(real.servicePoints)).toBe('2,737 service points');
    expect(english.englishFigure(real.villagePopulation)).toBe('fewer than 900 people');
  });

  it('writes symbol units after the number, % and °C joined, 成 as a percentage', () => {
    expect(english.englishFigure(real.heatingNetwork)).toBe('38.1 km');
    expect(english.englishFigure(real.heatedArea)).toBe('about 5 million m²');
    expect(english.englishFigure(real.fiscalRevenueShare)).toBe('80% or more');
    expect(english.englishFigure(real.homeTemperature)).toBe('22°C or more');
  });

  it('says large counts in millions and ages in years old', () => {
    expect(english.englishFigure(real.grainOutput)).toBe('180 million jin (0.5 kg) or more');
    expect(english.englishFigure(real.managerAge)).toBe('just over 40 years old');
  });
});

describe('englishFigure rules', () => {
  const g = makeEnglish(
    parseGlossaryYaml(
      'test.yaml',
      `units:
  元: { one: yuan, other: yuan, symbol: ¥, position: before }
  年: { one: year, other: years }
  个: { one: unit, other: units, bare: true }
  人: { one: person, other: people }
subjects:
  托位: { en: childcare places, one: place, other: places }
`,
    ),
  );
  const figure = { text: '', qualifier: 'exact' as const };

  it('uses the singular for exactly one', () => {
    expect(g.englishFigure({ ...figure, value: 1, unit: '人' })).toBe('1 person');
    expect(g.englishFigure({ ...figure, value: 1, unit: '个', subject: '托位' })).toBe('1 place');
    expect(g.englishFigure({ ...figure, value: 1, unit: '个', measure: 'heat-exchange-stations' })).toBe('1 station');
  });

  it('leaves a bare measure word out when nothing says what is counted', () => {
    expect(g.englishFigure({ ...figure, value: 2737, unit: '个' })).toBe('2,737');
  });

  it('writes a range with the unit once, or the sign on both ends when they read differently', () => {
    expect(g.englishFigure({ ...figure, text: '3至5年', value: 3, unit: '年', range: { low: 3, high: 5 } })).toBe('3–5 years');
    expect(g.englishFigure({ ...figure, value: 3000, unit: '元', range: { low: 3000, high: 5000 } })).toBe('¥3,000–5,000');
    expect(g.englishFigure({ ...figure, value: 8e5, unit: '元', range: { low: 8e5, high: 1.2e6 } })).toBe('¥800,000–¥1.2 million');
  });

  it('says each printed hedge in its own English word, where English puts it', () => {
    const about = { value: 3000, unit: '人', qualifier: 'about' as const };
    expect(g.englishFigure({ ...about, text: '近3000名' })).toBe('nearly 3,000 people');
    expect(g.englishFigure({ ...about, text: '约3000人' })).toBe('about 3,000 people');
    expect(g.englishFigure({ ...about, text: '3000人左右' })).toBe('around 3,000 people');
    const over = { value: 8000, unit: '人', qualifier: 'over' as const };
    expect(g.englishFigure({ ...over, text: '8000余人' })).toBe('more than 8,000 people');
    expect(g.englishFigure({ ...over, text: '8000多人' })).toBe('more than 8,000 people');
    expect(g.englishFigure({ ...over, text: '超过8000人' })).toBe('over 8,000 people');
    expect(g.englishFigure({ ...over, text: '8000人以上' })).toBe('8,000 people or more');
    expect(g.englishFigure({ ...over, value: 22_000, text: '2.2万余人' })).toBe('more than 22,000 people');
    expect(g.englishFigure({ ...over, value: 4_400_000, unit: '元', text: '440余万元' })).toBe('more than ¥4.4 million');
    const under = { value: 900, unit: '人', qualifier: 'under' as const };
    expect(g.englishFigure({ ...under, text: '不到900人' })).toBe('under 900 people');
    expect(g.englishFigure({ ...under, text: '不足900人' })).toBe('fewer than 900 people');
    expect(g.englishFigure({ ...under, text: '900人以下' })).toBe('900 people or fewer');
    // An amount keeps `less`: money, a rate per person, a share.
    expect(g.englishFigure({ ...under, unit: '元', text: '不足900元' })).toBe('less than ¥900');
    expect(g.englishFigure({ ...under, unit: '元/人', text: '不足900元/人' })).toMatch(/^less than ¥900/);
    expect(g.englishFigure({ ...under, value: 5, unit: '%', text: '5%以下' })).toMatch(/^5 ?% or less$/);
  });

  it('says a qualifier plainly when the printed span has no word for it, and none for an exact figure', () => {
    expect(g.englishFigure({ value: 3000, unit: '人', qualifier: 'over', text: '3000人' })).toBe('over 3,000 people');
    expect(g.englishFigure({ value: 3000, unit: '人', qualifier: 'about', text: '' })).toBe('about 3,000 people');
    expect(g.englishFigure({ value: 3000, unit: '人', qualifier: 'exact', text: '近3000人' })).toBe('3,000 people');
  });

  it('keeps the digits printed: no padded decimal, none dropped', () => {
    const money = { unit: '元', qualifier: 'exact' as const };
    expect(g.englishFigure({ ...money, value: 5_000_000, text: '500万元' })).toBe('¥5 million');
    expect(g.englishFigure({ ...money, value: 5_124_000, text: '512.4万元' })).toBe('¥5.124 million');
    expect(g.englishFigure({ ...money, value: 5_100_000, text: '510万元' })).toBe('¥5.1 million');
    expect(g.englishFigure({ ...money, value: 38.1, text: '38.10元' })).toBe('¥38.10');
    // A value an editor corrected no longer matches its span: its own digits, at most two decimals.
    expect(g.englishFigure({ ...money, value: 5_124_000, text: '500万元' })).toBe('¥5.12 million');
  });

  it('says a unit the glossary lacks as printed', () => {
    expect(g.englishFigure({ ...figure, value: 12, unit: '床' })).toBe('12 床');
  });
});

describe('lookups', () => {
  it('gives subjects, units, regions and topics in English', () => {
    expect(english.subjectEn('供热管网')).toBe('heating network');
    expect(english.subjectEn('企业')).toBe('businesses');
    expect(english.subjectEn('不存在的指标')).toBeUndefined();
    expect(english.unitEn('公里', 38.1)).toBe('kilometres');
    expect(english.unitEn('人', 1)).toBe('person');
    expect(english.unitEn('垄', 3)).toBe('垄');
    expect(english.regionEn('壶关县')).toBe('Huguan County');
    expect(english.regionEn('火星')).toBeUndefined();
    expect(english.topicEn('elderly-care')).toBe('Elderly care');
    expect(english.topicEn('astrology')).toBeUndefined();
  });

  it('says a rate in its parts’ English (src/domain/units.ts perUnitParts)', () => {
    const rate = (text: string, value: number, unit: string) => english.englishFigure({ text, value, unit, qualifier: 'exact' });
    expect(rate('36微克/立方米', 36, '微克/立方米')).toBe('36 µg/m³');
    expect(rate('18元/平方米', 18, '元/平方米')).toBe('¥18/m²');
    expect(rate('2000人次/日', 2000, '人次/日')).toBe('2,000 person-times per day');
    expect(rate('120元/人·月', 120, '元/人·月')).toBe('¥120 per person a month');
    expect(rate('1.5万元/户', 15000, '元/户')).toBe('¥15,000 per household');
    expect(rate('1.2元/平方米·月', 1.2, '元/平方米·月')).toBe('¥1.2 per square metre a month');
    expect(rate('0.8元/度', 0.8, '元/度')).toBe('¥0.8 per kWh');
  });

  it('lets the glossary override the lexicons', () => {
    const g = makeEnglish(parseGlossaryYaml('test.yaml', 'regions:\n  长治市: Changzhi City\ntopics:\n  culture-sports: Culture and sport\n'));
    expect(g.regionEn('长治市')).toBe('Changzhi City');
    expect(g.regionEn('壶关县')).toBe('Huguan County');
    expect(g.topicEn('culture-sports')).toBe('Culture and sport');
    expect(g.topicEn('heating')).toBe('Heating');
  });

  it('turns measure labels singular', () => {
    expect(singularOf('charging piles')).toBe('charging pile');
    expect(singularOf('people')).toBe('person');
    expect(singularOf('batches')).toBe('batch');
    expect(singularOf('jin (0.5 kg)')).toBe('jin (0.5 kg)');
  });
});

describe('englishNumber', () => {
  it('groups thousands below a million and keeps up to two decimals', () => {
    expect(englishNumber(13_200)).toBe('13,200');
    expect(englishNumber(60.87)).toBe('60.87');
    expect(englishNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('says millions and billions with the number’s own digits, at most two decimals, none padded', () => {
    expect(englishNumber(2_000_000)).toBe('2 million');
    expect(englishNumber(5_124_000)).toBe('5.12 million');
    expect(englishNumber(30_000_000)).toBe('30 million');
    expect(englishNumber(579_000_000)).toBe('579 million');
    expect(englishNumber(1_800_000_000)).toBe('1.8 billion');
    expect(englishNumber(14_500_000_000)).toBe('14.5 billion');
  });

  it('shows the decimals the last printed digit needs at its scale', () => {
    expect(englishNumber(5_000_000, 6)).toBe('5 million');
    expect(englishNumber(5_000_000, 4)).toBe('5.00 million');
    expect(englishNumber(5_124_000, 3)).toBe('5.124 million');
    expect(englishNumber(13_200, 2)).toBe('13,200');
    expect(englishNumber(38.1, -2)).toBe('38.10');
  });
});

describe('the module-level helpers over content/glossary.yaml', () => {
  it('answer from the project glossary', () => {
    expect(subjectEn('学校食堂')).toBe('school canteens');
    expect(unitEn('户', 8000)).toBe('households');
    expect(englishFigure(real.heatingNetwork)).toBe('38.1 km');
  });
});
