import { describe, expect, it } from 'vitest';
import { englishFigure, loadGlossary, subjectEn, unitEn } from '../glossary.ts';
import { makeEnglish, singularOf } from './english.ts';
import * as real from './fixtures.ts';
import { englishNumber } from './numbers.ts';
import { parseGlossaryYaml } from './schema.ts';

const english = makeEnglish(loadGlossary());

describe('englishFigure on real records', () => {
  it('writes yuan with the ¥ sign, in millions and billions from a million up', () => {
    expect(english.englishFigure(real.canteenInvestment)).toBe('nearly ¥2.0 million');
    expect(english.englishFigure(real.socialSecurityPaid)).toBe('¥579 million');
    expect(english.englishFigure(real.medicineCost)).toBe('over ¥100');
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
    expect(english.englishFigure(real.villagePopulation)).toBe('under 900 people');
  });

  it('writes symbol units after the number, % and °C joined, 成 as a percentage', () => {
    expect(english.englishFigure(real.heatingNetwork)).toBe('38.1 km');
    expect(english.englishFigure(real.heatedArea)).toBe('about 5.0 million m²');
    expect(english.englishFigure(real.fiscalRevenueShare)).toBe('over 80%');
    expect(english.englishFigure(real.homeTemperature)).toBe('over 22°C');
  });

  it('says large counts in millions and ages in years old', () => {
    expect(english.englishFigure(real.grainOutput)).toBe('over 180 million jin (0.5 kg)');
    expect(english.englishFigure(real.managerAge)).toBe('over 40 years old');
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

  it('says nearly for 近 and about otherwise', () => {
    expect(g.englishFigure({ value: 3000, unit: '人', qualifier: 'about', text: '近3000名' })).toBe('nearly 3,000 people');
    expect(g.englishFigure({ value: 3000, unit: '人', qualifier: 'about', text: '3000人左右' })).toBe('about 3,000 people');
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
    expect(english.unitEn('床', 3)).toBe('床');
    expect(english.regionEn('壶关县')).toBe('Huguan County');
    expect(english.regionEn('火星')).toBeUndefined();
    expect(english.topicEn('elderly-care')).toBe('Elderly care');
    expect(english.topicEn('astrology')).toBeUndefined();
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

  it('says millions and billions with the printed precision, one decimal under ten', () => {
    expect(englishNumber(2_000_000)).toBe('2.0 million');
    expect(englishNumber(5_124_000)).toBe('5.12 million');
    expect(englishNumber(30_000_000)).toBe('30 million');
    expect(englishNumber(579_000_000)).toBe('579 million');
    expect(englishNumber(1_800_000_000)).toBe('1.8 billion');
    expect(englishNumber(14_500_000_000)).toBe('14.5 billion');
  });
});

describe('the module-level helpers over content/glossary.yaml', () => {
  it('answer from the project glossary', () => {
    expect(subjectEn('学校食堂')).toBe('school canteens');
    expect(unitEn('户', 8000)).toBe('households');
    expect(englishFigure(real.heatingNetwork)).toBe('38.1 km');
  });
});
