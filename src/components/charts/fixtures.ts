// Figure records cut from the real content (content/figures/*.json, extracted from seeds/*.txt by the
// ingest), for the chart tests. Checksums dropped; everything else as the ingest wrote it.
import type { FigureRecord } from '../../domain/figure.ts';
import { chartContext, type ChartContext } from './sources.ts';

export const CHILDCARE_PROVIDERS: FigureRecord[] = [
  {"origin": "ingest", "article": "ba-min-sheng-yuan-jing-hui-cheng", "paragraph": 15, "offset": 7, "text": "77家", "sentence": "有备案托育机构77家，200余个普惠性社区(家庭)托育点、幼儿园托班，可提供托位1.4万个，千人口托位数达到4.5个以上……", "value": 77, "unit": "家", "qualifier": "exact", "subject": "备案托育机构", "measure": "childcare-providers", "region": "长治市", "year": 2025, "topic": "childcare", "id": "ba-min-sheng-yuan-jing-hui-cheng-cddca846"},
  {"origin": "ingest", "article": "ba-min-sheng-yuan-jing-hui-cheng", "paragraph": 15, "offset": 11, "text": "200余个", "sentence": "有备案托育机构77家，200余个普惠性社区(家庭)托育点、幼儿园托班，可提供托位1.4万个，千人口托位数达到4.5个以上……", "value": 200, "unit": "个", "qualifier": "over", "subject": "普惠性社区托育点", "measure": "childcare-providers", "region": "长治市", "year": 2025, "topic": "childcare", "id": "ba-min-sheng-yuan-jing-hui-cheng-f3374adc"},
  {"origin": "ingest", "article": "ba-min-sheng-yuan-jing-hui-cheng", "paragraph": 18, "offset": 88, "text": "67个以上", "sentence": "我市坚持普惠为民，实施“服务供给扩容、群众托育减负、质量安心创优、专业人才支撑、数字技术赋能”五大工程，推进公办综合托育机构县域全覆盖、社区嵌入式普惠托育服务设施建设、新增备案67个以上普惠社区托育点等15个项目。", "value": 67, "unit": "个", "qualifier": "over", "subject": "普惠社区托育点", "measure": "childcare-providers", "region": "长治市", "year": 2025, "topic": "childcare", "id": "ba-min-sheng-yuan-jing-hui-cheng-9ee97f5d"},
  {"origin": "ingest", "article": "ba-min-sheng-yuan-jing-hui-cheng", "paragraph": 23, "offset": 44, "text": "12个", "sentence": "目前，长治已形成以市级托育综合服务中心为引领，12个县区公办托育中心为支撑，社区办托、家庭托育、幼儿园办托、用人单位办托为补充的“1+12+N”普惠托育服务体系，更好满足人民群众对婴幼儿照护的服务需求。", "value": 12, "unit": "个", "qualifier": "exact", "subject": "县区公办托育中心", "measure": "childcare-providers", "region": "长治市", "year": 2025, "topic": "childcare", "id": "ba-min-sheng-yuan-jing-hui-cheng-339090af"},
];

export const HUGUAN_2025: FigureRecord[] = [
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 5, "offset": 22, "text": "22℃以上", "sentence": "“以前家里温度总徘徊在18℃，现在稳稳维持在22℃以上，孩子写作业再也不用裹着厚棉袄了！”", "value": 22, "unit": "℃", "qualifier": "over", "subject": "家里温度", "region": "壶关县", "year": 2025, "topic": "heating", "change": {"from": 18, "to": 22, "direction": "up"}, "id": "min-sheng-wei-ben-xing-fu-sheng-huo-01026482"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 16, "offset": 106, "text": "191元", "sentence": "2025年，壶关县持续织密社会保障网，城镇退休人员养老金人均月增收75元，城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元，全民参保率达97%以上。", "value": 191, "unit": "元", "qualifier": "exact", "subject": "居民养老保险基础养老金", "measure": "pension-monthly-yuan", "region": "壶关县", "year": 2025, "topic": "elderly-care", "change": {"from": 143, "to": 191, "direction": "up"}, "id": "min-sheng-wei-ben-xing-fu-sheng-huo-a37ec9f1"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 16, "offset": 79, "text": "75元", "sentence": "2025年，壶关县持续织密社会保障网，城镇退休人员养老金人均月增收75元，城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元，全民参保率达97%以上。", "value": 75, "unit": "元", "qualifier": "exact", "subject": "退休人员养老金人均月增收", "measure": "pension-monthly-increase-yuan", "region": "壶关县", "year": 2025, "topic": "elderly-care", "change": {"amount": 75, "direction": "up"}, "id": "min-sheng-wei-ben-xing-fu-sheng-huo-b6445625"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 6, "offset": 30, "text": "38.1公里", "sentence": "不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区、背街小巷的老化管网全面更新，彻底解决了长期困扰群众的“供热不均、温度不达标”等问题。", "value": 38.1, "unit": "公里", "qualifier": "exact", "subject": "供热管网", "measure": "heating-network-km", "region": "壶关县", "year": 2025, "topic": "heating", "id": "min-sheng-wei-ben-xing-fu-sheng-huo-724103eb"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 4, "offset": 74, "text": "约500万平方米", "sentence": "这是落实市委关于上党革命老区散煤清零工作部署的核心举措，也是壶关县对群众的郑重承诺，该项目全线贯通后，实现与市区供热大环网无缝并网，直接为县城及周边约500万平方米区域提供稳定、清洁的热源，从根本上优化了县域供热结构，既让群众温暖过冬，更助力生态环境持续改善。", "value": 5000000, "unit": "平方米", "qualifier": "about", "subject": "县城及周边区域", "measure": "heating-area-m2", "region": "壶关县", "year": 2025, "topic": "heating", "id": "min-sheng-wei-ben-xing-fu-sheng-huo-a08480ce"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 11, "offset": 14, "text": "12条", "sentence": "县城12条背街小巷改造、第二污水处理厂提标改造等工作深入开展，S213线(原S225线)壶关过境段改建工程、G207线壶关大山南至陵川界升级改造加快推进，路网结构不断优化；新增停车场20个、停车位4300余个、充电桩200余个，“停车难”“充电难”问题得到有效缓解；湿法作业车辆全天候循环清扫洒水，县城主次干道扬尘大幅减少，国家卫生县城创建成果持续巩固，城市颜值与品质同步提升。", "value": 12, "unit": "条", "qualifier": "exact", "subject": "背街小巷", "measure": "back-streets-renovated", "region": "壶关县", "year": 2025, "topic": "heating", "id": "min-sheng-wei-ben-xing-fu-sheng-huo-75b34a1c"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 11, "offset": 120, "text": "200余个", "sentence": "县城12条背街小巷改造、第二污水处理厂提标改造等工作深入开展，S213线(原S225线)壶关过境段改建工程、G207线壶关大山南至陵川界升级改造加快推进，路网结构不断优化；新增停车场20个、停车位4300余个、充电桩200余个，“停车难”“充电难”问题得到有效缓解；湿法作业车辆全天候循环清扫洒水，县城主次干道扬尘大幅减少，国家卫生县城创建成果持续巩固，城市颜值与品质同步提升。", "value": 200, "unit": "个", "qualifier": "over", "subject": "充电桩", "measure": "charging-piles", "region": "壶关县", "year": 2025, "topic": "heating", "id": "min-sheng-wei-ben-xing-fu-sheng-huo-1933359f"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 12, "offset": 35, "text": "4个", "sentence": "投入2640万元推进4个精品示范村、36个提档升级村建设，440余万元专项用于人居环境整治，拆除废弃建筑293处，完成2057座农村户厕改建，乡村村容村貌显著改善；城乡供水一体化、农村公路提质增量工程有序推进，“快快合作”“邮快合作”“交邮合作”等模式破解了农村寄递“最后一公里”难题，让乡村逐步实现“路通、水净、村美、民乐”的美好图景。", "value": 4, "unit": "个", "qualifier": "exact", "subject": "精品示范村", "measure": "model-villages", "region": "壶关县", "year": 2025, "topic": "heating", "id": "min-sheng-wei-ben-xing-fu-sheng-huo-53a557a9"},
  {"origin": "ingest", "article": "min-sheng-wei-ben-xing-fu-sheng-huo", "paragraph": 12, "offset": 43, "text": "36个", "sentence": "投入2640万元推进4个精品示范村、36个提档升级村建设，440余万元专项用于人居环境整治，拆除废弃建筑293处，完成2057座农村户厕改建，乡村村容村貌显著改善；城乡供水一体化、农村公路提质增量工程有序推进，“快快合作”“邮快合作”“交邮合作”等模式破解了农村寄递“最后一公里”难题，让乡村逐步实现“路通、水净、村美、民乐”的美好图景。", "value": 36, "unit": "个", "qualifier": "exact", "subject": "提档升级村", "measure": "upgraded-villages", "region": "壶关县", "year": 2025, "topic": "heating", "id": "min-sheng-wei-ben-xing-fu-sheng-huo-c07f0f00"},
];

export const SHANGDANG_2024: FigureRecord[] = [
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 12, "offset": 99, "text": "13.5公里", "sentence": "为确保采暖季的供热工作有条不紊进行，2024年5月，上党区城投供热有限公司早早就启动了供热准备工作，分批次对一次网管道、二次网管道、换热站进行了全方位的检修维护；4月开工建设的西火镇一级热网工程全长13.5公里，由西火热源厂引出热源，呈枝状铺设至西火镇西火村、东火村等8个村庄，供热面积共75万平方米；8月以来，为苏店镇、西池乡16个村的8000余户村民安装了石墨烯发热墙电暖画和空气源热泵；苏店镇苏庄村、南天河村、北天河村、小坟上村、郝庄村、原家庄村、郝家庄镇西下郝村、岭上村、任家庄村、高河村由长治市城镇热力公司进行跨区供热……", "value": 13.5, "unit": "公里", "qualifier": "exact", "subject": "西火镇一级热网工程", "measure": "heating-network-km", "region": "上党区", "year": 2024, "topic": "heating", "id": "ban-hao-min-sheng-shi-shi-shu-xie-d9474374"},
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 12, "offset": 144, "text": "75万平方米", "sentence": "为确保采暖季的供热工作有条不紊进行，2024年5月，上党区城投供热有限公司早早就启动了供热准备工作，分批次对一次网管道、二次网管道、换热站进行了全方位的检修维护；4月开工建设的西火镇一级热网工程全长13.5公里，由西火热源厂引出热源，呈枝状铺设至西火镇西火村、东火村等8个村庄，供热面积共75万平方米；8月以来，为苏店镇、西池乡16个村的8000余户村民安装了石墨烯发热墙电暖画和空气源热泵；苏店镇苏庄村、南天河村、北天河村、小坟上村、郝庄村、原家庄村、郝家庄镇西下郝村、岭上村、任家庄村、高河村由长治市城镇热力公司进行跨区供热……", "value": 750000, "unit": "平方米", "qualifier": "exact", "subject": "供热面积", "measure": "heating-area-m2", "region": "上党区", "year": 2024, "topic": "heating", "id": "ban-hao-min-sheng-shi-shi-shu-xie-1f02d2c6"},
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 12, "offset": 387, "text": "10余条", "sentence": "扎实开展市容市貌环境整治行动，建成区10余条背街小巷开启了“美丽模式”，进一步改善居民出行和生活环境，让城市的“里子”更加美丽；加快推动电动车充电设施建设，推进居住区充电设施全覆盖，2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民；投入使用14个充电场站，配有121把充电桩，有效满足群众日益增长的新能源汽车充电需求；高标准、高质量推进老旧小区改造，完善基础设施，优化居住环境，让一个个老旧小区旧貌换新颜，让“老居民”乐享“新生活”。", "value": 10, "unit": "条", "qualifier": "over", "subject": "背街小巷", "measure": "back-streets-renovated", "region": "上党区", "year": 2024, "topic": "education", "id": "ban-hao-min-sheng-shi-shi-shu-xie-256b5b82"},
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 12, "offset": 473, "text": "2800余个", "sentence": "扎实开展市容市貌环境整治行动，建成区10余条背街小巷开启了“美丽模式”，进一步改善居民出行和生活环境，让城市的“里子”更加美丽；加快推动电动车充电设施建设，推进居住区充电设施全覆盖，2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民；投入使用14个充电场站，配有121把充电桩，有效满足群众日益增长的新能源汽车充电需求；高标准、高质量推进老旧小区改造，完善基础设施，优化居住环境，让一个个老旧小区旧貌换新颜，让“老居民”乐享“新生活”。", "value": 2800, "unit": "个", "qualifier": "over", "subject": "充电桩", "measure": "charging-piles", "region": "上党区", "year": 2024, "topic": "education", "id": "ban-hao-min-sheng-shi-shi-shu-xie-c305eaa1"},
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 12, "offset": 509, "text": "121把", "sentence": "扎实开展市容市貌环境整治行动，建成区10余条背街小巷开启了“美丽模式”，进一步改善居民出行和生活环境，让城市的“里子”更加美丽；加快推动电动车充电设施建设，推进居住区充电设施全覆盖，2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民；投入使用14个充电场站，配有121把充电桩，有效满足群众日益增长的新能源汽车充电需求；高标准、高质量推进老旧小区改造，完善基础设施，优化居住环境，让一个个老旧小区旧貌换新颜，让“老居民”乐享“新生活”。", "value": 121, "unit": "把", "qualifier": "exact", "subject": "充电桩", "measure": "charging-piles", "region": "上党区", "year": 2024, "topic": "education", "id": "ban-hao-min-sheng-shi-shi-shu-xie-1bac44ef"},
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 6, "offset": 58, "text": "16个", "sentence": "聚焦人民群众对教育服务的新期待，上党区加强中小学食堂建设，以务实举措深入开展校园食品安全守护行动，投入近200万元对16个学校食堂进行了改造。", "value": 16, "unit": "个", "qualifier": "exact", "subject": "学校食堂", "measure": "school-canteens-renovated", "region": "上党区", "year": 2024, "topic": "education", "id": "ban-hao-min-sheng-shi-shi-shu-xie-410c8842"},
  {"origin": "ingest", "article": "ban-hao-min-sheng-shi-shi-shu-xie", "paragraph": 6, "offset": 51, "text": "近200万元", "sentence": "聚焦人民群众对教育服务的新期待，上党区加强中小学食堂建设，以务实举措深入开展校园食品安全守护行动，投入近200万元对16个学校食堂进行了改造。", "value": 2000000, "unit": "元", "qualifier": "about", "subject": "学校食堂改造投入", "measure": "investment-yuan", "region": "上党区", "year": 2024, "topic": "education", "id": "ban-hao-min-sheng-shi-shi-shu-xie-457aa9e9"},
];

export const SHANGDANG_2025: FigureRecord[] = [
  {"origin": "ingest", "article": "quan-mian-shen-hua-gai-ge-fen-jin", "paragraph": 21, "offset": 152, "text": "5个", "sentence": "乡村发展方面，学习运用“千万工程”经验，实施数字赋能工程，今年计划建设5个精品示范村和32个提档升级村，提升“六个一体化”水平，完善水、电等基础设施，推进人居环境整治，建设美丽宜居乡村。", "value": 5, "unit": "个", "qualifier": "exact", "subject": "精品示范村", "measure": "model-villages", "region": "上党区", "year": 2025, "topic": "economy", "id": "quan-mian-shen-hua-gai-ge-fen-jin-96a1e55b"},
  {"origin": "ingest", "article": "quan-mian-shen-hua-gai-ge-fen-jin", "paragraph": 21, "offset": 160, "text": "32个", "sentence": "乡村发展方面，学习运用“千万工程”经验，实施数字赋能工程，今年计划建设5个精品示范村和32个提档升级村，提升“六个一体化”水平，完善水、电等基础设施，推进人居环境整治，建设美丽宜居乡村。", "value": 32, "unit": "个", "qualifier": "exact", "subject": "提档升级村", "measure": "upgraded-villages", "region": "上党区", "year": 2025, "topic": "economy", "id": "quan-mian-shen-hua-gai-ge-fen-jin-59c5b45c"},
];

export const MILLET_PRICE: FigureRecord[] = [
  {"origin": "ingest", "article": "jia-qiang-zu-zhi-yin-dao-fa-hui", "paragraph": 9, "offset": 20, "text": "6元", "sentence": "“以前村民每斤谷子只能卖4元，现在提高到6元。”", "value": 6, "unit": "元", "qualifier": "exact", "subject": "村民每斤谷子", "region": "长治市", "year": 2023, "topic": "agriculture", "change": {"from": 4, "to": 6, "direction": "up"}, "id": "jia-qiang-zu-zhi-yin-dao-fa-hui-6e692beb"},
];

/** Article titles as the English pages show them (content/articles/en/*.md). */
export const TITLES_EN: Record<string, string> = {
  'ba-min-sheng-yuan-jing-hui-cheng': "Turning the Vision for People's Wellbeing into Real Happiness",
  'min-sheng-wei-ben-xing-fu-sheng-huo': "Putting People's Livelihoods First: A Happy Life That Rings True",
  'ban-hao-min-sheng-shi-shi-shu-xie': 'Delivering Practical Projects for the People, Writing a Report Card of Happiness',
  'quan-mian-shen-hua-gai-ge-fen-jin': 'Deepening Reform Across the Board, Striving for a "Four Suitables" Shangdang',
  'jia-qiang-zu-zhi-yin-dao-fa-hui': "Stronger organisational guidance, making the most of Party members' strengths",
};

export const TITLES_ZH: Record<string, string> = {
  'ba-min-sheng-yuan-jing-hui-cheng': '把民生愿景绘成幸福实景',
  'min-sheng-wei-ben-xing-fu-sheng-huo': '民生为本 幸福生活成色足',
  'ban-hao-min-sheng-shi-shi-shu-xie': '办好民生实事 书写幸福答卷',
  'quan-mian-shen-hua-gai-ge-fen-jin': '全面深化改革 奋进“四宜”上党',
  'jia-qiang-zu-zhi-yin-dao-fa-hui': '加强组织引导 发挥党员优势',
};

/** A chart context with the fixture articles, all translated (paragraph links stay in the page's language). */
export function fixtureContext(lang: 'zh' | 'en'): ChartContext {
  const titles = lang === 'zh' ? TITLES_ZH : TITLES_EN;
  return chartContext(
    lang,
    Object.entries(titles).map(([id, text]) => ({ id, title: { text, lang }, bodyLang: lang })),
  );
}

/** Every fixture record. */
export const ALL_FIXTURES: FigureRecord[] = [...CHILDCARE_PROVIDERS, ...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025, ...MILLET_PRICE];
