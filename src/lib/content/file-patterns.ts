// Glob patterns that name exactly a given list of files, for Astro's glob() loader (a group's shard loads its own
// reports' files; kept-glob.ts loads the files changed since the last sync). One pattern per file made the
// loader's glob (tinyglobby, picomatch) test every file of the folder against every pattern: at 50,435
// articles, a group of 7,876 reports spent 163 s of its 9-minute run syncing content, and a probe of the same
// folder took 14 s for 2,000 patterns, 36 s for 4,000 (2026-12-05). The files of one folder are named together in
// brace patterns instead (`zh/{a,b,c}.md`), each under picomatch's limit on a pattern's length: 8,000 files
// in 0.3 s. A file whose name holds a character a brace pattern would read as syntax keeps a pattern of its own.

/** Characters that are plain text in a brace list: the names ingest writes (pinyin slugs) are made of them. */
const PLAIN = /^[A-Za-z0-9_.\u00A0-\uFFFF-]+$/u;

/** Longest brace pattern: picomatch refuses patterns over 65,536 characters. */
const MAX_PATTERN = 30_000;

/** A file name as a glob pattern that matches it alone. */
export const literalPattern = (file: string): string => file.replace(/[\\*?[\]{}()!+@,]/g, '\\$&');

/**
 * Patterns (relative to the loader's base, forward slashes) that match `files` and no other path: the plain
 * names of one folder with one extension in brace lists, any other name alone.
 */
export function filePatterns(files: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  const alone: string[] = [];
  for (const file of new Set(files)) {
    const slash = file.lastIndexOf('/');
    const dir = file.slice(0, slash + 1);
    const name = file.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : '';
    const extension = dot > 0 ? name.slice(dot) : '';
    if (!stem || stem.startsWith('.') || !PLAIN.test(stem) || !PLAIN.test(extension) || !PLAIN.test(dir.replaceAll('/', '')) || /[{}]/.test(dir)) {
      alone.push(literalPattern(file));
      continue;
    }
    const key = `${dir}\0${extension}`;
    const stems = groups.get(key);
    if (stems) stems.push(stem);
    else groups.set(key, [stem]);
  }
  const patterns: string[] = [];
  for (const [key, stems] of groups) {
    const [dir, extension] = key.split('\0') as [string, string];
    for (let at = 0; at < stems.length; ) {
      const chunk: string[] = [];
      let length = dir.length + extension.length + 2;
      while (at < stems.length && (chunk.length === 0 || length + stems[at]!.length + 1 <= MAX_PATTERN)) {
        length += stems[at]!.length + 1;
        chunk.push(stems[at++]!);
      }
      // A brace list of one name is not a list to picomatch: that name stands alone.
      patterns.push(chunk.length === 1 ? literalPattern(`${dir}${chunk[0]}${extension}`) : `${dir}{${chunk.join(',')}}${extension}`);
    }
  }
  return [...patterns, ...alone];
}
