// The Chinese words inside an English sentence (`about (约, 近, 左右)`, `e.g. 近200万元`), split out so a page
// can mark each with lang="zh-CN": screen readers then read them as Chinese and browsers pick a Chinese font.
// A run is Han characters with the digits and `.` or `%` printed among them; a full stop after it is English.

export interface TextRun {
  text: string;
  /** The run is Chinese (Han characters, with any digits printed among them). */
  chinese: boolean;
}

const CHINESE_RUN = /[\d.%]*\p{Script=Han}[\p{Script=Han}\d.%]*/gu;

/** `over (余, 多)` → `over (`, `余`, `, `, `多`, `)`: the text in order, each Chinese run apart. */
export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    const run = match[0].replace(/\.+$/, '');
    if (match.index > at) runs.push({ text: text.slice(at, match.index), chinese: false });
    runs.push({ text: run, chinese: true });
    at = match.index + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
  return runs;
}
