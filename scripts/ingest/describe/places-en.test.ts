import { describe, expect, it } from 'vitest';
import { findEnglishPlaces } from './places-en.ts';

describe('findEnglishPlaces', () => {
  it('reads the city and county-level places by their English names, as whole words', () => {
    expect(findEnglishPlaces('Changzhi has opened heated waiting rooms in Pingshun, Licheng and Wuxiang counties.')).toEqual([
      '长治市', '平顺县', '黎城县', '武乡县',
    ]);
  });

  it('takes the zone for the zone, not for the city', () => {
    expect(findEnglishPlaces('A lab opened in the Changzhi High-tech Industrial Development Zone.')).toEqual(['长治高新技术产业开发区']);
  });

  it('finds nothing in text that names no place', () => {
    expect(findEnglishPlaces('Heated waiting rooms have benches and drinking water. Changzhijiang is no place here.')).toEqual([]);
  });

  it('reads a town by its English name with its level word, with its county', () => {
    expect(findEnglishPlaces('A job fair in Guhan town, Xiangyuan county, offered 3,200 posts.')).toEqual(['襄垣县', '襄垣县古韩镇']);
    expect(findEnglishPlaces('A ski resort in Lingkongshan Town opened on Dec 6.')).toEqual(['沁源县', '沁源县灵空山镇']);
    expect(findEnglishPlaces('Guhan is a common pinyin syllable pair.')).toEqual([]);
  });

  it('reads a one-character county with its generic fused, as the wires write it', () => {
    expect(findEnglishPlaces('Clinics in Qinxian now send X-rays to the county hospital.')).toEqual(['沁县']);
    expect(findEnglishPlaces('Clinics in Qin County now send X-rays.')).toEqual(['沁县']);
    expect(findEnglishPlaces('Clinics in Pingshunxian are not named so.')).toEqual([]);
  });

  it('reads towns named in a list their level word governs, with their county', () => {
    expect(findEnglishPlaces('Buses now reach towns such as Guhan and Xialiang every hour.')).toEqual(['襄垣县', '襄垣县古韩镇', '襄垣县下良镇']);
    expect(findEnglishPlaces('Villagers of Guhan, Wangqiao and Xiadian towns can now call a doctor.')).toEqual([
      '襄垣县', '襄垣县古韩镇', '襄垣县王桥镇', '襄垣县夏店镇',
    ]);
    expect(findEnglishPlaces('Guhan and Wangqiao are names here, with no level word.')).toEqual([]);
  });

  it('reads a town name two counties share only in the county the text names', () => {
    expect(findEnglishPlaces('Dianshang town now has a bus stop.')).toEqual([]);
    expect(findEnglishPlaces('Dianshang town, Huguan county, now has a bus stop.')).toEqual(['壶关县', '壶关县店上镇']);
  });

  it("does not read the city in the zone's short name or in a paper named after it", () => {
    expect(findEnglishPlaces('Changzhi High-Tech Zone held a job fair for graduates.')).toEqual(['长治高新技术产业开发区']);
    expect(findEnglishPlaces('Changzhi Daily · English Corner. Farmers in Xiangyuan county sell millet.')).toEqual(['襄垣县']);
    expect(findEnglishPlaces('Changzhi began supplying heating on November 1.')).toEqual(['长治市']);
    expect(findEnglishPlaces('Changzhi Hi-tech Zone held a job fair.\nSource: Changzhi Evening News')).toEqual(['长治高新技术产业开发区']);
    expect(findEnglishPlaces('Changzhi Library will stay open until 9 pm.')).toEqual(['长治市']);
    expect(findEnglishPlaces('Changzhi City opened 12 new bus routes.')).toEqual(['长治市']);
    expect(findEnglishPlaces('Heating in Changzhi starts on November 1.')).toEqual(['长治市']);
  });

  it('reads names printed full-width and spaced apart by an OCR copy', () => {
    expect(findEnglishPlaces('Ｖｉｌｌａｇｅｒｓ ｉｎ Ｐ ｉ ｎ ｇ ｓ ｈ ｕ ｎ county get new clinics.')).toEqual(['平顺县']);
  });

  it('leaves out where visitors or goods came from', () => {
    expect(findEnglishPlaces('Trails in Qinyuan county drew hikers. Many came from Luzhou district and from Henan province.')).toEqual(['沁源县']);
    expect(findEnglishPlaces('The museum in Wuxiang county welcomed visitors from Licheng county.')).toEqual(['武乡县']);
    expect(findEnglishPlaces('A new bus runs from Luzhou district to Pingshun county.')).toEqual(['潞州区', '平顺县']);
    expect(findEnglishPlaces('Visitors from Luzhou district flocked to Pingshun county.')).toEqual(['平顺县']);
    expect(findEnglishPlaces('Tourists from across the country came to Pingshun county.')).toEqual(['平顺县']);
    expect(findEnglishPlaces('Buyers from Taiyuan and Licheng county filled the market in Wuxiang county.')).toEqual(['武乡县']);
  });

  it("leaves out where a quoted speaker lives or works, when the item names a place of its own", () => {
    const city = 'Bus stops in Changzhi now have heated waiting rooms, the city transport bureau said.';
    expect(findEnglishPlaces(`${city} "I no longer freeze in the morning," said Wang Fang, a nurse in Luzhou district.`)).toEqual(['长治市']);
    expect(findEnglishPlaces(`${city} "Orders doubled," said Li Qiang, manager of a bakery in Changzhi High-tech Zone.`)).toEqual(['长治市']);
    expect(findEnglishPlaces(`${city} Zhang Hua, a resident of Pingshun county, said the rooms are warm.`)).toEqual(['长治市']);
    // Near misses: the speaker's place is all the item names, or the item names it again as its own.
    expect(findEnglishPlaces('"Our clinic is open every day now," said Zhao Lan, a doctor in Xigou Township.')).toEqual(['平顺县', '平顺县西沟乡']);
    expect(findEnglishPlaces(`${city} Luzhou district added 40 stops. "It helps," said Wang Fang, a nurse in Luzhou district.`)).toEqual(['长治市', '潞州区']);
    expect(findEnglishPlaces(`${city} The rooms in Luzhou district are the warmest, said Wang Fang.`)).toEqual(['长治市', '潞州区']);
  });

  it("keeps the place of a body a speaker heads or serves (an office of the body, not a home)", () => {
    const city = 'Changzhi has opened 120 heated bus shelters, the city said on Monday.';
    expect(findEnglishPlaces(`${city} "We built 40 of them," said Wang Fang, director of the transport bureau of Luzhou district.`)).toEqual(['长治市', '潞州区']);
    expect(findEnglishPlaces(`${city} "Lunch is warm now," said Li Hua, head of the canteen in Xiangyuan county.`)).toEqual(['长治市', '襄垣县']);
    expect(findEnglishPlaces(`${city} Zhou Qiang, an official of the housing bureau of Pingshun county, said more will follow.`)).toEqual(['长治市', '平顺县']);
    // Near misses: a worker of some business, a resident, still read away.
    expect(findEnglishPlaces(`${city} "Sales rose," said Li Hua, head of a bakery in Xiangyuan county.`)).toEqual(['长治市']);
    expect(findEnglishPlaces(`${city} "It is warm," said Li Hua, a nurse at a clinic in Xiangyuan county.`)).toEqual(['长治市']);
  });

  it('does not read the city in a source credit in brackets', () => {
    expect(findEnglishPlaces('Villages in Huguan County welcomed 36,000 visitors.\n(Source: Changzhi English Page)')).toEqual(['壶关县']);
    expect(findEnglishPlaces('Villages in Huguan County welcomed visitors from Changzhi city (about 36,000).')).toEqual(['壶关县']);
  });

  it('does not read a county opening another proper name in a sentence, nor the city as a county’s address (675, 685)', () => {
    expect(findEnglishPlaces('Villagers of Nanzhang town, Zhangzi county, gathered for a Shangdang Bangzi show staged by the county troupe.')).toEqual([
      '长子县',
      '长子县南漳镇',
    ]);
    expect(findEnglishPlaces('The festival opened in Licheng county, Changzhi. "Come in every season," said Qin Lei, an official of the county.')).toEqual(['黎城县']);
    // (Near misses: the level word after the name; a headline in title case; the city in a sentence of its own.)
    expect(findEnglishPlaces('Canteens opened in Shangdang District and Qin County this year.')).toEqual(['上党区', '沁县']);
    expect(findEnglishPlaces('Luzhou Opens Six New Canteens\nThe district opened six canteens for the elderly.')).toEqual(['潞州区']);
    expect(findEnglishPlaces('The festival opened in Licheng county. Changzhi plans two more next year.')).toEqual(['长治市', '黎城县']);
  });

  it('reads a body or a site named for its county as the county, as 潞州区人民医院 is in Chinese (review R4 F17)', () => {
    expect(findEnglishPlaces("Patients lined up at Luzhou People's Hospital on Monday morning for the free clinic.")).toEqual(['潞州区']);
    expect(findEnglishPlaces('The new building of Qinyuan Middle School opened to students this week.')).toEqual(['沁源县']);
    expect(findEnglishPlaces('Tourists visited Huguan Grand Canyon during the holiday, the scenic area said.')).toEqual(['壶关县']);
    expect(findEnglishPlaces('Wuxiang Revolutionary Memorial Hall received 120,000 visitors this year.')).toEqual(['武乡县']);
    expect(findEnglishPlaces('Licheng Huangya Cave is being renovated for visitors.')).toEqual(['黎城县']);
    // (Near misses: a name all of romanised Chinese words, a person or a thing of culture, still names no place.)
    expect(findEnglishPlaces('Fans watched a Shangdang Bangzi show in the village square.')).toEqual([]);
    expect(findEnglishPlaces('"The rooms are warm," said Qin Lei, who runs the canteen.')).toEqual([]);
  });

  it('reads a body or a site whose English head spells as pinyin as the county too (review R5 F11)', () => {
    expect(findEnglishPlaces('Workers at Tunliu Mine produced 3 million tonnes of coal this year.')).toEqual(['屯留区']);
    expect(findEnglishPlaces('The Luzhou Home for the Aged added 50 beds this winter.')).toEqual(['潞州区']);
    expect(findEnglishPlaces("Nurses at Tunliu Women and Children's Hospital gave free checks.")).toEqual(['屯留区']);
    expect(findEnglishPlaces('Residents on Luzhou Lane got new water pipes.')).toEqual(['潞州区']);
    // (Near miss: a romanised name, a dish's, still names no place.)
    expect(findEnglishPlaces('Guests tasted Luzhou Mian Pi at the night market.')).toEqual([]);
  });
});
