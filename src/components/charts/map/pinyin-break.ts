// Where a place name written in pinyin (`Shangdang`, `Xiangyuan`) may break across two lines: between two
// of its syllables, never inside one, so a tile too narrow for the whole word reads `Shang-` / `dang`
// rather than shrinking it. A syllable is an initial and a final of Hanyu Pinyin (without tones: the site's
// English names have none); only a word's first syllable may lack the initial, as pinyin writes a later
// one that starts with a vowel after an apostrophe (`Xin'an`), so `Xiangyuan` breaks `Xiang-` / `yuan`,
// never `Xi-` / `angyuan`.

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|üe|ve|er|a|o|e|i|u|ü|v)';
/** Whole syllables from a word's start (the first may open with a vowel). */
const WORD_START = new RegExp(`^${INITIAL}?${FINAL}(?:${INITIAL}${FINAL})*$`, 'i');
/** Whole syllables from inside a word (each opens with an initial). */
const WORD_INSIDE = new RegExp(`^(?:${INITIAL}${FINAL})+$`, 'i');

/**
 * The ways to break `word` into two lines between syllables, as [first line with a hyphen, second line]:
 * `Shangdang` → [[`Shang-`, `dang`]]. None for a word that is not pinyin throughout.
 */
export function syllableBreaks(word: string): [string, string][] {
  const breaks: [string, string][] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i - 1] === "'") continue; // the same break as before the apostrophe
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const afterApostrophe = tail.startsWith("'");
    const tailFits = afterApostrophe ? WORD_START.test(tail.slice(1)) : WORD_INSIDE.test(tail);
    if (WORD_START.test(head) && tailFits) breaks.push([`${head}-`, afterApostrophe ? tail.slice(1) : tail]);
  }
  return breaks;
}
