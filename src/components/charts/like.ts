// Which figures one chart may set side by side (issue 14): like with like. Figures compare when they count
// the same thing (one measure of the vocabulary, src/domain/measures.ts, or, where a figure has none, the
// same label; an open measure such as money invested, and a measure under which one place gives two
// differently labelled figures of one period, need the same label too), with the same status (done, planned, aimed at, expected), the same kind (a total, what is
// new in the period, a running total, per head, a share, a rate, a change — and for a change, the same
// direction), the same unit and comparable periods (the same period as printed, or, where none is
// printed, the same year). Under one measure, figures of different subjects (`高技能人才` beside
// `技能人才`: a part beside its whole; `托育机构`, `托育点`, `托育中心`: different things) compare only
// under their subject; a measure followed over the years (measureSeries) joins only periods of one kind
// of span (like-span.ts: a year with a year, never a running total since 2024). An anecdote compares with nothing, and neither does a figure whose status,
// kind or year nobody has read: it may be a plan, a share or another year. choose.ts builds every
// chart from these groups; the figures eval (scripts/eval/figures-charts.ts) and its CI gate check
// what comes out.
import { isDataFigure, type FigureKind, type FigureRecord, type FigureStatus } from '../../domain/figure.ts';
import { measureByKey } from '../../domain/measures.ts';
import { regionInfo } from '../../domain/places/regions.ts';
import { spanOf } from './like-span.ts';
import { cmp, textOrder } from './order.ts';

/** Units that say when or how old, not how much: bars of them compare nothing. */
export const NOT_AMOUNTS: ReadonlySet<string> = new Set(['年', '岁', '月', '个月', '天', '日', '小时', '届', '期', '版']);

/** Statuses a chart draws: `actual` figures, and plans, targets and forecasts in charts of their own. */
export type ChartedStatus = Exclude<FigureStatus, 'anecdote'>;

/** What the members of one group share, and so what its chart is titled and captioned with. */
export interface LikeGroupInfo {
  /** The group's identity: what its members share, as one string. */
  key: string;
  /** The measure key the members share, where they have one. */
  measure?: string;
  /** The label the members share, where they have no measure or the measure needs one (see above). */
  label?: string;
  /** The subject the members share, where their measure holds figures of different subjects (see above). */
  subject?: string;
  status: ChartedStatus;
  kind: FigureKind;
  unit: string;
  /** The period as printed, where the members share one; else they share `year`. */
  period?: string;
  year?: number;
  /** The kind of span the period is (like-span.ts): what a measure series joins across years. */
  span: string;
}

export interface LikeGroup extends LikeGroupInfo {
  figures: FigureRecord[];
}

/** A figure a chart may draw at all: a single finite amount that may be shown as data (not an anecdote). */
export function drawable(f: FigureRecord): f is FigureRecord & { status?: ChartedStatus } {
  return isDataFigure(f) && !f.range && Number.isFinite(f.value) && !NOT_AMOUNTS.has(f.unit);
}

function labelOf(f: FigureRecord): string | undefined {
  return (f.label ?? f.subject ?? '').trim() || undefined;
}

/**
 * Words of a label that say which part of a measure's population is counted (`备案托育机构` against all
 * providers, `普惠性托位` against all places, `农村公路` against all roads), per what (`人均`, `每月`) or by
 * which works (`新建换热站` against `新建改造换热站`, which counts renovated ones too): two labels of one
 * measure that differ in them count different things and never share a series.
 */
const DEFINING_WORDS = ['备案', '普惠', '公办', '民办', '农村', '城镇', '城区', '乡镇', '人均', '户均', '村均', '每月', '月均', '日均', '年均', '每年', '每户', '每人'] as const;

/**
 * The works a label counts, where it names building: `新建` alone (built only) against `新建改造` (built or
 * renovated). A label that names renovation alone (`背街小巷改造`) or no works at all says nothing
 * against another label of the measure, whose works are the measure's own.
 */
function works(label: string): string[] {
  if (/新建(?:和|及|与|、)?改造/.test(label)) return ['新建改造'];
  return label.includes('新建') ? ['新建'] : [];
}

function definingWords(label: string | undefined): string {
  return label ? [...DEFINING_WORDS.filter((w) => label.includes(w)), ...works(label)].join('+') : '';
}

/**
 * How wide the place a figure is about: the city (or wider: the province) against a county, the zone or a
 * town. A chart setting places side by side never draws the city beside one of its own counties or towns —
 * the city's figure holds theirs. A county and its towns may share a group (small multiples mark each cell
 * county-wide or a town); a figure with no place is kept apart from both.
 */
function scopeOf(f: FigureRecord): 'wide' | 'local' | 'none' {
  if (!f.region) return 'none';
  const level = regionInfo(f.region)?.level;
  return level === 'county' || level === 'town' ? 'local' : 'wide';
}

/** A subject or label without spaces or marks (`◆加装电梯` is `加装电梯`). */
const bare = (text: string | undefined) => (text ?? '').replace(/[^\p{L}\p{N}]+/gu, '') || undefined;

/**
 * Whether two figures count the same subject noun. A figure written by hand carries no subject, only its
 * label and the measure an editor gave it: the editor's measure vouches for it, so it counts what the
 * others of its measure count (as before subjects were read).
 */
export function sameSubject(a: FigureRecord, b: FigureRecord): boolean {
  const [sa, sb] = [bare(a.subject), bare(b.subject)];
  return !sa || !sb || sa === sb;
}

/**
 * A figure's subject among others of its measure: its own; else (written by hand) the longest of theirs
 * its label ends with (`新建改造供热管网`: 供热管网), else the one most of them count, else its label.
 */
function subjectAmong(f: FigureRecord, others: readonly FigureRecord[]): string | undefined {
  const own = bare(f.subject);
  if (own) return own;
  const label = bare(labelOf(f)) ?? '';
  const subjects = others.flatMap((o) => (bare(o.subject) ? [bare(o.subject)!] : []));
  const ending = subjects.filter((s) => label.endsWith(s)).sort((x, y) => y.length - x.length)[0];
  const counts = new Map<string, number>();
  for (const s of subjects) counts.set(s, (counts.get(s) ?? 0) + 1);
  const most = [...counts].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0];
  return ending ?? most ?? bare(labelOf(f));
}

/** How finely a figure's measure is told apart: the measure alone, with its subject, or with its label. */
export type LikeDetail = 'measure' | 'subject' | 'label';

/** What a figure counts, for grouping: its measure key (with its subject or label where asked, its label for an open measure), else its label (else its older subject). */
function thingCounted(f: FigureRecord, detail: LikeDetail, among: readonly FigureRecord[]): { measure?: string; label?: string; subject?: string } | undefined {
  const label = labelOf(f);
  if (f.measure && detail !== 'label' && !measureByKey(f.measure)?.open) {
    if (detail === 'measure') return { measure: f.measure };
    const subject = subjectAmong(f, among);
    return subject ? { measure: f.measure, subject } : undefined;
  }
  if (!label) return undefined;
  return f.measure ? { measure: f.measure, label } : { label };
}

/** The period key: the period as printed (spaces dropped), else the year; none when neither is known. */
function periodOf(f: FigureRecord): { period?: string; year?: number } | undefined {
  const period = f.period?.replace(/\s+/g, '');
  if (period) return { period };
  return f.year !== undefined ? { year: f.year } : undefined;
}

/**
 * What a figure has in common with those it compares with, or none when it compares with nothing.
 * `detail`: the thing counted is the measure, the measure and the subject, or the measure and the label
 * (likeGroups, where a measure proves too wide).
 */
export function likeInfo(f: FigureRecord, detail: LikeDetail = 'measure', among: readonly FigureRecord[] = []): LikeGroupInfo | undefined {
  // By measure or by label the answer is the figure's own: worked out once per figure record (never changed
  // once loaded), though every topic's, place's and report's charts group the same figures (issue 17).
  if (detail === 'subject') return readLikeInfo(f, detail, among);
  const memo = infoMemo[detail];
  if (memo.has(f)) return memo.get(f);
  const info = readLikeInfo(f, detail, among);
  memo.set(f, info);
  return info;
}

const infoMemo = { measure: new WeakMap<FigureRecord, LikeGroupInfo | undefined>(), label: new WeakMap<FigureRecord, LikeGroupInfo | undefined>() };

function readLikeInfo(f: FigureRecord, detail: LikeDetail, among: readonly FigureRecord[]): LikeGroupInfo | undefined {
  if (!drawable(f) || !f.status || !f.kind) return undefined;
  const what = thingCounted(f, detail, among);
  const when = periodOf(f);
  if (!what || !when) return undefined;
  // A rise and a fall of one measure are both printed as positive amounts: bars of both would read alike.
  const direction = f.kind === 'change' ? (f.change?.direction ?? '') : '';
  const key = [
    [what.measure ? `m:${what.measure}` : '', what.subject !== undefined ? `s:${what.subject}` : '', what.label !== undefined ? `l:${what.label}` : ''].join(''),
    // Under one measure, labels that differ in a defining word count different things.
    what.label === undefined ? `d:${definingWords(labelOf(f))}` : '',
    `w:${scopeOf(f)}`,
    f.status,
    f.kind + direction,
    f.unit,
    `t:${spanOf(when.period)}`,
    when.period !== undefined ? `p:${when.period}` : `y:${when.year}`,
  ].join('\u0000');
  return { key, ...what, status: f.status, kind: f.kind, unit: f.unit, ...when, span: spanOf(when.period) };
}

function collect(figures: readonly FigureRecord[], info: (f: FigureRecord) => LikeGroupInfo | undefined): LikeGroup[] {
  const groups = new Map<string, LikeGroup>();
  for (const f of figures) {
    const like = info(f);
    if (!like) continue;
    const group = groups.get(like.key);
    if (group) group.figures.push(f);
    else groups.set(like.key, { ...like, figures: [f] });
  }
  return [...groups.values()];
}

/**
 * A measure group in which one place gives two figures with different labels is not one quantity: a
 * measure series sets places (or periods) side by side, one value each, and two values for one place
 * and period are two things the measure lumps together (`托育机构` for registered providers and for
 * county centres), or a breakdown of one. Its members compare only under one label.
 */
function tooWide(group: LikeGroup): boolean {
  if (group.label !== undefined) return false;
  // A measure whose members count different subjects is split by subject first (mixesSubjects).
  const labels = new Map<string, Set<string | undefined>>();
  for (const f of group.figures) labels.set(f.region ?? '', (labels.get(f.region ?? '') ?? new Set()).add(labelOf(f)));
  return [...labels.values()].some((set) => set.size > 1);
}

/**
 * A measure group whose members count different subject nouns: one a part of the other (`高技能人才` of
 * `技能人才`, `县级污水处理厂` of `污水处理厂`) or another thing (`托育机构`, `托育点`, `托育中心`; `固投`
 * and `工业投资`). Whatever the places, the measure lumps them together; its members compare only under
 * one subject.
 */
function mixesSubjects(group: LikeGroup): boolean {
  if (group.label !== undefined || group.subject !== undefined) return false;
  // Two figures differ when both name a subject and the names differ (sameSubject): more than one name among
  // them, counted in one pass (comparing every pair grew with the square of a measure's figures).
  return new Set(group.figures.map((f) => bare(f.subject)).filter((s) => s !== undefined)).size > 1;
}

/**
 * A chart names each bar by its place and year, so within one report figures of a group that share both
 * are told apart by nothing the chart can show: different values there are different things the label
 * does not separate (a breakdown: 50, 100 and 600 元 a month for three age bands; a before and an after)
 * and leave the group. The same value for one place and year is one fact printed twice (in one report or
 * several): drawn once, the first in the text. Two reports giving one place and year different values
 * both stay: what the papers say, each bar linking its report.
 */
function onePerPlaceAndYear(group: LikeGroup): LikeGroup {
  const byReport = new Map<string, FigureRecord[]>();
  for (const f of [...group.figures].sort(textOrder)) {
    const at = `${f.region ?? ''}\u0000${f.year ?? ''}\u0000${f.article}`;
    const same = byReport.get(at);
    if (same) same.push(f);
    else byReport.set(at, [f]);
  }
  const kept: FigureRecord[] = [];
  const seen = new Set<string>();
  for (const same of byReport.values()) {
    if (new Set(same.map((f) => f.value)).size > 1) continue;
    const f = same[0]!;
    const fact = `${f.region ?? ''}\u0000${f.year ?? ''}\u0000${f.value}`;
    if (seen.has(fact)) continue;
    seen.add(fact);
    kept.push(f);
  }
  // A set: a measure's group on the dashboard has thousands of figures, and a list's includes() grew with its square.
  const keptSet = new Set(kept);
  return { ...group, figures: group.figures.filter((f) => keptSet.has(f)) };
}

/**
 * The figures as like-with-like groups of at least `min` members, each figure in one group at most, in
 * the order of their keys (the caller orders them for its page). Figures that compare with nothing are
 * left out.
 */
export function likeGroups(figures: readonly FigureRecord[], min = 2): LikeGroup[] {
  const groups = collect(figures, (f) => likeInfo(f))
    .flatMap((g) => (mixesSubjects(g) ? collect(g.figures, (f) => likeInfo(f, 'subject', g.figures)) : [g]))
    .flatMap((g) => (tooWide(g) ? collect(g.figures, (f) => likeInfo(f, 'label')) : [g]));
  return groups
    .map(onePerPlaceAndYear)
    .filter((g) => g.figures.length >= min)
    .sort((a, b) => cmp(a.key, b.key));
}

/** True when the group's figures are plans, targets or forecasts: their chart is titled as such. */
export function isIntended(status: FigureStatus | undefined): boolean {
  return status === 'plan' || status === 'target' || status === 'forecast';
}

/**
 * Why these figures do not make one chart, in a few words for an editor (`<FigureChart ids>`), or none
 * when they are one like-with-like group.
 */
export function unlikeness(figures: readonly FigureRecord[]): string | undefined {
  const anecdote = figures.find((f) => !isDataFigure(f));
  if (anecdote) return `${anecdote.id} is one person's account (status: anecdote), which no chart draws`;
  const unread = figures.find((f) => !likeInfo(f));
  if (unread) return `${unread.id} cannot be compared: it needs a status, a kind, a year (or period) and a label or measure, and a single amount (not a range, not years or ages)`;
  const infos = figures.map((f) => likeInfo(f)!);
  const differ = (name: string, of: (i: LikeGroupInfo) => unknown) => (new Set(infos.map(of)).size > 1 ? name : undefined);
  const fields = [
    differ('measure or label', (i) => `${i.measure ?? ''}|${i.label ?? ''}`),
    differ('status', (i) => i.status),
    differ('kind', (i) => i.kind),
    differ('unit', (i) => i.unit),
    differ('period or year', (i) => `${i.period ?? ''}|${i.year ?? ''}`),
  ].filter(Boolean);
  if (fields.length > 0) return `their ${fields.join(', ')} differ`;
  const groups = likeGroups(figures, 1);
  if (groups.length > 1 && figures.some((a) => figures.some((b) => !sameSubject(a, b)))) return 'they count different things (their subjects differ: a part beside its whole, or another noun)';
  if (groups.length !== 1 || groups[0]!.figures.length !== figures.length) return 'two of them give the same place and year (two different things, or one figure twice), so no bar could say which is which';
  return undefined;
}

/**
 * One measure followed across places and years (issue 18, a measure's page): the like-with-like groups
 * of one measure (with its subject or label, where the measure needs one), status, kind, unit and kind of
 * span (like-span.ts), whatever their year. Each chart and table of a measure page draws one series, so it
 * never sets a plan beside what was done, a running total beside what is new, a total since 2024 beside
 * one year's, or two units.
 */
export interface MeasureSeries extends Omit<LikeGroupInfo, 'period' | 'year'> {
  measure: string;
  /** The like-with-like groups (one per period) it is made of, in key order. */
  groups: LikeGroup[];
  /** Every figure of the groups. */
  figures: FigureRecord[];
}

/** The part of a like-group key that says what is counted and how, and over what kind of span, not when. */
function seriesKey(group: LikeGroupInfo): string {
  return group.key.split('\u0000').slice(0, -1).join('\u0000');
}

/**
 * The figures with a measure key as measure series, each of at least `min` figures: likeGroups (which
 * already drops what compares with nothing, splits a measure too wide and keeps one value per place, year
 * and report) joined across periods. In key order; the caller orders them for its page.
 */
export function measureSeries(figures: readonly FigureRecord[], min = 2): MeasureSeries[] {
  const series = new Map<string, MeasureSeries>();
  for (const group of likeGroups(figures.filter((f) => f.measure), 1)) {
    const key = seriesKey(group);
    const found = series.get(key);
    if (found) {
      found.groups.push(group);
      found.figures.push(...group.figures);
      continue;
    }
    const { period: _period, year: _year, figures: members, ...info } = group;
    series.set(key, { ...info, key, measure: group.measure!, groups: [group], figures: [...members] });
  }
  return [...series.values()].filter((s) => s.figures.length >= min);
}
