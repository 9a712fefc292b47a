// The measure vocabulary: keys that make figures from different articles one series (every figure about km
// of heating network built is `heating-network-km`, whatever the sentence calls it), each with its name in
// both languages and the unit its values are counted in. Charts and English pages name series with these;
// figure files store the key (FigureRecord.measure).
//
// Which figures belong to a measure is ingest's rule, keyed by the same keys, in
// scripts/ingest/figures/measures.ts (a test there checks both lists hold the same keys in the same order).
// To add a measure: add it here and its rule there, with a test case in that file's test.

export interface Measure {
  key: string;
  /** The series' Chinese name, for chart captions on Chinese pages: `新建改造供热管网`. */
  zh: string;
  /** The series' English name: `Heating network built or upgraded`. */
  en: string;
  /** What the values count, in English, plural: `km`, `stations`, `yuan a month`. */
  unitLabel: string;
  /**
   * Set where the measure names a sort of amount, not one thing: money invested goes to canteens, villages
   * or a coal chain. Its figures compare in a chart only when their labels agree too (charts/like.ts).
   */
  open?: boolean;
}

export const MEASURES: readonly Measure[] = [
  // Heating
  { key: 'heating-network-km', zh: '新建改造供热管网', en: 'Heating network built or upgraded', unitLabel: 'km' },
  { key: 'heat-exchange-stations', zh: '换热站', en: 'Heat exchange stations', unitLabel: 'stations' },
  { key: 'heating-area-m2', zh: '供热面积', en: 'Area heated', unitLabel: 'm²' },
  { key: 'heating-compliance-rate', zh: '供热达标率', en: 'Homes heated to standard', unitLabel: '%' },
  // Education
  { key: 'school-canteens-renovated', zh: '改造学校食堂', en: 'School canteens renovated', unitLabel: 'canteens' },
  // Transport and streets
  { key: 'rural-roads-km', zh: '新建改造农村公路', en: 'Rural roads built or upgraded', unitLabel: 'km' },
  { key: 'tourist-roads-km', zh: '新建旅游公路', en: 'Tourist roads built', unitLabel: 'km' },
  { key: 'back-streets-renovated', zh: '改造背街小巷', en: 'Back streets and alleys renovated', unitLabel: 'streets' },
  { key: 'charging-piles', zh: '充电桩', en: 'EV charging piles', unitLabel: 'charging piles' },
  { key: 'charging-stations', zh: '充电站', en: 'EV charging stations', unitLabel: 'stations' },
  { key: 'parking-spaces', zh: '停车位', en: 'Parking spaces', unitLabel: 'spaces' },
  { key: 'parking-lots', zh: '停车场', en: 'Car parks', unitLabel: 'car parks' },
  // Housing and villages
  { key: 'old-residential-compounds', zh: '改造老旧小区', en: 'Old residential compounds renovated', unitLabel: 'compounds' },
  { key: 'model-villages', zh: '建设精品示范村', en: 'Model villages built', unitLabel: 'villages' },
  { key: 'upgraded-villages', zh: '提档升级村', en: 'Villages upgraded', unitLabel: 'villages' },
  { key: 'rural-toilets', zh: '改造农村户厕', en: 'Rural household toilets rebuilt', unitLabel: 'toilets' },
  // Water
  { key: 'sewage-capacity-m3', zh: '日污水处理能力', en: 'Sewage treatment capacity per day', unitLabel: 'm³/day' },
  { key: 'sewage-plants', zh: '污水处理厂站', en: 'Sewage treatment plants and stations', unitLabel: 'plants' },
  // Employment
  { key: 'recruitment-events', zh: '举办招聘活动', en: 'Recruitment events held', unitLabel: 'events' },
  { key: 'jobs-offered', zh: '提供就业岗位', en: 'Jobs offered', unitLabel: 'jobs' },
  { key: 'new-urban-jobs', zh: '城镇新增就业', en: 'New urban jobs', unitLabel: 'people' },
  { key: 'reemployed', zh: '失业人员再就业', en: 'Unemployed people back in work', unitLabel: 'people' },
  { key: 'skills-training-people', zh: '技能培训人数', en: 'People given skills training', unitLabel: 'people' },
  { key: 'skilled-workers-new', zh: '新增技能人才', en: 'New skilled workers', unitLabel: 'people' },
  { key: 'labour-brands', zh: '劳务品牌', en: 'Labour service brands', unitLabel: 'brands' },
  { key: 'wage-arrears-recovered-yuan', zh: '追讨欠薪', en: 'Unpaid wages recovered', unitLabel: 'yuan' },
  { key: 'job-seeker-subsidy-yuan', zh: '发放求职补贴', en: 'Job-seeking subsidies paid', unitLabel: 'yuan' },
  // Childcare
  { key: 'childcare-places-per-1000', zh: '每千人口托位数', en: 'Childcare places per 1,000 people', unitLabel: 'places' },
  { key: 'childcare-places', zh: '托位', en: 'Childcare places', unitLabel: 'places' },
  { key: 'childcare-providers', zh: '托育机构', en: 'Childcare providers', unitLabel: 'providers' },
  // Health
  { key: 'township-health-centres', zh: '乡镇卫生院', en: 'Township health centres', unitLabel: 'centres' },
  { key: 'community-health-centres', zh: '社区卫生服务中心', en: 'Community health service centres', unitLabel: 'centres' },
  { key: 'village-clinics', zh: '村卫生室', en: 'Village clinics', unitLabel: 'clinics' },
  { key: 'family-doctor-coverage-rate', zh: '家庭医生签约服务覆盖率', en: 'Family doctor contract coverage', unitLabel: '%' },
  // Social security
  { key: 'pension-monthly-increase-yuan', zh: '退休人员养老金人均月增', en: 'Monthly pension increase per retiree', unitLabel: 'yuan a month' },
  { key: 'pension-monthly-yuan', zh: '基础养老金（每月）', en: 'Basic pension per month', unitLabel: 'yuan a month' },
  { key: 'social-security-paid-yuan', zh: '发放社保待遇', en: 'Social security benefits paid', unitLabel: 'yuan' },
  { key: 'insurance-coverage-rate', zh: '参保率', en: 'Share of people insured', unitLabel: '%' },
  // Economy and agriculture
  { key: 'investment-growth-rate', zh: '固定资产投资增速', en: 'Growth of fixed-asset investment', unitLabel: '%' },
  { key: 'industrial-value-added-growth-rate', zh: '工业增加值增速', en: 'Growth of industrial value added', unitLabel: '%' },
  { key: 'grain-area-mu', zh: '粮食播种面积', en: 'Grain area sown', unitLabel: 'mu' },
  { key: 'grain-output-jin', zh: '粮食产量', en: 'Grain output', unitLabel: 'jin (0.5 kg)' },
  { key: 'coal-output-tonnes', zh: '煤炭产量', en: 'Coal output', unitLabel: 'tonnes' },
  { key: 'investment-yuan', zh: '投入资金', en: 'Money invested', unitLabel: 'yuan', open: true },
];

const BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));

export function measureByKey(key: string): Measure | undefined {
  return BY_KEY.get(key);
}
