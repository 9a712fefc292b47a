// The measure vocabulary: keys that make figures from different articles one series (every figure about km
// of heating network built is `heating-network-km`, whatever the sentence calls it). The site's English
// pages and charts label series with `label` and `unitLabel`.
//
// A figure gets a measure when its unit is one of `units` and its subject matches `subject` (and, where
// given, its sentence matches `context`); the first entry that fits wins, so put narrow entries before
// broad ones. To add a measure: add an entry here with a test case in measures.test.ts.

export interface Measure {
  key: string;
  label: string;
  unitLabel: string;
  units: readonly string[];
  subject: RegExp;
  context?: RegExp;
}

const YUAN = ['元'];
const PEOPLE = ['人', '名', '人次'];

export const MEASURES: readonly Measure[] = [
  // Heating
  { key: 'heating-network-km', label: 'Heating network built or upgraded', unitLabel: 'km', units: ['公里'], subject: /供热管网|热网|供热管道/ },
  { key: 'heat-exchange-stations', label: 'Heat exchange stations', unitLabel: 'stations', units: ['个', '座'], subject: /换热站/ },
  { key: 'heating-area-m2', label: 'Area heated', unitLabel: 'm²', units: ['平方米'], subject: /供热|面积|区域/, context: /供热|供暖|热源/ },
  { key: 'heating-compliance-rate', label: 'Homes heated to standard', unitLabel: '%', units: ['%'], subject: /供热达标率/ },
  // Education
  { key: 'school-canteens-renovated', label: 'School canteens renovated', unitLabel: 'canteens', units: ['个', '所'], subject: /食堂/ },
  // Transport and streets
  { key: 'rural-roads-km', label: 'Rural roads built or upgraded', unitLabel: 'km', units: ['公里'], subject: /农村公路|农村路/ },
  { key: 'tourist-roads-km', label: 'Tourist roads built', unitLabel: 'km', units: ['公里'], subject: /旅游公路/ },
  { key: 'back-streets-renovated', label: 'Back streets and alleys renovated', unitLabel: 'streets', units: ['条'], subject: /背街小巷/ },
  { key: 'charging-piles', label: 'EV charging piles', unitLabel: 'charging piles', units: ['个', '把', '台'], subject: /充电桩/ },
  { key: 'charging-stations', label: 'EV charging stations', unitLabel: 'stations', units: ['个', '座'], subject: /充电(?:场)?站/ },
  { key: 'parking-spaces', label: 'Parking spaces', unitLabel: 'spaces', units: ['个'], subject: /停车位|车位/ },
  { key: 'parking-lots', label: 'Car parks', unitLabel: 'car parks', units: ['个', '座'], subject: /停车场/ },
  // Housing and villages
  { key: 'old-residential-compounds', label: 'Old residential compounds renovated', unitLabel: 'compounds', units: ['个'], subject: /老旧小区/ },
  { key: 'model-villages', label: 'Model villages built', unitLabel: 'villages', units: ['个'], subject: /精品示范村/ },
  { key: 'upgraded-villages', label: 'Villages upgraded', unitLabel: 'villages', units: ['个'], subject: /提档升级村/ },
  { key: 'rural-toilets', label: 'Rural household toilets rebuilt', unitLabel: 'toilets', units: ['座', '个'], subject: /户厕/ },
  // Water
  { key: 'sewage-capacity-m3', label: 'Sewage treatment capacity per day', unitLabel: 'm³/day', units: ['立方米'], subject: /污水处理能力/ },
  { key: 'sewage-plants', label: 'Sewage treatment plants and stations', unitLabel: 'plants', units: ['个', '座'], subject: /污水处理(?:厂|站|设施)/ },
  // Employment
  { key: 'recruitment-events', label: 'Recruitment events held', unitLabel: 'events', units: ['场', '次'], subject: /招聘/ },
  { key: 'jobs-offered', label: 'Jobs offered', unitLabel: 'jobs', units: ['个'], subject: /岗位/ },
  { key: 'new-urban-jobs', label: 'New urban jobs', unitLabel: 'people', units: PEOPLE, subject: /新增就业/ },
  { key: 'reemployed', label: 'Unemployed people back in work', unitLabel: 'people', units: PEOPLE, subject: /再就业/ },
  { key: 'skills-training-people', label: 'People given skills training', unitLabel: 'people', units: PEOPLE, subject: /培训/ },
  { key: 'skilled-workers-new', label: 'New skilled workers', unitLabel: 'people', units: PEOPLE, subject: /技能人才/ },
  { key: 'labour-brands', label: 'Labour service brands', unitLabel: 'brands', units: ['个'], subject: /劳务品牌/ },
  { key: 'wage-arrears-recovered-yuan', label: 'Unpaid wages recovered', unitLabel: 'yuan', units: YUAN, subject: /工资/, context: /欠薪|追讨/ },
  { key: 'job-seeker-subsidy-yuan', label: 'Job-seeking subsidies paid', unitLabel: 'yuan', units: YUAN, subject: /求职补贴/ },
  // Childcare
  { key: 'childcare-places-per-1000', label: 'Childcare places per 1,000 people', unitLabel: 'places', units: ['个'], subject: /千人口托位/ },
  { key: 'childcare-places', label: 'Childcare places', unitLabel: 'places', units: ['个'], subject: /托位/ },
  { key: 'childcare-providers', label: 'Childcare providers', unitLabel: 'providers', units: ['家', '个', '所'], subject: /托育(?:机构|点|中心)|托班/ },
  // Health
  { key: 'township-health-centres', label: 'Township health centres', unitLabel: 'centres', units: ['所', '个'], subject: /乡镇卫生院/ },
  { key: 'community-health-centres', label: 'Community health service centres', unitLabel: 'centres', units: ['所', '个'], subject: /社区卫生服务中心/ },
  { key: 'village-clinics', label: 'Village clinics', unitLabel: 'clinics', units: ['个', '所'], subject: /卫生室|卫生所/ },
  { key: 'family-doctor-coverage-rate', label: 'Family doctor contract coverage', unitLabel: '%', units: ['%'], subject: /签约服务覆盖率/ },
  // Social security
  { key: 'pension-monthly-increase-yuan', label: 'Monthly pension increase per retiree', unitLabel: 'yuan a month', units: YUAN, subject: /养老金.*月增/ },
  { key: 'pension-monthly-yuan', label: 'Basic pension per month', unitLabel: 'yuan a month', units: YUAN, subject: /基础养老金/ },
  { key: 'social-security-paid-yuan', label: 'Social security benefits paid', unitLabel: 'yuan', units: YUAN, subject: /社保待遇/ },
  { key: 'insurance-coverage-rate', label: 'Share of people insured', unitLabel: '%', units: ['%'], subject: /参保率/ },
  // Economy and agriculture
  { key: 'investment-growth-rate', label: 'Growth of fixed-asset investment', unitLabel: '%', units: ['%'], subject: /固投|固定资产投资|工业投资/ },
  { key: 'industrial-value-added-growth-rate', label: 'Growth of industrial value added', unitLabel: '%', units: ['%'], subject: /工业增加值/ },
  { key: 'grain-area-mu', label: 'Grain area sown', unitLabel: 'mu', units: ['亩'], subject: /粮食.*面积/ },
  { key: 'grain-output-jin', label: 'Grain output', unitLabel: 'jin (0.5 kg)', units: ['斤'], subject: /粮食|产量/ },
  { key: 'coal-output-tonnes', label: 'Coal output', unitLabel: 'tonnes', units: ['吨'], subject: /煤炭产量|产量/, context: /煤/ },
  { key: 'investment-yuan', label: 'Money invested', unitLabel: 'yuan', units: YUAN, subject: /投入|投资|资金/ },
];

const BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));

export function measureByKey(key: string): Measure | undefined {
  return BY_KEY.get(key);
}

/** The measure a figure belongs to, or undefined when none of the vocabulary fits. */
export function measureFor(subject: string | undefined, unit: string, sentence: string): string | undefined {
  if (!subject) return undefined;
  for (const m of MEASURES) {
    if (m.units.includes(unit) && m.subject.test(subject) && (!m.context || m.context.test(sentence))) return m.key;
  }
  return undefined;
}
