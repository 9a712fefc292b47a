// A label's last form: the quotes of a name the sentence prints kept, a span of ages written with 至, and at most
// MAX_LABEL_LENGTH characters cut at a word boundary. Split from label.ts, which passes every label it returns through fit.

import { closedUp, tagWords } from './words.ts';
import { QUOTES } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { ageSpanWritten } from './label-ages.ts';

/** A name the sentence prints in quotes keeps them in the label (`组建“双招双引”小分队`): they were taken out to tag it. */
export function quoted(label: string, sentence: string): string {
  let out = label.replace(QUOTES, '');
  for (const [whole, open, name, close] of sentence.matchAll(/([“‘「『"])([^“”‘’「」『』"]{2,12})([”’」』"])/g)) {
    if (out.includes(name!) && !out.includes(whole)) out = out.replace(name!, `${open}${name}${close}`);
    // A label that opens on the tail of a quoted name, the words cut it there (`推出“一件事一次办”事项38项` →
    // 办事项, `建设"同步课堂"教室146间` → 课堂教室), takes the whole name.
    else if (!out.includes(name!)) {
      for (let k = 1; k < name!.length; k++) {
        const rest = out.slice(name!.length - k);
        if (out.startsWith(name!.slice(k)) && rest && sentence.includes(`${whole}${rest}`)) {
          out = `${whole}${rest}`;
          break;
        }
      }
    }
  }
  return out;
}

/**
 * At most MAX_LABEL_LENGTH characters, cut at a word boundary from the start (the head noun is last); a space
 * between two Chinese characters, a letter-spaced heading's (`投 资`, `合 计`), goes first.
 */
export function fit(printed: string): string {
  // (A span of ages takes the one mark, 至: label-ages.ts.)
  const label = ageSpanWritten(closedUp(printed));
  if (label.length <= MAX_LABEL_LENGTH) return label;
  const words = tagWords(label);
  let i = 0;
  while (i < words.length && label.length - words[i]!.start > MAX_LABEL_LENGTH) i++;
  const cut = label.slice(words[i]?.start ?? label.length - MAX_LABEL_LENGTH);
  // A quote cut in half leaves its pair out too.
  return (cut.match(/“/g) ?? []).length === (cut.match(/”/g) ?? []).length ? cut : cut.replace(/[“”]/g, '');
}
