// Finds the places a text names, by the form of the names rather than by lists of exceptions: a name that
// ends in a division suffix (市/区/县/镇/乡/街道) carries its own right edge and is read wherever it stands,
// the longest one first (长治高新区 is the zone, not 长治市 followed by 高新区); a bare stem such as 壶关 is
// not read when a division suffix follows it, because then it heads a longer place-like word this gazetteer
// does not hold (潞城镇 is a town in Beijing, not 潞城区); and a form that is also an ordinary word (长子
// "eldest son", 平顺 "smooth", 高新区 "any high-tech zone") is read only where a phrase starts: at the start,
// after a character that is not Chinese, or right after another place — or in a list of places, joined to
// one by 、和与及至到 (长治至平顺, 来自平顺、武乡). Nothing is read from a pattern, so
// 让城乡居民 names no place. Generic over the place type so the gazetteer can build it without a cycle.

/** One way a place is written, with the rules that say where it may be read. */
export interface SurfaceForm<P> {
  readonly text: string;
  readonly place: P;
  readonly kind: MentionKind;
  /** Read only where a phrase starts (the form is also an ordinary word). */
  readonly needsLeftBoundary: boolean;
  /** Not read when a division suffix follows (the form is a bare stem). */
  readonly needsRightBoundary: boolean;
}

/** `name`: the official name; `short`: a form the paper uses (壶关); `former`: a name a reform replaced. */
export type MentionKind = 'name' | 'short' | 'former';

export interface Mention<P> {
  /** UTF-16 offsets into the text: `text.slice(start, end)` is the form read. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  /** The place meant, when the form or its context tells; undefined when two places share the form. */
  readonly place?: P;
  /** Every place the form can mean (one, unless the form is ambiguous). */
  readonly candidates: readonly P[];
}

/** Picks the place an ambiguous form means from the mentions before it, or says it cannot. */
export type Resolver<P> = (
  candidates: readonly P[],
  before: readonly Mention<P>[],
  text: string,
  start: number,
) => P | undefined;

const DIVISION_SUFFIX = /(?:市|区|县|镇|乡|街道)$/;
const FOLLOWING_SUFFIX = /^(?:市|区|县|镇|乡|村|街道)/;
const HAN = /\p{Script=Han}/u;
/** Joins the places of a list or a route: 平顺、武乡; 长治至平顺. Not the comma, which ends a phrase. */
const LIST_JOINER = /^[、和与及至到]$/u;

/** True when a form ends in a division suffix, and so needs no check on its right. */
export function endsInDivisionSuffix(text: string): boolean {
  return DIVISION_SUFFIX.test(text);
}

/** Builds a scanner over the given forms: leftmost, longest, by the rules above. */
export function createScanner<P>(forms: readonly SurfaceForm<P>[], resolve: Resolver<P>): (text: string) => Mention<P>[] {
  const byText = new Map<string, SurfaceForm<P>[]>();
  for (const form of forms) byText.set(form.text, [...(byText.get(form.text) ?? []), form]);
  // Forms by their first UTF-16 unit, longest first, so each position costs one map look-up.
  const byFirst = new Map<string, string[]>();
  for (const text of byText.keys()) byFirst.set(text[0]!, [...(byFirst.get(text[0]!) ?? []), text]);
  for (const texts of byFirst.values()) texts.sort((a, b) => b.length - a.length);
  // The first units as numbers: a position that begins no form is passed over without making a string of it.
  const firstUnits = new Set([...byFirst.keys()].map((unit) => unit.charCodeAt(0)));

  return (text) => {
    const mentions: Mention<P>[] = [];
    let i = 0;
    while (i < text.length) {
      if (!firstUnits.has(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const mention = readAt(text, i, mentions);
      if (mention) {
        mentions.push(mention);
        i = mention.end;
      } else i += 1;
    }
    return mentions;
  };

  function readAt(text: string, start: number, before: readonly Mention<P>[]): Mention<P> | undefined {
    // Most positions begin no form: one look-up, before the boundary tests below.
    const starting = byFirst.get(text[start]!);
    if (!starting) return undefined;
    const afterPlace = before.length > 0 && before[before.length - 1]!.end === start;
    const afterListed = before.length > 0 && before[before.length - 1]!.end === start - 1 && LIST_JOINER.test(text[start - 1]!);
    const atPhraseStart = start === 0 || afterPlace || afterListed || !HAN.test(text[start - 1]!);
    for (const candidate of starting) {
      if (!text.startsWith(candidate, start)) continue;
      const end = start + candidate.length;
      const headsLongerName = FOLLOWING_SUFFIX.test(text.slice(end, end + 2));
      const fitting = byText.get(candidate)!.filter(
        (form) =>
          (!form.needsLeftBoundary || atPhraseStart || beforeListedPlace(text, end)) && (!form.needsRightBoundary || !headsLongerName),
      );
      if (fitting.length === 0) continue;
      const candidates = [...new Set(fitting.map((form) => form.place))];
      const place = candidates.length === 1 ? candidates[0] : resolve(candidates, before, text, start);
      return { start, end, text: candidate, kind: fitting[0]!.kind, place, candidates };
    }
    return undefined;
  }

  /** A list joiner at `end`, then a form that needs no phrase start (`平顺、武乡`: 武乡 follows). */
  function beforeListedPlace(text: string, end: number): boolean {
    if (!LIST_JOINER.test(text[end] ?? '')) return false;
    return (byFirst.get(text[end + 1] ?? '') ?? []).some(
      (candidate) => text.startsWith(candidate, end + 1) && byText.get(candidate)!.some((form) => !form.needsLeftBoundary),
    );
  }
}
