// Which figures belong to which measure series: ingest's matching rules, one per key of the measure
// vocabulary (src/domain/measures.ts, which holds each series' names in both languages), in the same order.
//
// A figure gets a measure when its unit is one of `units` and its subject matches `subject` (and, where
// given, its sentence matches `context`); the first rule that fits wins, so put narrow rules before broad
// ones. To add a measure: add it to src/domain/measures.ts and its rule here, with a test case in
// measures.test.ts.

export interface MeasureRule {
  /** A key of src/domain/measures.ts. */
  key: string;
  units: readonly string[];
  subject: RegExp;
  context?: RegExp;
}

const YUAN = ['元'];
const PEOPLE = ['人', '名', '人次'];

export const MEASURE_RULES: readonly MeasureRule[] = [
  // Heating
  { key: 'heating-network-km', units: ['公里'], subject: /供热管网|热网|供热管道/ },
  { key: 'heat-exchange-stations', units: ['个', '座'], subject: /换热站/ },
  { key: 'heating-area-m2', units: ['平方米'], subject: /供热|面积|区域/, context: /供热|供暖|热源/ },
  { key: 'heating-compliance-rate', units: ['%'], subject: /供热达标率/ },
  // Education
  // (A school's canteen, not a canteen for the elderly, 老年食堂 or 长者食堂, that a sentence on schools names.)
  { key: 'school-canteens-renovated', units: ['个', '所'], subject: /(?:学校|校园|中小学)食堂|^食堂$/, context: /学校|校园|中小学/ },
  // Transport and streets
  { key: 'rural-roads-km', units: ['公里'], subject: /农村公路|农村路/ },
  { key: 'tourist-roads-km', units: ['公里'], subject: /旅游公路/ },
  { key: 'back-streets-renovated', units: ['条'], subject: /背街小巷/ },
  { key: 'charging-piles', units: ['个', '把', '台'], subject: /充电桩/ },
  { key: 'charging-stations', units: ['个', '座'], subject: /充电(?:场)?站/ },
  { key: 'parking-spaces', units: ['个'], subject: /停车位|车位/ },
  { key: 'parking-lots', units: ['个', '座'], subject: /停车场/ },
  // Housing and villages
  // (The compounds themselves: not what they hold or get, `老旧小区供热管网`, `老旧小区新增养老服务站`.)
  { key: 'old-residential-compounds', units: ['个'], subject: /老旧小区(?:改造)?(?:项目)?$/ },
  { key: 'model-villages', units: ['个'], subject: /精品示范村/ },
  { key: 'upgraded-villages', units: ['个'], subject: /提档升级村/ },
  { key: 'rural-toilets', units: ['座', '个'], subject: /户厕/ },
  // Water
  { key: 'sewage-capacity-m3', units: ['立方米'], subject: /污水处理能力/ },
  { key: 'sewage-plants', units: ['个', '座'], subject: /污水处理(?:厂|站|设施)/ },
  // Employment
  { key: 'recruitment-events', units: ['场', '次'], subject: /招聘/ },
  { key: 'jobs-offered', units: ['个'], subject: /岗位/ },
  { key: 'new-urban-jobs', units: PEOPLE, subject: /新增就业/ },
  { key: 'reemployed', units: PEOPLE, subject: /再就业/ },
  // (Vocational skills training: not a course for guides or mediators, 培训讲解员, 培训村级调解员.)
  { key: 'skills-training-people', units: PEOPLE, subject: /培训/, context: /技能|职业/ },
  // (高技能人才 are a part of 技能人才: another measure, never its whole.)
  { key: 'high-skilled-workers-new', units: PEOPLE, subject: /高技能人才/ },
  { key: 'skilled-workers-new', units: PEOPLE, subject: /技能人才/ },
  { key: 'labour-brands', units: ['个'], subject: /劳务品牌/ },
  { key: 'wage-arrears-recovered-yuan', units: YUAN, subject: /工资/, context: /欠薪|追讨/ },
  { key: 'job-seeker-subsidy-yuan', units: YUAN, subject: /求职补贴/ },
  // Childcare
  { key: 'childcare-places-per-1000', units: ['个'], subject: /千人口托位/ },
  { key: 'childcare-places', units: ['个'], subject: /托位/ },
  // (A provider, a community point and a county centre are three things: never one series.)
  { key: 'childcare-providers', units: ['家', '个', '所'], subject: /托育(?:服务)?机构/ },
  { key: 'childcare-points', units: ['家', '个', '所'], subject: /托育(?:服务)?点/ },
  { key: 'childcare-centres', units: ['家', '个', '所'], subject: /托育(?:服务)?(?:中心|园)/ },
  // Health
  { key: 'township-health-centres', units: ['所', '个'], subject: /乡镇卫生院/ },
  { key: 'community-health-centres', units: ['所', '个'], subject: /社区卫生服务中心/ },
  { key: 'village-clinics', units: ['个', '所'], subject: /卫生室|卫生所/ },
  { key: 'family-doctor-coverage-rate', units: ['%'], subject: /签约服务覆盖率/ },
  // Social security
  { key: 'pension-monthly-increase-yuan', units: YUAN, subject: /养老金.*月增/ },
  { key: 'pension-monthly-yuan', units: YUAN, subject: /基础养老金/ },
  { key: 'social-security-paid-yuan', units: YUAN, subject: /社保待遇/ },
  { key: 'insurance-coverage-rate', units: ['%'], subject: /参保率/ },
  // Economy and agriculture
  // (Industrial investment is a part of fixed-asset investment: another measure.)
  { key: 'industrial-investment-growth-rate', units: ['%'], subject: /工业(?:固定资产)?投资/ },
  { key: 'investment-growth-rate', units: ['%'], subject: /固投|固定资产投资/ },
  { key: 'industrial-value-added-growth-rate', units: ['%'], subject: /工业增加值/ },
  { key: 'grain-area-mu', units: ['亩'], subject: /粮食.*面积/ },
  { key: 'grain-output-jin', units: ['斤'], subject: /粮食|产量/ },
  { key: 'coal-output-tonnes', units: ['吨'], subject: /煤炭产量|产量/, context: /煤/ },
  { key: 'investment-yuan', units: YUAN, subject: /投入|投资|资金/ },
];

/** The measure a figure belongs to, or undefined when none of the rules fits. */
export function measureFor(subject: string | undefined, unit: string, sentence: string): string | undefined {
  if (!subject) return undefined;
  for (const m of MEASURE_RULES) {
    if (m.units.includes(unit) && m.subject.test(subject) && (!m.context || m.context.test(sentence))) return m.key;
  }
  return undefined;
}
