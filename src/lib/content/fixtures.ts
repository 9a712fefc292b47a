// Test support: collection entries and figure records cut from the real seeds (as ingest wrote them to
// content/), shortened to what the tests need.
import type { FigureRecord } from '../../domain/figure.ts';
import { articleSchema } from '../../domain/article.ts';
import type { ArticleEntry } from './catalog.ts';

function entry(id: string, frontmatter: Record<string, unknown>, body: string): ArticleEntry {
  return { id, body, filePath: `content/articles/${id}.mdx`, data: articleSchema.parse(frontmatter) };
}

/** Seed 001: a three-paragraph news item with one figure. */
export const museumZh = entry(
  'zh/shi-bo-wu-guan-yao-qing-fan-xiang',
  {
    id: 'shi-bo-wu-guan-yao-qing-fan-xiang',
    title: '市博物馆邀请返乡大学生 座谈助力文博事业发展',
    lang: 'zh',
    kind: 'news',
    byline: '本报讯 记者梁家秀',
    regions: ['长治市'],
    topics: ['culture-sports'],
    source: { seed: '001_8b22fcf75f3261b3.txt', blocks: [31, 34] },
  },
  '\n1月26日，市博物馆举行“龙行龘龘 共话长博”大学生座谈会，邀请70多名来自中国人民大学、华中师范大学、山东大学等高校在校返乡大学生代表齐聚一堂。\n',
);

/** Seed 000: Shangdang District's 2024 report (education, health, culture, heating, elderly care). */
export const shangdangZh = entry(
  'zh/ban-hao-min-sheng-shi-shi-shu-xie',
  {
    id: 'ban-hao-min-sheng-shi-shi-shu-xie',
    title: '办好民生实事 书写幸福答卷',
    lang: 'zh',
    kind: 'article',
    year: 2024,
    regions: ['上党区', '西火镇', '苏店镇', '西池乡', '郝家庄镇'],
    topics: ['education', 'health', 'culture-sports', 'heating', 'elderly-care'],
    captions: ['上党区昶龙壹号院项目', '新建上党区人民医院'],
    source: { seed: '000_a5c216659bbc2fff.txt', blocks: [0, 28] },
  },
  '\n增进民生福祉，擦亮幸福底色。\n\n## 优先发展教育 厚植幸福之本\n',
);

/** Seed 002: Huguan County's 2025 report, with a deck and a kicker. */
export const huguanZh = entry(
  'zh/min-sheng-wei-ben-xing-fu-sheng-huo',
  {
    id: 'min-sheng-wei-ben-xing-fu-sheng-huo',
    title: '民生为本 幸福生活成色足',
    subtitle: '壶关县精准施策织密织牢民生保障网',
    kicker: '谋好篇 布好局 履职尽责为人民',
    lang: 'zh',
    kind: 'article',
    year: 2025,
    regions: ['壶关县'],
    topics: ['heating', 'employment', 'culture-sports', 'health', 'elderly-care'],
    source: { seed: '002_1ea187ce3151e9b8.txt', blocks: [0, 40] },
  },
  '\n时值寒冬，壶关县处处涌动着暖意。\n',
);

/** Seed 003: Shangdang District's sidebar, 2025 (shares the district with the 2024 report). */
export const jobsZh = entry(
  'zh/jiu-ye-shi-min-sheng-zhi-ben',
  {
    id: 'jiu-ye-shi-min-sheng-zhi-ben',
    title: '就业是民生之本',
    lang: 'zh',
    kind: 'sidebar',
    year: 2025,
    regions: ['上党区'],
    topics: ['education', 'employment', 'culture-sports', 'health'],
  },
  '\n就业是民生之本。\n',
);

/** An English translation of the museum item, as a translator writes it. */
export function museumEn(sourceHash: string): ArticleEntry {
  return entry(
    'en/shi-bo-wu-guan-yao-qing-fan-xiang',
    {
      title: 'City museum invites students home for the holidays to a forum on its heritage work',
      lang: 'en',
      translationOf: 'shi-bo-wu-guan-yao-qing-fan-xiang',
      sourceHash,
    },
    '\nOn January 26 the city museum held a forum for university students.\n',
  );
}

/** content/figures/ban-hao-min-sheng-shi-shi-shu-xie.json, record 0. */
export const canteenInvestment: FigureRecord = {
  id: 'ban-hao-min-sheng-shi-shi-shu-xie-457aa9e9',
  origin: 'ingest',
  article: 'ban-hao-min-sheng-shi-shi-shu-xie',
  paragraph: 6,
  offset: 51,
  text: '近200万元',
  sentence: '聚焦人民群众对教育服务的新期待，上党区加强中小学食堂建设，以务实举措深入开展校园食品安全守护行动，投入近200万元对16个学校食堂进行了改造。',
  value: 2000000,
  unit: '元',
  qualifier: 'about',
  subject: '学校食堂改造投入',
  measure: 'investment-yuan',
  region: '上党区',
  year: 2024,
  topic: 'education',
  checksum: '5edc54341f49',
};

/** content/figures/min-sheng-wei-ben-xing-fu-sheng-huo.json: the basic pension, raised from 143 to 191 yuan. */
export const pension: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-a37ec9f1',
  origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo',
  paragraph: 16,
  offset: 106,
  text: '191元',
  sentence: '2025年，壶关县持续织密社会保障网，城镇退休人员养老金人均月增收75元，城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元，全民参保率达97%以上。',
  value: 191,
  unit: '元',
  qualifier: 'exact',
  subject: '居民养老保险基础养老金',
  measure: 'pension-monthly-yuan',
  region: '壶关县',
  year: 2025,
  topic: 'elderly-care',
  change: { from: 143, to: 191, direction: 'up' },
};

/** The same file: the heated area, `约500万平方米`. */
export const heatedArea: FigureRecord = {
  id: 'min-sheng-wei-ben-xing-fu-sheng-huo-a08480ce',
  origin: 'ingest',
  article: 'min-sheng-wei-ben-xing-fu-sheng-huo',
  paragraph: 4,
  offset: 74,
  text: '约500万平方米',
  sentence: '这是落实市委关于上党革命老区散煤清零工作部署的核心举措，也是壶关县对群众的郑重承诺，该项目全线贯通后，实现与市区供热大环网无缝并网，直接为县城及周边约500万平方米区域提供稳定、清洁的热源，从根本上优化了县域供热结构，既让群众温暖过冬，更助力生态环境持续改善。',
  value: 5000000,
  unit: '平方米',
  qualifier: 'about',
  subject: '县城及周边区域',
  measure: 'heating-area-m2',
  region: '壶关县',
  year: 2025,
  topic: 'heating',
};

/** content/figures/shi-bo-wu-guan-yao-qing-fan-xiang.json, record 0: `70多名`, no measure. */
export const museumStudents: FigureRecord = {
  id: 'shi-bo-wu-guan-yao-qing-fan-xiang-a69f0d03',
  origin: 'ingest',
  article: 'shi-bo-wu-guan-yao-qing-fan-xiang',
  paragraph: 1,
  offset: 32,
  text: '70多名',
  sentence: '1月26日，市博物馆举行“龙行龘龘 共话长博”大学生座谈会，邀请70多名来自中国人民大学、华中师范大学、山东大学等高校在校返乡大学生代表齐聚一堂。',
  value: 70,
  unit: '名',
  qualifier: 'over',
  region: '长治市',
  topic: 'culture-sports',
};
