// Generators of the lines a page prints that are never a title or a caption, each by its grammar (issue 15's
// never-rule "no byline, date line or column name as a title or caption"): bylines, photo credits, column names,
// page date lines and page numbers, and the chrome of web, app and WeChat copies. Made-up people, real Changzhi
// units; roles.test.ts sets them into dev pages and checks what the ingest makes of them.
import fc from 'fast-check';

export const ROLES = ['byline', 'credit', 'column', 'page-line', 'chrome'] as const;
export type Role = (typeof ROLES)[number];

// Made-up people: a surname and one or two given characters (or a compound surname and one).
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '郝', '申', '牛', '秦', '常', '崔', '武', '韩', '冯', '郭', '段', '连', '鲍'];
const GIVEN = ['晓', '丽', '建', '伟', '芳', '敏', '磊', '静', '宇', '婷', '海', '军', '红', '鹏', '霞', '斌', '瑶', '涛', '慧', '鑫'];
const COUNTIES = ['潞州区', '上党区', '屯留区', '潞城区', '襄垣县', '平顺县', '黎城县', '壶关县', '长子县', '武乡县', '沁县', '沁源县'];
const BODIES = ['融媒体中心', '教育局', '卫健委', '人社局', '住建局', '民政局', '供热公司', '文旅局'];
const PAPERS = ['长治日报', '上党晚报', '长治日报·周末版'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const S = fc.constantFrom(' ', '　', '  ');

/** A made-up name of two or three characters; a two-character one sometimes set to the width of three (`郝 斌`). */
const name = fc
  .tuple(pick(SURNAMES), fc.array(pick(GIVEN), { minLength: 1, maxLength: 2 }), fc.boolean())
  .map(([s, g, spaced]) => (g.length === 1 && spaced ? `${s} ${g[0]}` : s + g.join('')));
const names = (max: number) => fc.tuple(fc.array(name, { minLength: 1, maxLength: max }), fc.constantFrom(' ', '　', '、')).map(([ns, sep]) => ns.join(sep));
const county = pick(COUNTIES);
const ROLE_WORDS = ['本报记者', '记者', '通讯员', '实习生', '特约记者', '融媒体记者', '本报通讯员'];
const roleWord = pick(ROLE_WORDS);

/** `本报记者 王晓 通讯员 李丽`, `文/图 张敏`, `记者 申磊 摄`, `沁县融媒体中心 郝静`, `（通讯员 秦鹏）`. */
export const byline: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(roleWord, S, names(4)).map(([r, s, n]) => `${r}${s}${n}`),
  fc.tuple(roleWord, S, names(2), S, roleWord, S, names(2)).map((p) => p.join('')),
  fc.tuple(pick(['文/图', '文／图', '图/文', '文 图', '文　图']), S, fc.option(roleWord, { nil: '' }), name).map(([d, s, r, n]) => `${d}${s}${r}${r ? ' ' : ''}${n}`),
  fc.tuple(roleWord, S, names(2), S, pick(['摄', '摄影', '报道', '文/图'])).map((p) => p.join('')),
  fc.tuple(name, pick([' 摄', '/摄', '　摄影'])).map(([n, d]) => n + d),
  fc.tuple(county, pick(['融媒体中心', '融媒体中心记者']), S, names(2)).map((p) => p.join('')),
  fc.tuple(pick(['（）', '()']), roleWord, fc.constantFrom(' ', ''), name).map(([b, r, s, n]) => `${b[0]}${r}${s}${n}${b[1]}`),
);

/** `记者 王晓 摄`, `图片由武乡县文旅局提供`, `郝静 供图`, `资料图片`, `（沁县融媒体中心供图）`. */
export const credit: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(roleWord, S, names(2), S, pick(['摄', '摄影'])).map((p) => p.join('')),
  fc.tuple(county, pick(BODIES)).map(([c, b]) => `图片由${c}${b}提供`),
  fc.tuple(name, S, pick(['供图'])).map((p) => p.join('')),
  fc.tuple(county, pick(BODIES)).map(([c, b]) => `（${c}${b}供图）`),
  pick(['资料图片', '（资料图片）', '资料图', '摄影 ' + '王丽']),
  fc.tuple(pick(['摄影：', '摄影/']), roleWord, S, name).map((p) => p.join('')),
);

// Column names: a noun phrase of two to eight characters by how papers build them (a field and what the column does).
const FIELDS = ['民生', '县域', '社区', '乡村', '城事', '百姓', '一线', '基层', '热点', '健康', '教育', '就业', '暖心', '政务'];
const DOINGS = ['关注', '传真', '观察', '话题', '追踪', '快讯', '视点', '速递', '纪事', '聚焦', '服务台', '直通车', '面对面', '身边事'];
const columnWords = fc.oneof(
  fc.tuple(pick(FIELDS), pick(DOINGS)).map(([f, d]) => f + d),
  fc.tuple(pick(FIELDS), pick(DOINGS), pick(['·', ' ']), pick(FIELDS), pick(DOINGS)).map(([a, b, sep, c, d]) => `${a}${b}${sep}${c}${d}`),
);
/**
 * `【县域传真】`, `〔基层一线〕`, `「暖心事」`, `《百姓话题》`, `▍城事速递`, `■ 健康直通车`, `民　生　关　注`: set off as a column's name.
 * A bare label (`民生关注`) is left out: between paragraphs a page prints its subheads so, and a short headline too.
 */
export const column: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(['【】', '〔〕', '「」', '《》']), columnWords).map(([b, w]) => `${b[0]}${w}${b[1]}`),
  fc.tuple(pick(['▍', '■', '●', '◆']), fc.constantFrom('', ' ', '　'), columnWords).map((p) => p.join('')),
  fc.tuple(pick(FIELDS), pick(DOINGS)).map(([f, d]) => [...(f + d)].join('　')),
);

const day = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), y: fc.constantFrom(2024, 2025) });
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');
const SECTIONS = ['县域新闻', '民生', '要闻', '综合新闻', '社会', '城事'];
/** `2025年11月18日 星期二`, `2025-11-18`, `第3版`, `A3`, `03版：县域新闻`, `－2－`, `责任编辑：王晓 校对：李丽 美编：张敏`, `长治日报`. */
export const pageLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(day, pick(WEEKDAYS), S).map(([{ y, m, d }, w, s]) => `${y}年${m}月${d}日${s}星期${w}`),
  day.map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.integer({ min: 1, max: 12 }).map((n) => `第${n}版`),
  fc.tuple(pick(['A', 'B']), fc.integer({ min: 1, max: 8 })).map(([l, n]) => `${l}${n}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), pick(SECTIONS)).map(([n, s]) => `${pad(n)}版：${s}`),
  fc.integer({ min: 1, max: 12 }).map((n) => `－${n}－`),
  fc.tuple(name, name, name, S).map(([a, b, c, s]) => `责任编辑：${a}${s}校对：${b}${s}美编：${c}`),
  fc.tuple(name, S).map(([a]) => `责任编辑：${a}`),
  pick(PAPERS),
  fc.tuple(pick(PAPERS), S, day).map(([p, s, { y, m, d }]) => `${p}${s}${y}年${m}月${d}日`),
);

/** `来源：长治日报`, `编辑：王晓`, `审核：李丽`, `发布时间：2025-11-18 09:30`, `阅读 1.2万　点赞 45`, `原标题：…`. */
export const chrome: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(county, pick(BODIES)).map(([c, b]) => `来源：${c}${b}`),
  pick(PAPERS).map((p) => `来源：${p}`),
  fc.tuple(pick(['编辑', '审核', '责编', '初审', '终审']), name).map(([r, n]) => `${r}：${n}`),
  fc.tuple(name, name, S).map(([a, b, s]) => `编辑：${a}${s}审核：${b}`),
  fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([{ y, m, d }, h, mi]) => `发布时间：${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}`),
  fc.tuple(fc.integer({ min: 100, max: 99999 }), fc.integer({ min: 1, max: 999 }), S).map(([r, l, s]) => `阅读 ${r}${s}点赞 ${l}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 200 })).map(([r, l, f]) => `阅读 ${r}.${l % 10}万 点赞 ${l} 分享 ${f}`),
  fc.tuple(county, pick(['供暖', '义诊', '招聘']), fc.boolean()).map(([c, t, q]) => (q ? `原标题：《${c}${t}工作有序推进》` : `原标题：${c}${t}工作有序推进`)),
  fc.tuple(pick(['来源 | ', '来源丨', '来源：']), county, pick(['融媒体中心', '发布'])).map((p) => p.join('')),
  fc.tuple(pick(['编辑丨', '编辑 | ', '责编：']), name, S, pick(['审核丨', '审核 | ', '终审：']), name).map((p) => p.join('')),
  fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 10, max: 59 })).map(([{ y, m, d }, h, mi]) => `发布时间：${y}年${m}月${d}日 ${pad(h)}:${mi}`),
  fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 10, max: 59 })).map(([{ y, m, d }, h, mi]) => `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${mi} 发表于山西`),
  fc.tuple(pick(['阅读量：', '浏览：', '阅读 ']), fc.integer({ min: 100, max: 99999 })).map(([l, n]) => `${l}${n}${l === '浏览：' ? '次' : ''}`),
  pick(['分享 收藏 点赞 在看', '阅读 10万+', '点击上方蓝字关注我们', '长按识别二维码关注', '- END -', '往期推荐']),
);

export const GENERATORS: Record<Role, fc.Arbitrary<string>> = { byline, credit, column, 'page-line': pageLine, chrome };
