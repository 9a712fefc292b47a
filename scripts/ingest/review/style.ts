// The review report's look, inlined into every page so a page opens on its own from a folder: readable
// tables that wrap long Chinese lines, and one colour per article (A1, A2 …), told apart by hue with the
// label beside it, so nothing depends on colour alone.

export const REVIEW_CSS = `body { font: 15px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 1rem auto; max-width: 80rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4rem; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; }
td.text { white-space: pre-wrap; word-break: break-word; }
.tag { display: inline-block; min-width: 2.2em; padding: 0 0.3em; border-radius: 0.3em; font-weight: 600; text-align: center; color: #000; text-decoration: none; }
.articles { list-style: none; padding: 0; }
.article { border-left: 0.5rem solid; padding: 0.25rem 0.75rem; margin: 0.75rem 0; }
.article .title { font-size: 1.05rem; font-weight: 600; margin: 0.25rem 0; }
dl { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0.25rem 0; }
dt { font-weight: 600; }
dt::after { content: ":"; }
dd { margin: 0; }
table.figures { margin: 0.5rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; }
tr.dropped td, tr.dropped th { color: #666; background: #f4f4f4; text-decoration: line-through; }
tr.none td, tr.none th { background: #fff; }
.warnings { margin: 0.25rem 0; padding-left: 1.2rem; color: #7a2e00; }
.hint { font-weight: 600; color: #00457a; }
.error { color: #a00000; font-weight: 600; }
.quiet { color: #555; }
`;

/** Per-article colours: a light background for its blocks and label, a strong edge for its entry. */
export function articleColours(count: number): string {
  const rules: string[] = [];
  for (let n = 1; n <= count; n++) {
    const hue = Math.round((n * 137.508) % 360);
    rules.push(
      `.a${n} td, .a${n} th[scope="row"], .a${n} .tag, .tag[href="#a${n}"] { background: hsl(${hue} 70% 92%); }\n.article.a${n} { border-color: hsl(${hue} 60% 45%); }`,
    );
  }
  return rules.join('\n');
}
