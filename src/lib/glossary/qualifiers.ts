// Whether an English phrase for a figure says what its Chinese says about which figure it is: the words
// that set a figure's population (城镇 urban, 农村 rural), its period (每月 a month, 年 a year), its kind
// (新增 new, 累计 in total, 人均 per person) or what was done (改造 renovated), on both sides or on neither.
// A reader found the English home card saying `per urban retiree` where the Chinese said 退休人员: the
// glossary had taken 城镇 from the sentence, not from the label. Used to choose the English of a figure's
// label (lib/figure-label.ts) and to check the glossary (qualifiers.test.ts). Each pair is one qualifier:
// the Chinese forms that say it and the English words that do. Some say what was done to the number's
// own sense (减免 waived, 减少 reduced, 节省 saved): an English without them says the opposite (a reader
// saw `¥11,000 Service fees` for 减免服务费, fees waived read as fees charged); those are marked `reverses`.

interface Qualifier {
  name: string;
  zh: RegExp;
  en: RegExp;
  /** Left unsaid, the figure reads as its opposite (waived as charged, reduced as grown). */
  reverses?: boolean;
}

const QUALIFIERS: readonly Qualifier[] = [
  { name: 'urban', zh: /城镇|城市|城区|市区|县城|城乡/, en: /\burban\b|\bcounty towns?\b/i },
  { name: 'rural', zh: /农村|乡村|城乡/, en: /\brural\b|\bcountryside\b/i },
  { name: 'a month', zh: /月/, en: /\bmonths?\b|\bmonthly\b/i },
  { name: 'new', zh: /新增|新建|新开|改扩建/, en: /\bnew(ly)?\b|\bbuilt\b/i },
  { name: 'in total', zh: /累计/, en: /\btotal\b|\bcumulative\b|\bin all\b|\bso far\b/i },
  // Per head, household, village or mu (not per day or per 1,000 people: 每日 and 千人口 say those).
  { name: 'per', zh: /人均|户均|村均|平均|每人|每户|每亩|每村/, en: /\bper (?!day\b|month\b|year\b|\d)\w+|\baverage\b|\beach (person|household|village)\b/i },
  { name: 'renovated', zh: /改造|改建|改扩建|提档升级|升级|整治/, en: /renovat|upgrad|rebuil|refurbish|retrofit|improv|clean/i },
  { name: 'waived', zh: /减免|免除|免收|免缴|免交|豁免/, en: /waiv|exempt|remit|relief|not charged/i, reverses: true },
  // Free of charge (免费体检): said or not on both sides; `free` is not `waived`, which needs a charge to waive.
  { name: 'free', zh: /免费|义诊|无偿/, en: /\bfree\b|no charge|free of charge/i },
  { name: 'reduced', zh: /减少|降低|下降|减轻|压减|削减|减收|缩减|缩短/, en: /reduc|\bcut\b(?!-)|lower|\bf[ae]ll|drop|decreas|declin|\bless\b|fewer|shorten/i, reverses: true },
  { name: 'saved', zh: /节省|节约/, en: /\bsav(e|ed|es|ing|ings)\b/i, reverses: true },
];

/** The qualifiers one side says and the other does not: `['urban']` for 退休人员… against `… per urban retiree`. */
export function unmatchedQualifiers(zh: string, en: string): string[] {
  return QUALIFIERS.filter((q) => q.zh.test(zh) !== q.en.test(en)).map((q) => q.name);
}

/** The qualifiers the Chinese says that the English leaves out and whose loss reverses the figure: `['waived']`. */
export function reversedQualifiers(zh: string, en: string): string[] {
  return QUALIFIERS.filter((q) => q.reverses && q.zh.test(zh) && !q.en.test(en)).map((q) => q.name);
}
