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
  // Schools and what happens in them, kindergartens (three to six: the annotation guide's border with托育).
  education: [
    ...k(3, '幼儿园', '高考', '中考', '教师', '师资', '双减', '招生', '校舍', '课后服务', '控辍保学', '助学'),
    ...k(2, '学校', '办学', '教学', '高中', '初中', '校园', '校长', '课堂', '教室', '教研', '开学', '学位', '职校'),
    { word: '小学', weight: 3, notIn: ['中小学'] },
    // Schools, not their pupils (中小学生 are who a bus or a museum serves: 学生 below).
    { word: '中小学', weight: 3, notIn: ['中小学生'] },
    // Campaigns "educate" the public too: 交通安全宣传教育 is not about schools.
    { word: '教育', weight: 2, notIn: ['宣传教育', '警示教育', '主题教育', '党性教育', '廉政教育', '安全教育', '溺水教育'] },
    { word: '学生', weight: 1, notIn: ['大学生'] },
  ],
  health: [
    ...k(3, '医院', '卫生院', '卫生室', '卫生所', '诊疗', '就医', '看病', '义诊', '医保', '公共卫生', '妇幼'),
    ...k(3, '门诊', '住院', '急救', '疫苗', '接种', '卫健', '村医', '诊所', '儿科', '病房', '传染病', '防疫', '献血'),
    ...k(2, '医疗', '中医', '医生', '患者', '医改', '疾病', '体检', '护士', '医师', '医务', '手术', '药品', '慢性病', '筛查'),
    ...k(1, '健康', '康复'),
  ],
  'elderly-care': [
    // 老年 covers 老年人, 老年餐, 老年大学, 老年学校, 老年食堂 (not the hospitals' 老年医学科).
    { word: '老年', weight: 3, notIn: ['老年医学'] },
    ...k(3, '养老', '日间照料', '适老化', '敬老', '幸福院', '老龄', '高龄', '失能', '空巢', '助餐', '银发', '孝老', '重阳'),
    // 银龄 is the seniors' own word (银龄课堂, 银龄行动).
    ...k(3, '银龄'),
    ...k(2, '医养', '夕阳红', '老人', '长者', '一老一小', '助浴'),
    ...k(1, '康养'),
  ],
  // Under three: 托育 (kindergartens and school-age care are education).
  childcare: [
    ...k(3, '托育', '托位', '婴幼儿', '托班', '入托', '托幼', '幼有所育', '幼有善育', '托儿所', '早教', '3岁以下', '三岁以下', '育婴'),
    ...k(2, '育儿', '一老一小', '母婴', '哺乳', '生育'),
  ],
  employment: [
    ...k(3, '就业', '招聘', '技能培训', '零工', '劳务', '求职', '欠薪', '农民工', '失业', '稳岗', '人社', '人力资源', '职业技能', '技能人才', '以工代赈'),
    ...k(2, '岗位', '用工', '创业', '务工', '毕业生', '劳动者', '劳动力', '工资', '技工', '用人单位', '工会'),
    ...k(1, '家政'),
    { word: '人才', weight: 1, notIn: ['技能人才'] },
  ],
  heating: [
    ...k(3, '供热', '供暖', '采暖', '换热站', '热网', '热源', '暖气', '取暖', '煤改电', '煤改气', '室温', '地暖', '热用户'),
    ...k(2, '热力', '温暖过冬', '锅炉', '热电', '散热器', '热计量'),
  ],
  housing: [
    // Urban renewal of where people live: 微改造 of communities, 城市更新.
    ...k(3, '老旧小区', '住房', '保障房', '棚户区', '公租房', '安置房', '住有所居', '棚改', '危房', '廉租房', '公积金', '加装电梯', '保交楼', '农房', '微改造', '城市更新'),
    ...k(2, '城中村', '物业', '房屋', '商品房', '房地产', '购房', '业主', '住宅', '拆迁', '人才公寓', '楼道'),
    { word: '租房', weight: 2, notIn: ['公租房', '廉租房'] },
  ],
  transport: [
    ...k(3, '公路', '交通', '停车', '充电', '交警', '公交', '巴士', '路网', '铁路', '客运', '班车', '候车', '出租车', '网约车', '通车', '高铁', '机场', '国道', '省道', '县道', '乡道', '拥堵', '共享单车'),
    ...k(2, '道路', '农村路', '出行', '路段', '桥梁', '隧道', '车站', '人行道', '斑马线', '信号灯', '运输', '通村'),
    // Roads named for what they serve (产业路, 旅游路) and building them (修路).
    ...k(2, '产业路', '旅游路', '修路'),
    { word: '车位', weight: 2, notIn: ['停车位'] },
    ...k(1, '高速', '慢行'),
    // The lights of the streets (streets are transport, the annotation guide).
    ...k(3, '路灯'),
    ...k(2, '照明'),
  ],
  water: [
    ...k(3, '供水', '污水', '饮水', '水质', '自来水', '放心水', '水厂', '水压', '水价', '水费', '停水', '水务', '供排水', '雨污分流'),
    ...k(2, '水利', '水库', '防汛', '用水', '给水', '水源', '引水', '节水', '河长', '防洪', '抗旱', '水表', '净水', '水资源', '地下水'),
    { word: '排水', weight: 2, notIn: ['供排水'] },
  ],
  environment: [
    ...k(3, '生态', '污染', '散煤', '零碳', '低碳', '碳中和', '扬尘', '环保', '治污', '优良天数', '大气', '碳排放', '减排', '植树', '造林', '湿地', '改厕', '户厕', '黑臭水体', '固废', '危废'),
    ...k(2, '绿化', '垃圾', '人居环境', '空气质量', '厕所革命', '公园', '森林', '河道', '清淤', '秸秆', '噪声', '噪音', '保洁', '村容村貌', '水土保持'),
    // Sanitation workers are often the people of a story (春节慰问环卫工人), not its topic.
    ...k(1, '节能', '蓝天', '环卫'),
  ],
  'culture-sports': [
    ...k(3, '图书馆', '博物馆', '体育', '健身', '文物', '文博', '非遗', '书屋', '书房', '景区', '景点', '游客', '文化馆', '文化站', '运动会', '马拉松', '戏曲', '上党梆子', '八音会', '剧场', '庙会', '广场舞', '运动员', '联赛'),
    ...k(2, '文旅', '演出', '赛事', '篮球', '足球', '旅游', '文艺', '电影', '展览', '书法', '民宿', '门票', '阅读', '传统村落'),
    ...k(1, '读书'),
    // Sports by what people do (长跑比赛, 冬泳, 滑雪场), and who takes part; 比赛 alone is also a skills contest.
    ...k(3, '长跑', '跑步', '徒步', '登山', '滑雪', '冰雪', '游泳', '冬泳', '球赛'),
    ...k(1, '比赛', '选手'),
    { word: '文化', weight: 1, notIn: ['文化馆', '文化站'] },
  ],
  'public-safety': [
    ...k(3, '公安', '治安', '巡逻', '诈骗', '电诈', '征兵', '安全生产', '民警', '扫黑除恶', '消防', '犯罪', '反诈', '禁毒', '毒品', '溺水', '交通安全', '火灾', '防火', '灭火', '地质灾害', '警方', '派出所', '破获', '抓获', '嫌疑人', '酒驾', '醉驾'),
    ...k(2, '警察', '国防', '平安', '应急', '隐患', '防灾', '减灾', '救援', '案件', '食品安全', '燃气安全', '安检', '交通违法'),
  ],
  economy: [
    ...k(3, '招商', '增加值', '营业收入', '产值', '固投', '专业镇', '产业链', '地区生产总值', 'GDP', '规上', '规模以上', '外贸', '进出口', '电商', '个体工商户', '可支配收入', '以旧换新'),
    ...k(2, '投资', '制造', '消费', '开发区', '车间', '生产线', '工业', '市场主体', '经营主体', '快递', '物流', '商贸', '民营', '融资', '金融', '新能源', '销售额', '居民收入'),
    ...k(1, '企业', '经济', '煤炭', '转型'),
    { word: '产业', weight: 1, notIn: ['产业链'] },
  ],
  agriculture: [
    ...k(3, '农业', '种植', '小米', '大棚', '村集体', '粮食', '耕地', '农产品', '集体经济', '食用菌', '谷子', '农机', '春耕', '春播', '秋收', '玉米', '中药材', '农田', '亩产', '种粮', '合作社', '家庭农场', '畜牧', '农技', '土地流转', '返贫', '播种', '农作物'),
    ...k(2, '乡村振兴', '蔬菜', '养殖', '脱贫', '连翘', '果树', '核桃', '丰收', '灌溉', '驻村', '和美乡村'),
    { word: '农民', weight: 1, notIn: ['农民工'] },
  ],
  // Public affairs: the Party, government services, law and legal aid (司法局's 普法, as the dev gold files it),
  // public finance, civility campaigns. Also the catch-all of describe/topics.ts.
  governance: [
    // Law in any form (法律援助, 法律服务, 法律咨询); public finance's 民生支出 and the 常委会 deploying work.
    ...k(3, '党建', '营商环境', '信访', '政务服务', '社会治理', '基层治理', '普法', '法律', '一网通办', '民生实事', '移风易俗', '纪检', '巡察', '廉政', '民生支出', '常委会'),
    ...k(2, '党委', '党支部', '党员', '改革', '组织部', '廉洁', '网格', '司法', '法治', '调解', '跑腿', '便民服务', '12345', '审批', '文明', '监察', '民生工程', '工作报告'),
    { word: '政务', weight: 2, notIn: ['政务服务'] },
    ...k(1, '作风', '两会', '履职', '政协', '人大'),
  ],
};
