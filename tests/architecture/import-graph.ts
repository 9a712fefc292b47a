// The project's import graph, read from the source text, for the architecture test (imports.test.ts).
// A small walk and not dependency-cruiser or madge: dependency-cruiser 17 reads `.ts` only through the
// TypeScript API (< 7) or swc, neither installed here (TypeScript 7 has no JS API), and neither tool reads
// `.astro` files, where half of the site's imports are. So: every `import … from`, `export … from`,
// side-effect `import '…'` and `import('…')` in .ts/.mts/.mjs/.js/.astro files (type-only imports count,
// since they tie the vocabularies together as much as value imports do), relative specifiers resolved
// against the file, packages and `astro:*` left out. Comment lines are skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface ImportEdge {
  /** Repository-relative path with `/` separators: `src/lib/taxonomy.ts`. */
  from: string;
  to: string;
  specifier: string;
  /** 1-based line of the specifier in `from`. */
  line: number;
}

export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
  /** Relative specifiers that name no file: a broken import the walk would otherwise miss. */
  unresolved: ImportEdge[];
}

const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.cache']);

// The clause between `import`/`export` and `from`: names, braces, `* as x`, `type`; never `=` or `;`, so a
// match cannot run from `export const …` on to the next statement's `from`.
const FROM = /(?<=^|[\n;])[ \t]*(?:import|export)\s+(?:[\w$*\s,]|\{[^}]*\})*?\bfrom\s*(['"])([^'"\n]+)\1/g;
const BARE = /(?<=^|[\n;])[ \t]*import\s*(['"])([^'"\n]+)\1/g;
const DYNAMIC = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const COMMENT_LINE = /^[ \t]*(?:\/\/|\/\*|\*).*$/gm;

/** The specifiers a source text imports, with their line numbers, in order of appearance. */
export function importSpecifiers(text: string): { specifier: string; line: number }[] {
  // Blank out comment lines, keeping line breaks so that line numbers stay right.
  const code = text.replace(COMMENT_LINE, '');
  const found: { specifier: string; line: number; at: number }[] = [];
  for (const pattern of [FROM, BARE, DYNAMIC]) {
    for (const m of code.matchAll(pattern)) {
      const at = m.index + m[0].lastIndexOf(m[2]!);
      found.push({ specifier: m[2]!, line: code.slice(0, at).split('\n').length, at });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ specifier, line }) => ({ specifier, line }));
}

function listSources(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (SKIP_DIRS.has(name)) continue;
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(toPosix(relative(root, path)));
    }
  };
  walk(join(root, dir));
  return out;
}

const toPosix = (p: string) => p.split(sep).join('/');

function resolveSpecifier(root: string, from: string, specifier: string, exists: (rel: string) => boolean): string | undefined {
  const bare = specifier.replace(/[?#].*$/, '');
  const base = bare.startsWith('/') ? join(root, bare) : resolve(root, dirname(from), bare);
  const rel = toPosix(relative(root, base));
  for (const candidate of [rel, `${rel}.ts`, `${rel}/index.ts`]) if (exists(candidate)) return candidate;
  return undefined;
}

/** The graph of every source file under `dirs` (repository-relative), edges to any file of the repository. */
export function readImportGraph(root: string, dirs: readonly string[]): ImportGraph {
  const files = dirs.flatMap((d) => listSources(root, d));
  const known = new Set(files);
  const exists = (rel: string) => {
    if (known.has(rel)) return true;
    try {
      return statSync(join(root, rel)).isFile();
    } catch {
      return false;
    }
  };
  const edges: ImportEdge[] = [];
  const unresolved: ImportEdge[] = [];
  for (const from of files) {
    for (const { specifier, line } of importSpecifiers(readFileSync(join(root, from), 'utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue; // a package or astro:*
      const to = resolveSpecifier(root, from, specifier, exists);
      (to ? edges : unresolved).push({ from, to: to ?? specifier, specifier, line });
    }
  }
  return { files, edges, unresolved };
}

/**
 * The import cycles among the files `inScope` accepts: each strongly connected component of more than one
 * file, or a file importing itself (Tarjan's algorithm), as sorted file lists.
 */
export function importCycles(graph: ImportGraph, inScope: (file: string) => boolean): string[][] {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!inScope(e.from) || !inScope(e.to)) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (next.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const file of graph.files.filter(inScope)) if (!index.has(file)) visit(file);
  return cycles;
}
