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
  /** What the measure counts, one sentence in each language, for its page (issue 18: data/measures/<key>/). */
  definition: { zh: string; en: string };
}

export const MEASURES: readonly Measure[] = [
  // Heating
  { key: 'heating-network-km', zh: '新建改造供热管网', en: 'Heating network built or upgraded', unitLabel: 'km' , definition: { zh: '新建或改造的供热管网长度（公里）：期内新增的或一项工程的总长，以数字的口径为准。', en: 'Length of heating pipe network built or upgraded, in kilometres (added in the period or a project’s whole length, as the figure’s kind says).' } },
  { key: 'heat-exchange-stations', zh: '换热站', en: 'Heat exchange stations', unitLabel: 'stations' , definition: { zh: '换热站的座数：新建、改造或在运行的，以数字的口径为准。', en: 'Number of heat exchange stations (new, upgraded or in service, as the figure’s kind says).' } },
  { key: 'heating-area-m2', zh: '供热面积', en: 'Area heated', unitLabel: 'm²' , definition: { zh: '集中供热覆盖的建筑面积（平方米）。', en: 'Floor area served by central heating, in square metres.' } },
  { key: 'heating-compliance-rate', zh: '供热达标率', en: 'Homes heated to standard', unitLabel: '%' , definition: { zh: '室温达到供热标准的住户所占比例。', en: 'Share of homes whose room temperature meets the heating standard.' } },
  // Education
  { key: 'school-canteens-renovated', zh: '改造学校食堂', en: 'School canteens renovated', unitLabel: 'canteens' , definition: { zh: '改造的学校食堂数量。', en: 'Number of school canteens renovated.' } },
  // Transport and streets
  { key: 'rural-roads-km', zh: '新建改造农村公路', en: 'Rural roads built or upgraded', unitLabel: 'km' , definition: { zh: '新建或改造的农村公路里程（公里）。', en: 'Length of rural roads built or upgraded, in kilometres.' } },
  { key: 'tourist-roads-km', zh: '新建旅游公路', en: 'Tourist roads built', unitLabel: 'km' , definition: { zh: '新建的旅游公路里程（公里）。', en: 'Length of tourist roads built, in kilometres.' } },
  { key: 'back-streets-renovated', zh: '改造背街小巷', en: 'Back streets and alleys renovated', unitLabel: 'streets' , definition: { zh: '整治改造的背街小巷条数。', en: 'Number of back streets and alleys renovated.' } },
  { key: 'charging-piles', zh: '充电桩', en: 'EV charging piles', unitLabel: 'charging piles' , definition: { zh: '电动汽车充电桩的数量：新增的、累计的或在用的，以数字的口径为准。', en: 'Number of electric-vehicle charging piles (added, cumulative or in service, as the figure’s kind says).' } },
  { key: 'charging-stations', zh: '充电站', en: 'EV charging stations', unitLabel: 'stations' , definition: { zh: '电动汽车充电站（场站）的数量。', en: 'Number of electric-vehicle charging stations.' } },
  { key: 'parking-spaces', zh: '停车位', en: 'Parking spaces', unitLabel: 'spaces' , definition: { zh: '停车位的数量。', en: 'Number of parking spaces.' } },
  { key: 'parking-lots', zh: '停车场', en: 'Car parks', unitLabel: 'car parks' , definition: { zh: '停车场的数量。', en: 'Number of car parks.' } },
  // Housing and villages
  { key: 'old-residential-compounds', zh: '改造老旧小区', en: 'Old residential compounds renovated', unitLabel: 'compounds' , definition: { zh: '改造的老旧小区数量。', en: 'Number of old residential compounds renovated.' } },
  { key: 'model-villages', zh: '建设精品示范村', en: 'Model villages built', unitLabel: 'villages' , definition: { zh: '建设的精品示范村数量。', en: 'Number of model villages built.' } },
  { key: 'upgraded-villages', zh: '提档升级村', en: 'Villages upgraded', unitLabel: 'villages' , definition: { zh: '提档升级的村庄数量。', en: 'Number of villages upgraded.' } },
  { key: 'rural-toilets', zh: '改造农村户厕', en: 'Rural household toilets rebuilt', unitLabel: 'toilets' , definition: { zh: '改建的农村户厕座数。', en: 'Number of rural household toilets rebuilt.' } },
  // Water
  { key: 'sewage-capacity-m3', zh: '日污水处理能力', en: 'Sewage treatment capacity per day', unitLabel: 'm³/day' , definition: { zh: '污水处理设施每日可处理的水量（立方米）。', en: 'Volume of sewage the plants can treat per day, in cubic metres.' } },
  { key: 'sewage-plants', zh: '污水处理厂站', en: 'Sewage treatment plants and stations', unitLabel: 'plants' , definition: { zh: '污水处理厂、站的座数。', en: 'Number of sewage treatment plants and stations.' } },
  // Employment
  { key: 'recruitment-events', zh: '举办招聘活动', en: 'Recruitment events held', unitLabel: 'events' , definition: { zh: '举办的招聘会等招聘活动场次。', en: 'Number of job fairs and other recruitment events held.' } },
  { key: 'jobs-offered', zh: '提供就业岗位', en: 'Jobs offered', unitLabel: 'jobs' , definition: { zh: '招聘活动等提供的就业岗位数。', en: 'Number of jobs offered, at recruitment events or otherwise.' } },
  { key: 'new-urban-jobs', zh: '城镇新增就业', en: 'New urban jobs', unitLabel: 'people' , definition: { zh: '城镇新增就业人数。', en: 'Number of people newly employed in towns and cities.' } },
  { key: 'reemployed', zh: '失业人员再就业', en: 'Unemployed people back in work', unitLabel: 'people' , definition: { zh: '失业人员实现再就业的人数。', en: 'Number of unemployed people who found work again.' } },
  { key: 'skills-training-people', zh: '技能培训人数', en: 'People given skills training', unitLabel: 'people' , definition: { zh: '参加职业技能培训的人数（人次）。', en: 'Number of people given vocational skills training.' } },
  { key: 'high-skilled-workers-new', zh: '新增高技能人才', en: 'New highly skilled workers', unitLabel: 'people' , definition: { zh: '新增高技能人才人数（技能人才中的一部分）。', en: 'Number of people newly certified as highly skilled workers (a part of all skilled workers).' } },
  { key: 'skilled-workers-new', zh: '新增技能人才', en: 'New skilled workers', unitLabel: 'people' , definition: { zh: '新增技能人才人数。', en: 'Number of people newly certified as skilled workers.' } },
  { key: 'labour-brands', zh: '劳务品牌', en: 'Labour service brands', unitLabel: 'brands' , definition: { zh: '培育的劳务品牌数量。', en: 'Number of labour service brands fostered.' } },
  { key: 'wage-arrears-recovered-yuan', zh: '追讨欠薪', en: 'Unpaid wages recovered', unitLabel: 'yuan' , definition: { zh: '为劳动者追讨回的拖欠工资金额（元）。', en: 'Unpaid wages recovered for workers, in yuan.' } },
  { key: 'job-seeker-subsidy-yuan', zh: '发放求职补贴', en: 'Job-seeking subsidies paid', unitLabel: 'yuan' , definition: { zh: '发放的求职创业补贴金额（元）。', en: 'Job-seeking subsidies paid out, in yuan.' } },
  // Childcare
  { key: 'childcare-places-per-1000', zh: '每千人口托位数', en: 'Childcare places per 1,000 people', unitLabel: 'places' , definition: { zh: '每千人口拥有的托位数。', en: 'Childcare places per 1,000 residents.' } },
  { key: 'childcare-places', zh: '托位', en: 'Childcare places', unitLabel: 'places' , definition: { zh: '托育机构可提供的托位数。', en: 'Number of childcare places providers can offer.' } },
  { key: 'childcare-providers', zh: '托育机构', en: 'Childcare providers', unitLabel: 'providers' , definition: { zh: '托育机构的数量（不含社区托育点和托育中心）。', en: 'Number of childcare providers (not community childcare points or centres).' } },
  { key: 'childcare-points', zh: '托育点', en: 'Community childcare points', unitLabel: 'points' , definition: { zh: '社区（家庭）托育点的数量。', en: 'Number of community or family childcare points.' } },
  { key: 'childcare-centres', zh: '托育中心', en: 'Childcare centres', unitLabel: 'centres' , definition: { zh: '托育中心、托育园的数量。', en: 'Number of childcare centres and nurseries.' } },
  // Health
  { key: 'township-health-centres', zh: '乡镇卫生院', en: 'Township health centres', unitLabel: 'centres' , definition: { zh: '乡镇卫生院的数量。', en: 'Number of township health centres.' } },
  { key: 'community-health-centres', zh: '社区卫生服务中心', en: 'Community health service centres', unitLabel: 'centres' , definition: { zh: '社区卫生服务中心的数量。', en: 'Number of community health service centres.' } },
  { key: 'village-clinics', zh: '村卫生室', en: 'Village clinics', unitLabel: 'clinics' , definition: { zh: '村卫生室的数量。', en: 'Number of village clinics.' } },
  { key: 'family-doctor-coverage-rate', zh: '家庭医生签约服务覆盖率', en: 'Family doctor contract coverage', unitLabel: '%' , definition: { zh: '签约家庭医生服务的居民所占比例。', en: 'Share of residents signed up with a family doctor.' } },
  // Social security
  { key: 'pension-monthly-increase-yuan', zh: '退休人员养老金人均月增', en: 'Monthly pension increase per retiree', unitLabel: 'yuan a month' , definition: { zh: '退休人员养老金每人每月增加的金额（元）。', en: 'Increase in each retiree’s monthly pension, in yuan.' } },
  { key: 'pension-monthly-yuan', zh: '基础养老金（每月）', en: 'Basic pension per month', unitLabel: 'yuan a month' , definition: { zh: '城乡居民基础养老金每人每月的金额（元）。', en: 'Basic pension paid to each resident per month, in yuan.' } },
  { key: 'social-security-paid-yuan', zh: '发放社保待遇', en: 'Social security benefits paid', unitLabel: 'yuan' , definition: { zh: '发放的各项社会保险待遇金额（元）。', en: 'Social insurance benefits paid out, in yuan.' } },
  { key: 'insurance-coverage-rate', zh: '参保率', en: 'Share of people insured', unitLabel: '%' , definition: { zh: '参加社会保险的人口所占比例。', en: 'Share of people covered by social insurance.' } },
  // Economy and agriculture
  { key: 'industrial-investment-growth-rate', zh: '工业投资增速', en: 'Growth of industrial investment', unitLabel: '%' , definition: { zh: '工业投资比上年增长的百分比（固定资产投资中的一部分）。', en: 'Growth of industrial investment on the year before, in percent (a part of fixed-asset investment).' } },
  { key: 'investment-growth-rate', zh: '固定资产投资增速', en: 'Growth of fixed-asset investment', unitLabel: '%' , definition: { zh: '固定资产投资比上年增长的百分比。', en: 'Growth of fixed-asset investment on the year before, in percent.' } },
  { key: 'industrial-value-added-growth-rate', zh: '工业增加值增速', en: 'Growth of industrial value added', unitLabel: '%' , definition: { zh: '规模以上工业增加值比上年增长的百分比。', en: 'Growth of industrial value added on the year before, in percent.' } },
  { key: 'grain-area-mu', zh: '粮食播种面积', en: 'Grain area sown', unitLabel: 'mu' , definition: { zh: '粮食作物播种面积（亩）。', en: 'Area sown with grain crops, in mu (1 mu ≈ 667 m²).' } },
  { key: 'grain-output-jin', zh: '粮食产量', en: 'Grain output', unitLabel: 'jin (0.5 kg)' , definition: { zh: '粮食总产量（斤）。', en: 'Total grain harvest, in jin (0.5 kg).' } },
  { key: 'coal-output-tonnes', zh: '煤炭产量', en: 'Coal output', unitLabel: 'tonnes' , definition: { zh: '煤炭产量（吨）。', en: 'Coal output, in tonnes.' } },
  { key: 'investment-yuan', zh: '投入资金', en: 'Money invested', unitLabel: 'yuan', open: true , definition: { zh: '投入某项工作的资金（元）；投向不同的资金各成一组，只与同一用途相比。', en: 'Money invested in a programme, in yuan; money for different purposes is compared only with money for the same purpose.' } },
];

const BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));

export function measureByKey(key: string): Measure | undefined {
  return BY_KEY.get(key);
}
