// What each article frontmatter field means and what a right value looks like, in English and Chinese.
// One text serves two readers: `npm run new` writes it as comments into a new article, and the content
// check (scripts/content/check.ts) and the build quote it when a value is wrong. Keep it in step with
// src/domain/article.ts: a test checks every schema field has a guide.
import { TOPIC_LABELS, TOPICS } from '../../domain/topics.ts';
import { ARTICLE_KINDS } from '../../domain/article.ts';
import { FIGURE_KINDS, FIGURE_STATUSES, QUALIFIERS } from '../../domain/figure.ts';

export interface Bilingual {
  en: string;
  zh: string;
}

export interface FieldGuide {
  /** What to write: "the year the report is about, as a number". */
  write: Bilingual;
  /** A right value, as a YAML line: `year: 2025`. */
  example: string;
  /** What one wrong value is not: `"heatng" is not <a topic>`. Only for fields with a fixed vocabulary. */
  noun?: Bilingual;
  /** The values allowed, for fields with a fixed vocabulary. */
  choices?: readonly string[];
}

const topicList = TOPICS.map((t) => `${t} (${TOPIC_LABELS[t].zh})`).join(', ');

const FIGURE_FIELDS: Record<string, FieldGuide> = {
  id: {
    write: { en: 'a short id of your own for the figure, unique in the article', zh: '自拟的图表数字编号，在本文中唯一' },
    example: 'id: hand-1',
  },
  paragraph: {
    write: {
      en: 'the number of the paragraph the figure is in, counting from 1 (headings and captions do not count)',
      zh: '该数字所在段落的序号，从 1 数起（标题和图片说明不算）',
    },
    example: 'paragraph: 3',
  },
  offset: {
    write: { en: 'where the text starts in the paragraph, as a whole number (or leave it out)', zh: '数字在段落中的起始位置（整数，可省略）' },
    example: 'offset: 12',
  },
  text: { write: { en: 'the figure exactly as printed', zh: '原文中数字的写法，一字不改' }, example: 'text: "近200万元"' },
  sentence: { write: { en: 'the sentence the figure is in, as printed', zh: '数字所在的原句' }, example: 'sentence: "投资近200万元。"' },
  value: {
    write: {
      en: 'a plain number with multipliers applied, no quotes and no unit (200万 is 2000000)',
      zh: '换算后的纯数字，不加引号、不带单位（200万 写作 2000000）',
    },
    example: 'value: 2000000',
  },
  unit: { write: { en: 'the base unit as printed', zh: '原文的基本单位' }, example: 'unit: 元' },
  qualifier: {
    write: { en: 'how exact the paper says the figure is', zh: '原文对数字的限定' },
    example: 'qualifier: about',
    noun: { en: 'a qualifier', zh: '可用的限定词' },
    choices: QUALIFIERS,
  },
  range: { write: { en: 'both ends of a range, as numbers', zh: '区间的两端（数字）' }, example: 'range: { low: 3, high: 5 }' },
  subject: { write: { en: 'what is counted, a short Chinese phrase', zh: '所计数的对象，简短中文' }, example: 'subject: 供热管网' },
  label: {
    write: {
      en: 'a Chinese label that defines the number completely, keeping 新增, 累计, 人均, 每月, 改造 … and the noun counted',
      zh: '完整说明这个数字的中文标签，保留“新增、累计、人均、每月、改造”等限定词和所计数的名词',
    },
    example: 'label: 新建改造供热管网',
  },
  label_en: {
    write: { en: 'the label in plain English (or leave it out: the site then uses the glossary)', zh: '标签的英文说法（可省略，网站会用词汇表）' },
    example: 'label_en: Heating network built or upgraded',
  },
  status: {
    write: {
      en: 'whether the figure is done or true now (actual), intended (plan), aimed at (target), expected (forecast), or one person’s experience or words (anecdote)',
      zh: '数字的性质：已完成或现状（actual）、计划（plan）、目标（target）、预计（forecast）、个人经历或引语（anecdote）',
    },
    example: 'status: actual',
    noun: { en: 'a status', zh: '可用的性质' },
    choices: FIGURE_STATUSES,
  },
  kind: {
    write: {
      en: 'how the number counts: total, new (added in the period), cumulative, per (per head, household or unit), share, rate, change',
      zh: '数字的计法：总量 total、新增 new、累计 cumulative、人均或每单位 per、占比 share、比率 rate、变化 change',
    },
    example: 'kind: new',
    noun: { en: 'a kind of figure', zh: '可用的计法' },
    choices: FIGURE_KINDS,
  },
  period: { write: { en: 'the period the text gives, as printed (or leave it out)', zh: '原文给出的时段，照原文（可省略）' }, example: 'period: 1至10月' },
  measure: { write: { en: 'a key of the measure vocabulary (src/domain/measures.ts)', zh: '度量词表中的键' }, example: 'measure: heating-network-km' },
  region: {
    write: {
      en: 'the most specific place the figure is about, in Chinese: 长治市, a county, or county+town',
      zh: '数字所指的最具体的地方（中文）：长治市、县区，或“县区+乡镇”',
    },
    example: 'region: 上党区西火镇',
  },
  year: { write: { en: 'the year the figure is about, a four-digit number (a plan’s year for a plan)', zh: '数字所属年份，四位数字（计划写计划年份）' }, example: 'year: 2025' },
  topic: {
    write: { en: 'the topic of the figure', zh: '数字的主题' },
    example: 'topic: heating',
    noun: { en: 'a topic', zh: '可用的主题' },
    choices: TOPICS,
  },
  change: {
    write: { en: 'the change the sentence states: direction up or down, and any of from, to, rate, amount as numbers', zh: '句中所述的变化：direction 为 up 或 down，另可写 from、to、rate、amount（数字）' },
    example: 'change: { direction: up, from: 143, to: 191 }',
  },
  'change.direction': {
    write: { en: 'up or down', zh: 'up 或 down' },
    example: 'direction: up',
    noun: { en: 'a direction', zh: '可用的方向' },
    choices: ['up', 'down'],
  },
  checksum: { write: { en: 'nothing: ingest writes it; delete the line', zh: '不必填写：由 ingest 生成，请删除这一行' }, example: '' },
};

export const ARTICLE_FIELDS: Record<string, FieldGuide> = {
  id: {
    write: {
      en: 'the id in the article URL: lower-case letters, digits and single hyphens (leave it out to use the file name)',
      zh: '文章网址中的标识：小写字母、数字和单个连字符（省略则用文件名）',
    },
    example: 'id: hu-guan-gong-re-gai-zao',
  },
  title: { write: { en: 'the title of the article, as text', zh: '文章标题（文本）' }, example: 'title: "壶关县供热管网改造完工"' },
  titleFrom: {
    write: {
      en: 'inferred when the printed page has no headline and the title was made up (ingest writes it); leave it out for a printed headline',
      zh: '原版面没有标题、标题为自拟时写 inferred（由 ingest 写入）；印有标题的请省略',
    },
    example: 'titleFrom: inferred',
    noun: { en: 'where a title comes from', zh: '标题来源' },
    choices: ['headline', 'inferred'],
  },
  subtitle: { write: { en: 'the subtitle (deck) under the title, as text', zh: '副标题（文本）' }, example: 'subtitle: "——新增管网38公里"' },
  kicker: { write: { en: 'a series or campaign name shown above the title', zh: '标题上方的栏目或专题名' }, example: 'kicker: "民生实事"' },
  lang: {
    write: { en: 'the language the file is written in', zh: '本文件所用的语言' },
    example: 'lang: zh',
    noun: { en: 'a language of the site', zh: '本站的语言' },
    choices: ['zh', 'en'],
  },
  kind: {
    write: { en: 'what sort of piece it is', zh: '稿件类别' },
    example: 'kind: news',
    noun: { en: 'a kind of article', zh: '可用的稿件类别' },
    choices: ARTICLE_KINDS,
  },
  byline: { write: { en: 'the author line as printed', zh: '原文署名' }, example: 'byline: "本报记者 姚晋华"' },
  year: { write: { en: 'the year the report is about, as a four-digit number without quotes', zh: '报道所属年份，四位数字，不加引号' }, example: 'year: 2025' },
  date: {
    write: { en: 'the date of the page the article was printed on, as YYYY-MM-DD in quotes', zh: '刊登版面的日期，写作带引号的 YYYY-MM-DD' },
    example: 'date: "2025-01-27"',
  },
  regions: {
    write: { en: 'a list of the places the article is about, in Chinese', zh: '文章涉及的地方（中文），写成列表' },
    example: 'regions: [长治市, 壶关县]',
  },
  topics: {
    write: { en: `a list of topics; each one of: ${topicList}`, zh: `主题列表，每项取以下之一：${topicList}` },
    example: 'topics: [heating]',
    noun: { en: 'a topic', zh: '可用的主题' },
    choices: TOPICS,
  },
  captions: { write: { en: 'a list of photo captions as printed', zh: '图片说明列表（照原文）' }, example: 'captions: ["工人正在铺设管道。"]' },
  continued: {
    write: { en: 'the pages the article continues from or to', zh: '转版信息：从哪版转来、转到哪版' },
    example: 'continued: { from: 第一版 }',
  },
  source: {
    write: {
      en: 'where ingest found the article (paper, date and page when known, seed file and block range); leave it out for an article that comes from no seed',
      zh: '文章在版面文本中的出处（已知时写报纸、日期、版次，以及种子文件和段落范围）；不是来自版面文本的文章请省略',
    },
    example: 'source: { paper: 长治日报, date: "2025-01-27", page: 2, seed: 003_09576779ea83b2fd.txt, blocks: [52, 55] }',
  },
  'source.seed': { write: { en: 'the file name of the page text in seeds/', zh: 'seeds/ 中版面文本的文件名' }, example: 'seed: 003_09576779ea83b2fd.txt' },
  'source.blocks': { write: { en: 'the first and last block, two whole numbers', zh: '起止段落号，两个整数' }, example: 'blocks: [52, 55]' },
  'source.paper': { write: { en: 'the newspaper the page is from', zh: '版面所属报纸' }, example: 'paper: 长治日报' },
  'source.date': { write: { en: 'the date of the issue, as YYYY-MM-DD in quotes', zh: '出版日期，写作带引号的 YYYY-MM-DD' }, example: 'date: "2025-01-27"' },
  'source.page': { write: { en: 'the page number, a whole number', zh: '版次，整数' }, example: 'page: 2' },
  warnings: { write: { en: 'notes ingest leaves for editors, a list of text', zh: 'ingest 留给编辑的提示（文本列表）' }, example: 'warnings: ["…"]' },
  draft: {
    write: { en: 'true to keep the article out of the site, false to publish it', zh: 'true 表示暂不发布，false 表示发布' },
    example: 'draft: true',
  },
  ingestHash: {
    write: { en: 'nothing: ingest writes it to notice your edits; leave it as it is or delete the line', zh: '不必填写：ingest 用它识别编辑改动；保持原样或删除这一行' },
    example: '',
  },
  figures: {
    write: { en: 'a list of figures you add by hand, each with at least paragraph, text, value and unit', zh: '手工添加的数字列表，每项至少有 paragraph、text、value、unit' },
    example: 'figures: [{ paragraph: 3, text: "38公里", value: 38, unit: 公里 }]',
  },
  translationOf: {
    write: { en: 'the id of the Chinese article this file translates (its file name without .mdx)', zh: '本译文对应的中文文章的标识（文件名去掉 .mdx）' },
    example: 'translationOf: jiu-ye-shi-min-sheng-zhi-ben',
  },
  sourceHash: {
    write: {
      en: 'nothing by hand: `npm run translations -- --stamp <id>` writes it once the translation matches the Chinese',
      zh: '不要手写：译文与中文一致后运行 `npm run translations -- --stamp <id>` 写入',
    },
    example: 'sourceHash: sha256-7098cfdbc9ada807',
  },
  checked: {
    write: {
      en: 'nothing by hand: `npm run translations -- --stamp <id>` writes the day the translation was checked against the Chinese',
      zh: '不要手写：运行 `npm run translations -- --stamp <id>` 时写入译文与中文核对的日期',
    },
    example: 'checked: "2025-03-01"',
  },
  translator: { write: { en: 'who translated the article, as text (optional)', zh: '译者（可选）' }, example: 'translator: "…"' },
};

/**
 * The guide for a field path as zod reports it (`['topics', 1]`, `['figures', 0, 'value']`): list
 * elements share their list's guide, and figure fields are looked up by their own name.
 */
export function guideFor(path: readonly PropertyKey[]): FieldGuide | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  if (keys[0] === 'figures' && keys.length > 1) return FIGURE_FIELDS[keys.slice(1).join('.')] ?? FIGURE_FIELDS[keys[1]!];
  return ARTICLE_FIELDS[keys.join('.')] ?? ARTICLE_FIELDS[keys[0] ?? ''];
}

/** The guide for a field of a record in a figure file (`['status']`, `['change', 'direction']`). */
export function figureGuideFor(path: readonly PropertyKey[]): FieldGuide | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return FIGURE_FIELDS[keys.join('.')] ?? FIGURE_FIELDS[keys[0] ?? ''];
}

/** Field names editors may write that the schema does not check (kept, not flagged as typos). */
export const FREE_FIELDS: readonly string[] = ['translator'];
