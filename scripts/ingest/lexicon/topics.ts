// The keyword rules describe scores articles with, one list per topic (the topics and the names the site
// shows them by are published vocabulary: src/domain/topics.ts).
// To teach describe a new word, add it to a topic's list. Weight 3 = the word alone says the topic
// (托育), 2 = a strong hint (医院), 1 = a weak hint that also turns up elsewhere (文化, 企业).
// Keep words within one topic from containing each other, or a hit counts twice (a test checks this);
// `notIn` lists longer words in which a hit does not count (学生 in 大学生).

import type { Topic } from '../../../src/domain/topics.ts';

export interface Keyword {
  word: string;
  weight: 1 | 2 | 3;
  notIn?: string[];
}

const k = (weight: Keyword['weight'], ...words: string[]): Keyword[] => words.map((word) => ({ word, weight }));

export const TOPIC_KEYWORDS: Record<Topic, Keyword[]> = {
  education: [
    ...k(3, '幼儿园', '高考', '中小学', '教师', '师资', '双减'),
    ...k(2, '学校', '办学', '教学', '高中', '初中', '校园'),
    // Campaigns "educate" the public too: 交通安全宣传教育 is not about schools.
    { word: '教育', weight: 2, notIn: ['宣传教育', '警示教育', '主题教育', '党性教育', '廉政教育'] },
    { word: '学生', weight: 1, notIn: ['大学生'] },
  ],
  health: [
    ...k(3, '医院', '卫生院', '卫生室', '卫生所', '诊疗', '就医', '看病', '义诊', '医保', '公共卫生', '妇幼'),
    ...k(2, '医疗', '中医', '医生', '患者', '医改', '疾病', '体检'),
    ...k(1, '健康'),
  ],
  'elderly-care': [
    ...k(3, '养老', '日间照料', '老年人', '适老化', '敬老', '老年餐'),
    ...k(2, '医养', '夕阳红', '老人'),
    ...k(1, '康养'),
  ],
  childcare: [
    ...k(3, '托育', '托位', '婴幼儿', '托班', '入托', '托幼', '幼有所育', '幼有善育'),
    ...k(2, '育儿'),
  ],
  employment: [
    ...k(3, '就业', '招聘', '技能培训', '零工', '劳务', '求职', '欠薪', '农民工'),
    ...k(2, '岗位', '用工', '创业'),
  ],
  heating: [
    ...k(3, '供热', '供暖', '采暖', '换热站', '热网', '热源', '暖气', '取暖'),
    ...k(2, '热力', '温暖过冬'),
  ],
  housing: [...k(3, '老旧小区', '住房', '保障房', '棚户区', '公租房', '安置房', '住有所居'), ...k(2, '城中村', '物业')],
  transport: [
    ...k(3, '公路', '交通', '停车', '充电', '交警', '公交', '路网', '铁路'),
    ...k(2, '道路', '农村路', '出行'),
    ...k(1, '高速'),
  ],
  water: [...k(3, '供水', '污水', '饮水', '水质', '自来水', '放心水', '水厂'), ...k(2, '水利', '水库', '防汛')],
  environment: [
    ...k(3, '生态', '污染', '散煤', '零碳', '低碳', '碳中和', '扬尘', '环保', '治污'),
    ...k(2, '绿化', '垃圾', '人居环境', '空气质量', '厕所革命'),
    ...k(1, '节能', '蓝天'),
  ],
  'culture-sports': [
    ...k(3, '图书馆', '博物馆', '体育', '健身', '文物', '文博', '非遗', '书屋'),
    ...k(2, '文旅', '演出', '赛事', '篮球', '足球', '旅游'),
    ...k(1, '文化'),
  ],
  'public-safety': [
    ...k(3, '公安', '治安', '巡逻', '诈骗', '电诈', '征兵', '安全生产', '民警', '扫黑除恶', '消防', '犯罪'),
    ...k(2, '警察', '国防', '平安', '应急'),
  ],
  economy: [
    ...k(3, '招商', '增加值', '营业收入', '产值', '固投', '专业镇', '产业链'),
    ...k(2, '投资', '制造', '消费', '开发区', '车间', '生产线'),
    ...k(1, '企业', '经济', '煤炭', '转型'),
    { word: '产业', weight: 1, notIn: ['产业链'] },
  ],
  agriculture: [
    ...k(3, '农业', '种植', '小米', '大棚', '村集体', '粮食', '耕地', '农产品', '集体经济', '食用菌', '谷子'),
    ...k(2, '乡村振兴', '蔬菜', '养殖', '脱贫'),
  ],
  governance: [
    ...k(3, '党建', '营商环境', '信访', '政务服务', '社会治理', '基层治理'),
    ...k(2, '党委', '党支部', '党员', '改革', '组织部', '廉洁', '网格'),
    ...k(1, '作风', '两会', '履职', '政协', '人大'),
  ],
};
