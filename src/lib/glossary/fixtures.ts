// Figure records cut from content/figures/*.json (ingest output of the real seeds), for the glossary,
// download and coverage tests. Checksums are left out: nothing here reads them.
import type { FigureRecord } from '../../domain/figure.ts';

export const canteenInvestment: FigureRecord = {
  id: 'ban-hao-min-sheng-shi-shi-shu-xie-457aa9e9', origin: 'ingest',
  article: 'ban-hao-min-sheng-shi-shi-shu-xie', paragraph: 6, offset: 51, text: '近200万元',
  sentence: '聚焦人民群众对教育服务的新期待，上党区加强中小学食堂建设，以务实举措深入开展校园食品安全守护行动，投入近200万元对16个学校食堂进行了改造。',
  value: 2000000, unit: '元', qualifier: 'about',
  subject: '学校食堂改造投入', measure: 'investment-yuan', region: '上党区', year: 2024, topic: 'education',
};

export const participatingEmployers: FigureRecord = {
  id: 'ba-min-sheng-yuan-jing-hui-cheng-036fc631', origin: 'ingest',
  article: 'ba-min-sheng-yuan-jing-hui-cheng', paragraph: 2, offset: 139, text: '1.32万家',
  sentence: '全年开展“春风行动暨就业援助月”“职引未来”“民营企业服务月”等线上线下专项招聘活动474场，参会单位累计1.32万家，提供岗位47.7万个，达成就业意向3.37万人。',
  value: 13200, unit: '家', qualifier: 'exact',
  subject: '参会单位', region: '长治市', year: 2025, topic: 'employment',
};

export const heatingNetwork: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-724103eb', origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo', paragraph: 6, offset: 30, text: '38.1公里',
  sentence: '不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区、背街小巷的老化管网全面更新，彻底解决了长期困扰群众的“供热不均、温度不达标”等问题。',
  value: 38.1, unit: '公里', qualifier: 'exact',
  subject: '供热管网', measure: 'heating-network-km', region: '壶关县', year: 2025, topic: 'heating',
};

export const fiscalRevenueShare: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-3ac56a96', origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo', paragraph: 2, offset: 57, text: '八成以上',
  sentence: '2025年，壶关县始终锚定“民生优先”导向，将八成以上财政收入投入教育、医疗、养老、就业等民生关键领域。',
  value: 80, unit: '%', qualifier: 'over',
  subject: '财政收入', region: '壶关县', year: 2025, topic: 'employment',
};

export const socialSecurityPaid: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-a02b2f9f', origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo', paragraph: 16, offset: 121, text: '5.79亿元',
  sentence: '2025年，壶关县持续织密社会保障网，城镇退休人员养老金人均月增收75元，城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元，全民参保率达97%以上。',
  value: 579000000, unit: '元', qualifier: 'exact',
  subject: '社保待遇', measure: 'social-security-paid-yuan', region: '壶关县', year: 2025, topic: 'elderly-care',
};

export const basicPension: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-a37ec9f1', origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo', paragraph: 16, offset: 106, text: '191元',
  sentence: '2025年，壶关县持续织密社会保障网，城镇退休人员养老金人均月增收75元，城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元，全民参保率达97%以上。',
  value: 191, unit: '元', qualifier: 'exact', change: { from: 143, to: 191, direction: 'up' },
  subject: '居民养老保险基础养老金', measure: 'pension-monthly-yuan', region: '壶关县', year: 2025, topic: 'elderly-care',
};

export const businesses: FigureRecord = {
  id: 'quan-mian-shen-hua-gai-ge-fen-jin-34f97b21', origin: 'ingest',
  article: 'quan-mian-shen-hua-gai-ge-fen-jin', paragraph: 19, offset: 117, text: '3家',
  sentence: '此外，加速僵尸企业出清，完成交通系统3家企业破产清算，推进国有煤矿企业改革，强化投资项目评审与审计。',
  value: 3, unit: '家', qualifier: 'exact',
  subject: '企业', region: '上党区', year: 2025, topic: 'economy',
};

export const schoolCanteens: FigureRecord = {
  id: 'ban-hao-min-sheng-shi-shi-shu-xie-410c8842', origin: 'ingest',
  article: 'ban-hao-min-sheng-shi-shi-shu-xie', paragraph: 6, offset: 58, text: '16个',
  sentence: '聚焦人民群众对教育服务的新期待，上党区加强中小学食堂建设，以务实举措深入开展校园食品安全守护行动，投入近200万元对16个学校食堂进行了改造。',
  value: 16, unit: '个', qualifier: 'exact',
  subject: '学校食堂', measure: 'school-canteens-renovated', region: '上党区', year: 2024, topic: 'education',
};

export const heatedArea: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-a08480ce', origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo', paragraph: 4, offset: 74, text: '约500万平方米',
  sentence: '这是落实市委关于上党革命老区散煤清零工作部署的核心举措，也是壶关县对群众的郑重承诺，该项目全线贯通后，实现与市区供热大环网无缝并网，直接为县城及周边约500万平方米区域提供稳定、清洁的热源，从根本上优化了县域供热结构，既让群众温暖过冬，更助力生态环境持续改善。',
  value: 5000000, unit: '平方米', qualifier: 'about',
  subject: '县城及周边区域', measure: 'heating-area-m2', region: '壶关县', year: 2025, topic: 'heating',
};

export const grainOutput: FigureRecord = {
  id: 'quan-mian-shen-hua-gai-ge-fen-jin-6d53cd81', origin: 'ingest',
  article: 'quan-mian-shen-hua-gai-ge-fen-jin', paragraph: 9, offset: 124, text: '1.8亿斤以上',
  sentence: '一方面，严守耕地保护红线，落实粮食安全党政同责，实施藏粮于地、藏粮于技战略，确保粮食种植面积稳定在27万亩左右，产量1.8亿斤以上。',
  value: 180000000, unit: '斤', qualifier: 'over',
  subject: '粮食产量', measure: 'grain-output-jin', region: '上党区', year: 2025, topic: 'agriculture',
};

export const homeTemperature: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-01026482', origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo', paragraph: 5, offset: 22, text: '22℃以上',
  sentence: '“以前家里温度总徘徊在18℃，现在稳稳维持在22℃以上，孩子写作业再也不用裹着厚棉袄了！”',
  value: 22, unit: '℃', qualifier: 'over', change: { from: 18, to: 22, direction: 'up' },
  subject: '家里温度', region: '壶关县', year: 2025, topic: 'heating',
};

export const sewageCapacity: FigureRecord = {
  id: 'shang-dang-qu-ju-jiao-min-sheng-ffbc2690', origin: 'ingest',
  article: 'shang-dang-qu-ju-jiao-min-sheng', paragraph: 7, offset: 195, text: '4.5万立方米',
  sentence: '这些工程逐步建设和投入使用后，全区城乡污水处理一体化体系基本形成，每日生活污水处理能力将提升至4.5万立方米，服务人口约20万。',
  value: 45000, unit: '立方米', qualifier: 'exact', change: { to: 45000, direction: 'up' },
  subject: '每日生活污水处理能力', measure: 'sewage-capacity-m3', region: '上党区', year: 2023, topic: 'water',
};

export const villagePopulation: FigureRecord = {
  id: 'jia-qiang-zu-zhi-yin-dao-fa-hui-ff99307f', origin: 'ingest',
  article: 'jia-qiang-zu-zhi-yin-dao-fa-hui', paragraph: 15, offset: 8, text: '不足900人',
  sentence: '“平顺县村均人口不足900人，山区面积占到总面积的85%，人均耕地仅1.5亩，可以说村小散弱，产业单一。”',
  value: 900, unit: '人', qualifier: 'under',
  subject: '村均人口', region: '平顺县', year: 2023, topic: 'agriculture',
};

export const servicePoints: FigureRecord = {
  id: 'ba-min-sheng-yuan-jing-hui-cheng-737fc5ac', origin: 'ingest',
  article: 'ba-min-sheng-yuan-jing-hui-cheng', paragraph: 4, offset: 31, text: '2737个',
  sentence: '公益性零工市场实现县县全覆盖，为企业和求职者搭建供需桥梁；全市2737个街道(乡镇)、社区(村)就业社保服务点40项服务工作全面试运行，就业社保服务落地见效；制定出台《长治市促进高校毕业生就业创业工作的26条措施》，力促青年留长就业创业；向2025届毕业生发放一次性求职补贴512.4万元，支持毕业生积极求职创业……',
  value: 2737, unit: '个', qualifier: 'exact',
  subject: '街道', region: '长治市', year: 2025, topic: 'employment',
};

export const medicineCost: FigureRecord = {
  id: 'ba-min-sheng-yuan-jing-hui-cheng-6744ce91', origin: 'ingest',
  article: 'ba-min-sheng-yuan-jing-hui-cheng', paragraph: 6, offset: 142, text: '100多元',
  sentence: '更便捷、更优质、更惠民的就医体验，让李巧兰充分享受到医改给基层医疗机构带来的发展红利：“平时就在翟店街道卫生院买药、检查，省时省钱还省心，每次只需100多元。”',
  value: 100, unit: '元', qualifier: 'over',
  region: '潞城区', year: 2025, topic: 'health',
};

export const managerAge: FigureRecord = {
  id: 'jia-qiang-zu-zhi-yin-dao-fa-hui-b122e200', origin: 'ingest',
  article: 'jia-qiang-zu-zhi-yin-dao-fa-hui', paragraph: 14, offset: 0, text: '40岁出头',
  sentence: '40岁出头的梁余妮是麦丰电子商务有限公司的负责人，在农业领域工作了十几年，也是一名有着十几年党龄的老党员。',
  value: 40, unit: '岁', qualifier: 'over',
  region: '长治市', year: 2023, topic: 'agriculture',
};
