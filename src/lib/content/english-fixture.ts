// Test support: the English glossary helpers over entries cut from content/glossary.yaml, so tests of
// the pages' formatting do not change when editors extend the real glossary.
import { makeEnglish, parseGlossaryYaml } from '../glossary.ts';

export const GLOSSARY_YAML = `
units:
  平方米: { one: square metre, other: square metres, symbol: m² }
  公里: { one: kilometre, other: kilometres, symbol: km }
  元: { one: yuan, other: yuan, symbol: ¥, position: before }
  '℃': { one: degree Celsius, other: degrees Celsius, symbol: °C, position: joined }
  '%': { one: percent, other: percent, symbol: '%', position: joined }
  人次: { one: person-time, other: person-times }
  个: { one: unit, other: units, bare: true }
  人: { one: person, other: people }
  名: { one: person, other: people }
  户: { one: household, other: households }
  家: { one: organisation, other: organisations }
  年: { one: year, other: years }
subjects:
  学校食堂改造投入: investment in renovating school canteens
  县城及周边区域: area heated in the county town and around it
  财政收入: fiscal revenue spent on public services
regions:
  长治市: Changzhi City
topics:
  culture-sports: Culture and sport
terms:
  谋好篇 布好局 履职尽责为人民: Plan well, lay out well, serve the people
`;

export const english = makeEnglish(parseGlossaryYaml('content/glossary.yaml', GLOSSARY_YAML));
