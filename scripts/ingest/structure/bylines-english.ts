// An English item's bylines and photo credits by their form (bylines.ts reads them among its line forms): who wrote
// it, for which paper, where it was filed, who took the pictures.

// `Photo by Wang Jun`, `Photos: Li Na`, `Photo: Xinhua`; in brackets, `[Photo by Li Na]`, `(Photo/Li Na)`.
// In capitals too: `PHOTO BY LI NA`.
export const ENGLISH_PHOTO_CREDIT = /^(?:(?:Photos?|Photographs?) ?(?:by|:) ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|PHOTOS? ?(?:BY|:) ?[A-Z]+(?: [A-Z]+){0,2}|[[(（【](?:Photos?|Photographs?) ?(?:by|:|\/) ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[\])）】])$/u;

/** The English forms of a byline or a photo credit line (bylines.ts LINE_FORMS). */
export const ENGLISH_LINE_FORMS: readonly RegExp[] = [
  // An English item's signature in brackets: `(Li Na)`, `(By Wang Fang)`, `(Reporter: Guo Feng)`, `(Xinhua)`.
  /^[(（](?:By:? |Reporters?: |Correspondents?: )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}(?:(?:, | and )[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})*[)）]$/u,
  // `Zhao Min / Changzhi Daily`: the reporter and the paper; `Photo by Wang Jun`, `Photo: Wang Jun`: a photo credit.
  /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?: and [A-Z][a-z]+(?: [A-Z][a-z]+){1,2})? ?[/|] ?(?:[A-Z][a-z]+ ){0,3}(?:Daily|News|Evening|Times|Weekly|Post|Herald)$/u,
  ENGLISH_PHOTO_CREDIT,
  // `By Wang Xiaoyu in Wuxiang`: the reporter and where the story was filed; `Wang Xiaoyu, Changzhi Daily`: and the
  // paper; `Story and photos by Li Na`, `Text and photo by Li Na`, `Compiled by Li Na`: who wrote, took the pictures
  // or put the items together.
  /^(?:By|BY) [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3}(?:(?:, | and )[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3})* in [A-Z][a-z]+(?: [A-Z][a-z]+)?$/u,
  /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}, (?:[A-Z][a-z]+ ){0,3}(?:Daily|News|Evening|Times|Weekly|Post|Herald)$/u,
  /^(?:Story|Text|Words|Compiled|Edited|Translated)(?: and (?:photos?|pictures?|photographs?))? by [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:(?:, | and )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})*$/u,
  // `Changzhi Daily reporter Zhao Min`, `Shangdang Evening News correspondents Li Na and Wang Jun`, `Reporter: Zhao Min`:
  // the paper, the role in lower case (a title-case `Reporter Visits …` is a headline), the names.
  /^(?:(?:[A-Z][a-z]+ ){1,3}(?:reporters?|correspondents?|staff writers?) |(?:Reporters?|Correspondents?): ?)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:(?:, | and )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})*$/u,
  // `By Wang Fang`, `By Li Na and Zhang Wei`.
  /^(?:[—–]{1,2}\s*)?(?:By|BY):? (?:[Oo]ur (?:reporters?|correspondents?) )?[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3}(?:(?:, | and | AND )[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3})*$/u,
];
