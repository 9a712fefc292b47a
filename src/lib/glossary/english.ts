// Figures, units, subjects, regions and topics in English, from a glossary (content/glossary.yaml) and
// the vocabularies of src/domain (places from the gazetteer). Pure: the glossary is passed in, so tests run
// on fixtures without Astro.
import { measureByKey } from '../../domain/measures.ts';
import { regionInfo } from '../../domain/places/regions.ts';
import { TOPIC_LABELS, type Topic } from '../../domain/topics.ts';
import { PER_WORDS, perUnitParts, unitInfo } from '../../domain/units.ts';
import type { FigureRecord } from '../../domain/figure.ts';
import { hedgesFor, numbersOf, readPrinted } from '../format/printed.ts';
import { englishNumber, isSingular } from './numbers.ts';
import type { EnglishGlossary, UnitEntry } from './schema.ts';

/** The fields of a figure record the English rendering reads. */
export type FigureForEnglish = Pick<FigureRecord, 'value' | 'unit' | 'qualifier' | 'text'> &
  Partial<Pick<FigureRecord, 'range' | 'subject' | 'measure'>>;

export interface English {
  /** `供热管网` → `heating network`; undefined when the glossary has no entry. */
  subjectEn(zh: string): string | undefined;
  /** `公里`, 2 → `kilometres`; `人`, 1 → `person`; a unit the glossary lacks comes back as printed. */
  unitEn(unit: string, count: number): string;
  /** The glossary's override, else the gazetteer's English (any form of a place); undefined for an unknown place. */
  regionEn(zh: string): string | undefined;
  /** The glossary's override, else the topic vocabulary's label; undefined for an unknown key. */
  topicEn(topic: string): string | undefined;
  termEn(zh: string): string | undefined;
  /**
   * `近200万元` → `nearly ¥2 million`, `1.32万家` → `13,200 organisations`, `八成以上` → `80% or more`:
   * each printed hedge word in its own English word, each number with the digits printed.
   */
  englishFigure(record: FigureForEnglish): string;
}

/**
 * `less than` / `or less` for an amount (¥, km, %), `fewer` for a count of people or things (`fewer than 900 people`):
 * the unit's kind (src/domain/units.ts, a rate by its first part) says which. A rate (`元/人`) is an amount.
 */
function fewerForCount(record: FigureForEnglish, word: string): string {
  if (!/\bless\b/.test(word) || perUnitParts(record.unit) || unitInfo(record.unit)?.kind !== 'count') return word;
  return word.replace(/\bless\b/, 'fewer');
}

/** What English says for a qualifier when the printed span has no word for it (an editor's correction). */
const PLAIN_HEDGE: Record<Exclude<FigureForEnglish['qualifier'], 'exact'>, string> = { about: 'about', over: 'over', under: 'under' };

export function makeEnglish(glossary: EnglishGlossary): English {
  const subjectEn = (zh: string) => glossary.subjects[zh]?.en;

  const unitEn = (unit: string, count: number) => {
    const entry = glossary.units[unit];
    if (!entry) return unit;
    return isSingular(count) ? entry.one : entry.other;
  };

  const regionEn = (zh: string) => glossary.regions[zh] ?? regionInfo(zh)?.en;

  const topicEn = (topic: string) => glossary.topics[topic as Topic] ?? TOPIC_LABELS[topic as Topic]?.en;

  const termEn = (zh: string) => glossary.terms[zh];

  /** The noun for what a count counts: the subject's, else the measure's, else the measure word's. */
  function countNoun(record: FigureForEnglish, entry: UnitEntry, count: number): string | undefined {
    const subject = record.subject ? glossary.subjects[record.subject] : undefined;
    if (subject?.one && subject.other) return isSingular(count) ? subject.one : subject.other;
    const label = record.measure ? measureByKey(record.measure)?.unitLabel : undefined;
    if (label) return isSingular(count) ? singularOf(label) : label;
    if (entry.bare) return undefined;
    return isSingular(count) ? entry.one : entry.other;
  }

  /** What follows a symbol when the measure says more than the unit: `yuan a month` → ` a month`. */
  function symbolSuffix(record: FigureForEnglish, entry: UnitEntry): string {
    const label = record.measure ? measureByKey(record.measure)?.unitLabel : undefined;
    if (!label) return '';
    for (const name of [entry.symbol!, entry.other, entry.one]) {
      if (label.startsWith(name)) return label.slice(name.length);
    }
    return '';
  }

  function quantity(record: FigureForEnglish, value: number, exponent?: number): string {
    const entry = glossary.units[record.unit];
    const number = englishNumber(value, exponent);
    if (!entry) {
      const rate = perRate(record, value, exponent);
      if (rate) return rate;
    }
    // A unit nobody has taught the glossary: say it as printed rather than guess.
    if (!entry) return record.unit ? `${number} ${record.unit}` : number;
    if (entry.symbol) {
      const suffix = symbolSuffix(record, entry);
      if (entry.position === 'before') return `${entry.symbol}${number}${suffix}`;
      if (entry.position === 'joined') return `${number}${entry.symbol}${suffix}`;
      return `${number} ${entry.symbol}${suffix}`;
    }
    const noun = countNoun(record, entry, value);
    return noun ? `${number} ${noun}` : number;
  }

  /**
   * A rate `A/B` (src/domain/units.ts perUnitParts) in its parts' English: symbols joined (`36 µg/m³`,
   * `¥18/m²`), else `per` and the second part's singular, a span of time after it (`2,000 person-times per day`,
   * `¥120 per person a month`).
   */
  function perRate(record: FigureForEnglish, value: number, exponent?: number): string | undefined {
    const parts = perUnitParts(record.unit);
    const of = parts && glossary.units[parts.of];
    if (!parts || !of) return undefined;
    const [first, ...times] = parts.per;
    const per = glossary.units[first!];
    const head = quantity({ ...record, unit: parts.of, measure: undefined, subject: undefined }, value, exponent);
    const after = times.map((t) => ` a ${PER_WORDS.get(t) ?? t}`).join('');
    if (of.symbol && per?.symbol && !after) return `${head}/${per.symbol}`;
    return `${head} per ${per?.one ?? PER_WORDS.get(first!) ?? first}${after}`;
  }

  function range(record: FigureForEnglish, low: number, high: number, exponents: (number | undefined)[] = []): string {
    const entry = glossary.units[record.unit];
    // `¥3,000–5,000`, but `¥800,000–¥1.2 million`: the sign goes once only when both ends read alike.
    if (entry?.position === 'before' && (Math.abs(low) >= 1e6 || Math.abs(high) >= 1e6)) {
      return `${quantity(record, low, exponents[0])}–${quantity(record, high, exponents[1])}`;
    }
    const highText = quantity(record, high, exponents[1]);
    const lowText = englishNumber(low, exponents[0]);
    return entry?.position === 'before' ? `${entry.symbol}${lowText}–${highText.slice(entry.symbol!.length)}` : `${lowText}–${highText}`;
  }

  function englishFigure(record: FigureForEnglish): string {
    const printed = readPrinted(record.text);
    const exponents = numbersOf(printed, record)?.map((n) => n.exponent) ?? [];
    const core = record.range ? range(record, record.range.low, record.range.high, exponents) : quantity(record, record.value, exponents[0]);
    if (record.qualifier === 'exact') return core;
    const hedges = hedgesFor(printed, record.qualifier);
    if (hedges.length === 0) return `${PLAIN_HEDGE[record.qualifier]} ${core}`;
    const before = hedges.filter((h) => h.position === 'before').map((h) => fewerForCount(record, h.en));
    const after = hedges.filter((h) => h.position === 'after').map((h) => fewerForCount(record, h.en));
    return [...before, core, ...after].join(' ');
  }

  return { subjectEn, unitEn, regionEn, topicEn, termEn, englishFigure };
}

/** Measure labels (measures.ts `unitLabel`) are plural; a count of one takes the singular. */
export function singularOf(plural: string): string {
  if (plural === 'people') return 'person';
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(plural)) return plural.slice(0, -2);
  if (/[^s]s$/.test(plural)) return plural.slice(0, -1);
  return plural;
}
