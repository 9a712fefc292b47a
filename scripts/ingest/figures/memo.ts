// A memo for the figure reader's pure text functions (jieba's tags of a clause or label, the places in a
// text, a phrase's word bounds): the figures of one sentence or paragraph read the same texts again and
// again, so within one article each is worked out once. extractFigures empties every table when it starts
// an article, so memory stays bounded by one article and a benchmark that repeats pages gains nothing from
// the repeats; a table is also emptied when it fills. Results are shared: callers must not change them.

const TABLES: Map<string, unknown>[] = [];

/** `fn` remembered per text, for up to `max` texts, until forgetTexts(). */
export function boundedMemo<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const table = new Map<string, T>();
  TABLES.push(table as Map<string, unknown>);
  return (text: string): T => {
    const known = table.get(text);
    if (known !== undefined) return known;
    if (table.size >= max) table.clear();
    const value = fn(text);
    table.set(text, typeof value === 'object' && value !== null ? Object.freeze(value) : value);
    return value;
  };
}

/** A table of one article's results by text, for up to `max` texts, emptied with the memos (forgetTexts()). */
export function articleTable<T>(max = 4096): { get(text: string): T | undefined; set(text: string, value: T): void } {
  const table = new Map<string, T>();
  TABLES.push(table as Map<string, unknown>);
  return {
    get: (text) => table.get(text),
    set: (text, value) => {
      if (table.size >= max) table.clear();
      table.set(text, value);
    },
  };
}

/** Empties every memo table (a new article begins). */
export function forgetTexts(): void {
  for (const table of TABLES) table.clear();
}
