// The topics an article or a figure can be about, with the names the site shows them by in Chinese and
// English. Published vocabulary: the site, the content schemas and ingest all read it from here (the
// keyword rules that decide an article's topics are ingest's own: scripts/ingest/lexicon/topics.ts).
// A new topic goes into TOPICS and TOPIC_LABELS; `Record<Topic, …>` then names every other place it needs.

export const TOPICS = [
  'education',
  'health',
  'elderly-care',
  'childcare',
  'employment',
  'heating',
  'housing',
  'transport',
  'water',
  'environment',
  'culture-sports',
  'public-safety',
  'economy',
  'agriculture',
  'governance',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface TopicLabel {
  zh: string;
  en: string;
}

/** The English is the default; content/glossary.yaml `topics` may override it (src/lib/taxonomy.ts). */
export const TOPIC_LABELS: Record<Topic, TopicLabel> = {
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health' },
  'elderly-care': { zh: '养老', en: 'Elderly care' },
  childcare: { zh: '托育', en: 'Childcare' },
  employment: { zh: '就业', en: 'Employment' },
  heating: { zh: '供热', en: 'Heating' },
  housing: { zh: '住房', en: 'Housing' },
  transport: { zh: '交通', en: 'Transport' },
  water: { zh: '供水', en: 'Water' },
  environment: { zh: '生态环境', en: 'Environment' },
  'culture-sports': { zh: '文化体育', en: 'Culture & sports' },
  'public-safety': { zh: '公共安全', en: 'Public safety' },
  economy: { zh: '经济', en: 'Economy' },
  agriculture: { zh: '农业农村', en: 'Agriculture' },
  governance: { zh: '政务治理', en: 'Governance' },
};
