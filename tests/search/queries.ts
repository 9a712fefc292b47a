// What citizens type into the search box, and the reports each query must bring up in the first five
// results. `expect` lists the reports that really are about the query: those whose text (or title,
// places or topics) names it, most mentions first, at most five, so recall@5 can reach 100%.
// The counts in the comments are mentions in content/articles/<lang>/*.md when the list was made.
// Several Chinese queries test segmentation: two-character words (供热 托育 养老), place names
// (壶关 上党区 西火), mixed Latin and digits (AI G207 10+N), and pinyin (huguan), which only the
// extra keywords (src/lib/search/keywords.ts) can answer.

export interface SearchQuery {
  q: string;
  /** Article ids that must all be among the first five results. */
  expect: string[];
}

const A = {
  vision: 'ba-min-sheng-yuan-jing-hui-cheng',
  projects: 'ban-hao-min-sheng-shi-shi-shu-xie',
  hiTech: 'chang-zhi-gao-xin-qu-zhi-neng-gao',
  police: 'chang-zhi-jiao-jing-quan-sheng-gong-an',
  partyMembers: 'jia-qiang-zu-zhi-yin-dao-fa-hui',
  jobs: 'jiu-ye-shi-min-sheng-zhi-ben',
  zeroCarbon: 'lu-an-hua-gong-yu-wu-mei-ye',
  huaihai: 'lu-zhou-qu-huai-hai-she-qu',
  huguan: 'min-sheng-wei-ben-xing-fu-sheng-huo',
  reform: 'quan-mian-shen-hua-gai-ge-fen-jin',
  conscription: 'quan-shi-zheng-bing-gong-zuo-dian-shi',
  smallMatters: 'shang-dang-qu-ju-jiao-min-sheng',
  museum: 'shi-bo-wu-guan-yao-qing-fan-xiang',
  newYear: 'xin-nian-xin-qi-xiang-fen-dou-zheng',
  schools: 'zeng-qiang-yu-ren-wen-du-ti-gao',
} as const;

export const ARTICLE_IDS: readonly string[] = Object.values(A);

export const ZH_QUERIES: readonly SearchQuery[] = [
  // Two-character words
  { q: '供热', expect: [A.huguan, A.projects] }, // 11, 6
  { q: '供暖', expect: [A.huguan] }, // 3
  { q: '托育', expect: [A.vision, A.reform, A.smallMatters, A.jobs] }, // 26, 2, 1, 1
  { q: '养老', expect: [A.smallMatters, A.huguan, A.projects, A.vision, A.jobs] }, // 15, 8, 4, 2, 1
  { q: '就业', expect: [A.vision, A.jobs, A.huguan, A.smallMatters] }, // 10, 8, 9, 8
  { q: '征兵', expect: [A.conscription] }, // 15
  { q: '食堂', expect: [A.projects] }, // 4
  { q: '学校', expect: [A.projects, A.schools, A.jobs] }, // 8, 6, 2
  { q: '就医', expect: [A.vision, A.projects, A.reform] }, // 8, 2, 2
  { q: '招聘', expect: [A.vision, A.huguan] }, // 3, 2
  { q: '厨师', expect: [A.smallMatters] }, // 2
  { q: '改革', expect: [A.reform] }, // 13
  { q: '党员', expect: [A.partyMembers] }, // 11
  { q: '交警', expect: [A.police] }, // 9
  { q: '宣讲', expect: [A.police] }, // 9
  { q: '零碳', expect: [A.zeroCarbon] }, // 15
  { q: '矿山', expect: [A.zeroCarbon] }, // 6
  { q: '花椒', expect: [A.reform] }, // 2, in a photo caption
  // Longer words and compounds
  { q: '零工市场', expect: [A.smallMatters, A.jobs, A.vision] }, // 4, 1, 1
  { q: '幼儿园', expect: [A.vision, A.projects, A.jobs, A.huguan] }, // 2, 2, 2, 1
  { q: '老旧小区', expect: [A.projects, A.huguan, A.smallMatters] }, // 2 each
  { q: '污水处理', expect: [A.smallMatters, A.huguan] }, // 8, 1
  { q: '博物馆', expect: [A.museum] }, // 9
  { q: '大学生', expect: [A.museum] }, // 6
  { q: '电子商务', expect: [A.huaihai, A.partyMembers] }, // 3, 1
  { q: '技能培训', expect: [A.vision, A.jobs, A.huguan, A.smallMatters] }, // 2, 1, 1, 1
  { q: '全民健身', expect: [A.projects] }, // 6
  { q: '集中供热', expect: [A.huguan] }, // 3
  { q: '高新区', expect: [A.hiTech] }, // 3
  // Places
  { q: '壶关', expect: [A.huguan] }, // 30
  { q: '壶关县', expect: [A.huguan] },
  { q: '上党区', expect: [A.reform, A.projects, A.smallMatters, A.jobs] }, // 34, 26, 14, 6
  { q: '潞州区', expect: [A.huaihai, A.vision, A.reform] }, // 4, 3, 2
  { q: '潞城区', expect: [A.vision, A.partyMembers] }, // 4, 4
  { q: '长子县', expect: [A.vision] }, // 1
  { q: '平顺', expect: [A.partyMembers, A.huaihai] }, // 6, 3
  { q: '沁县', expect: [A.partyMembers] }, // 2
  { q: '西火镇', expect: [A.projects] }, // 3
  { q: '西火', expect: [A.projects] }, // 5
  // Two words
  { q: '壶关 供热', expect: [A.huguan] },
  { q: '上党区 养老', expect: [A.smallMatters, A.projects] },
  // Mixed Latin letters and digits
  { q: 'AI', expect: [A.reform] }, // `智能制造AI视觉终端`
  { q: 'G207', expect: [A.huguan] },
  { q: '10+N', expect: [A.vision] }, // `“10+N”公共就业服务`
  // Pinyin, as typed without a Chinese keyboard
  { q: 'huguan', expect: [A.huguan] },
  { q: 'shangdang', expect: [A.reform, A.projects, A.smallMatters, A.jobs] },
];

export const EN_QUERIES: readonly SearchQuery[] = [
  { q: 'heating', expect: [A.huguan, A.projects] }, // 13, 7
  { q: 'childcare', expect: [A.vision, A.reform, A.smallMatters, A.jobs] }, // 34, 2, 1, 1
  { q: 'elderly care', expect: [A.smallMatters, A.projects, A.huguan, A.jobs] }, // 15, 8, 2, 1
  { q: 'Huguan', expect: [A.huguan] }, // 29
  // Stemming: the texts say `school` as often as `schools`.
  { q: 'schools', expect: [A.projects, A.schools, A.jobs, A.huguan] }, // 15, 8, 7, 4
  { q: 'jobs fair', expect: [A.vision] }, // `job fair`
  { q: 'jobs', expect: [A.vision, A.smallMatters, A.huguan, A.jobs] }, // job(s): 10, 10, 6, 4
  { q: 'employment', expect: [A.vision, A.jobs, A.huguan, A.smallMatters] }, // 7, 3, 3, 3
  { q: 'conscription', expect: [A.conscription] }, // 13
  { q: 'odd-job market', expect: [A.smallMatters, A.vision] }, // 6, 1
  { q: 'canteens', expect: [A.projects] }, // 3
  { q: 'museum', expect: [A.museum] }, // 14
  { q: 'traffic police', expect: [A.police] }, // 8
  { q: 'zero-carbon', expect: [A.zeroCarbon] }, // 15
  { q: 'coal mine', expect: [A.zeroCarbon] },
  { q: 'Party members', expect: [A.partyMembers] }, // 8
  { q: 'e-commerce', expect: [A.huaihai, A.partyMembers] }, // 2, 1
  { q: 'Shangdang', expect: [A.reform, A.projects, A.smallMatters, A.jobs] }, // 33, 27, 12, 3
  { q: 'Luzhou District', expect: [A.huaihai, A.vision, A.reform] }, // 2, 2, 1
  { q: 'Lucheng', expect: [A.vision, A.partyMembers] }, // 4, 3
  { q: 'Pingshun', expect: [A.partyMembers, A.huaihai] }, // 5, 2
  { q: 'Xihuo', expect: [A.projects] }, // 4
  { q: 'sewage treatment', expect: [A.smallMatters] }, // 8
  { q: 'old residential compounds', expect: [A.huguan, A.smallMatters, A.projects] }, // 2, 2, 1
  { q: 'kindergartens', expect: [A.jobs, A.vision, A.projects, A.huguan] }, // 3, 2, 2, 1
  { q: 'hospital', expect: [A.vision, A.projects, A.huguan] }, // 13, 5, 5
  { q: 'fitness', expect: [A.projects] }, // 6
  { q: 'skills training', expect: [A.vision, A.jobs, A.smallMatters] }, // 2, 1, 1
  { q: 'chef', expect: [A.smallMatters, A.vision] }, // 2, 1
  { q: 'reform', expect: [A.reform] }, // 13
  { q: 'high-tech zone', expect: [A.hiTech] },
  { q: 'university students', expect: [A.museum] },
  { q: 'Sichuan pepper', expect: [A.reform] },
  { q: 'teleconference', expect: [A.conscription] },
  { q: 'pensions', expect: [A.huguan] }, // 4
  { q: 'wages', expect: [A.huguan] }, // 2
  { q: 'infants', expect: [A.vision] }, // 4
  { q: 'G207', expect: [A.huguan] },
];
