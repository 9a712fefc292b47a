// Offices by their remit: a figure an office reports or counts (`市人社局共举办…96场`, `市卫健委组织的专家服务团…
// 接待群众310人次`) is most likely of the field the office serves, when the words of the clause name none. The
// class is the form of a Chinese government office's name — a remit stem before an office ending (局, 委, 分局,
// 部门) — after the names the 2018–2019 reform gave county and city departments (教育局, 卫生健康委员会 and
// its short 卫健委, 人力资源和社会保障局 / 人社局, 交通运输局, 文化和旅游局 / 文旅局,
// 农业农村局, 生态环境局, 水务局, 应急管理局, 医疗保障局 / 医保局, 商务局, 行政审批局, 信访局), and the
// public utilities by what they supply (供热公司, 热力公司, 供水公司, 公交公司). 民政 (social aid and elders alike),
// 住建 (housing, heating, water and gas alike), 市场监管 (prices, food safety and complaints alike) and 发展改革
// (every field) serve no one topic and are left out. An office's name is read only for a figure whose own
// clause names no topic (topic.ts), and weighs as the sentence's words do: `市交通运输局：新建改造供水管网…` is water.
import type { Topic } from '../../../src/domain/topics.ts';

/** Remit stems, full and short, by topic. */
const REMITS: Partial<Record<Topic, string[]>> = {
  education: ['教育', '教体', '教科'],
  health: ['卫健', '卫生健康', '卫生', '医保', '医疗保障', '疾控'],
  employment: ['人社', '人力资源和社会保障', '人力资源社会保障', '就业服务'],
  transport: ['交通运输', '交通', '运管'],
  'culture-sports': ['文旅', '文化和旅游', '文化旅游', '体育', '文体'],
  agriculture: ['农业农村', '农业', '农经'],
  environment: ['生态环境', '环保', '林业'],
  water: ['水务', '水利'],
  'public-safety': ['应急管理', '应急', '公安', '消防救援'],
  economy: ['商务', '工信', '工业和信息化'],
  governance: ['行政审批', '信访'],
};
const OFFICE_ENDINGS = ['局', '委', '分局', '部门'];
/** Public utilities by what they supply. */
const UTILITIES: Partial<Record<Topic, string[]>> = {
  heating: ['供热公司', '热力公司'],
  water: ['供水公司', '自来水公司'],
  transport: ['公交公司'],
};

/** Every office and utility name with the topic it serves. */
const NAMES: [string, Topic][] = [
  ...Object.entries(REMITS).flatMap(([topic, stems]) => stems.flatMap((stem) => OFFICE_ENDINGS.map((end): [string, Topic] => [`${stem}${end}`, topic as Topic]))),
  ...Object.entries(UTILITIES).flatMap(([topic, names]) => names.map((name): [string, Topic] => [name, topic as Topic])),
];

/**
 * Where an office's name opens the name it stands in: at the text's start, after a mark or a Latin letter, after the
 * level or place it belongs to (`县教育局`, `壶关县医保局`, `各级卫生部门`) or after a one-character preposition or
 * conjunction (`从`, `和`, `、`). A stem inside a longer word (`环境卫生部门`, street cleaning) names another office.
 */
const OPENS_NAME = /(?:^|[^\p{Script=Han}]|[市县区省镇乡级从由和与及同向经据])$/u;

function standsAsName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (OPENS_NAME.test(text.slice(Math.max(0, at - 1), at))) return true;
  return false;
}

/** Each topic's weight from the offices and utilities a text names (one per name that stands in it). */
export function officeScores(text: string): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  for (const [name, topic] of NAMES) if (standsAsName(text, name)) scores.set(topic, (scores.get(topic) ?? 0) + 1);
  return scores;
}
