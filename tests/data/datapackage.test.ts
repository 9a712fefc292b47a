// data/datapackage.json against the Data Package specification (its content is unit-tested beside it,
// src/lib/downloads/datapackage.test.ts): the descriptor is made from the real downloads and chart code
// over the real figures of content/figures/, written to a folder with the files it names,
// and read back with Frictionless Data's own JavaScript library (`datapackage`, which carries the spec's
// profiles and validates offline), which also casts every row of every file by its schema.
// One allowance: that library decodes a file with Node's `utf8`, which keeps a byte order mark, so it
// would read our first column as "\uFEFFid". Python's frictionless and R's readr skip the mark, and the
// files keep it for Excel; so the library is given the files without it, and the test checks apart that
// each file as served is the mark followed by exactly the described header.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import datapackage from 'datapackage';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteChartCsvs, siteChartSpecs, type RegistryArticle } from '../../src/components/charts/registry.ts';
import { FIGURE_KINDS, FIGURE_STATUSES, type FigureRecord } from '../../src/domain/figure.ts';
import { KINDS } from '../../scripts/ingest/figures/kind.ts';
import { STATUSES } from '../../scripts/ingest/figures/status.ts';
import { getEnglish } from '../../src/lib/glossary.ts';
import { TABLES, type TableName } from '../../src/lib/downloads/columns.ts';
import { dataPackage, dataPackageJson, tableSchema, type PackageInput } from '../../src/lib/downloads/datapackage.ts';
import { figureRows, paragraphUrlFor } from '../../src/lib/downloads/figure-table.ts';
import { downloadPaths } from '../../src/lib/downloads/paths.ts';
import { figuresCsv } from '../../src/lib/downloads/serialise.ts';
import { figuresCsv as chartFiguresCsv } from '../../src/components/charts/csv.ts';
import { measureChartCsvs } from '../../src/components/measures/chart-csvs.ts';
import { measurePages } from '../../src/components/measures/measure-pages.ts';

const FIGURES_DIR = resolve(import.meta.dirname, '../../content/figures');
const records: FigureRecord[] = readdirSync(FIGURES_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')) as FigureRecord[]);

// The articles as the chart registry needs them, from their figures: every chart kind the site draws.
const byArticle = Map.groupBy(records, (r) => r.article);
const articles: RegistryArticle[] = [...byArticle].map(([id, figures]) => ({
  id,
  figures,
  regions: [...new Set(figures.flatMap((f) => (f.region ? [f.region] : [])))],
  topics: [...new Set(figures.flatMap((f) => (f.topic ? [f.topic] : [])))],
}));

/** The site's data/ folder as a build with or without SITE_URL makes it: every file by path. */
function build(site?: string): { input: PackageInput; files: Map<string, string> } {
  // The charts' files take the address from astro.config `site` as Astro exposes it.
  vi.stubEnv('SITE', site ?? '');
  try {
    // The measure pages' charts and complete files too (issue 18), as the site lists them.
    const pages = measurePages(records);
    const charts = [...new Map([...siteChartCsvs(siteChartSpecs(articles)), ...measureChartCsvs(pages)].map((c) => [c.name, c])).values()];
    const measures = pages.map(({ key, measure, figures }) => ({ key, zh: measure.zh, en: measure.en, text: chartFiguresCsv(figures).text }));
    const input: PackageInput = { siteRoot: site && new URL('/', site).href, charts: charts.map(({ name, table }) => ({ name, table })), measures };
    const files = new Map<string, string>([
      [downloadPaths.datapackage, dataPackageJson(input)],
      [downloadPaths.csv, figuresCsv(figureRows(records, getEnglish(), paragraphUrlFor(site)))],
      ...(Object.keys(TABLES) as TableName[]).map((t): [string, string] => [downloadPaths.schema(t), JSON.stringify(tableSchema(t, input.siteRoot))]),
      ...charts.map((c): [string, string] => [downloadPaths.chart(c.name), c.text]),
      ...measures.map((m): [string, string] => [downloadPaths.measure(m.key), m.text]),
    ]);
    return { input, files };
  } finally {
    vi.unstubAllEnvs();
  }
}

/** Writes a build's files under `dir`, the CSV files without their BOM (see above). */
function write(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), path.endsWith('.csv') ? text.replace(/^\uFEFF/, '') : text);
  }
}

const headerOf = (csv: string): string[] => (parse(csv, { bom: true, to_line: 1 }) as string[][])[0]!;

const builds = { default: build(), site: build('https://civic.example.org') };
const { input } = builds.default;
const charts = input.charts;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cz-datapackage-'));
  for (const [name, { files }] of Object.entries(builds)) write(join(dir, name), files);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data/datapackage.json', () => {
  it('describes figures.csv and the data file of every chart, of both tables', () => {
    expect(records.length).toBeGreaterThan(100);
    expect(new Set(charts.map((c) => c.table))).toEqual(new Set(['figures', 'region-counts']));
    const resources = dataPackage(input).resources as { name: string; path: string }[];
    expect(charts.length).toBeGreaterThan(10);
    expect(resources.map((r) => r.path)).toEqual([
      'figures.csv',
      ...charts.map((c) => `charts/${c.name}.csv`).sort(),
      ...input.measures!.map((m) => `measures/${m.key}.csv`),
    ]);
    // Every measure page's complete file (issue 18).
    expect(input.measures!.length).toBeGreaterThan(0);
  });

  for (const name of ['default', 'site'] as const) {
    it(`is a valid Tabular Data Package whose every file reads by its schema (${name === 'site' ? 'with' : 'without'} SITE_URL)`, async () => {
      const { files } = builds[name];
      const pkg = await datapackage.Package.load(join(dir, name, downloadPaths.datapackage), { basePath: join(dir, name, 'data') });
      expect(pkg.errors.map((e) => e.message)).toEqual([]);
      expect(pkg.valid).toBe(true);
      expect(pkg.descriptor.profile).toBe('tabular-data-package');
      expect(pkg.resources).toHaveLength(builds[name].input.charts.length + builds[name].input.measures!.length + 1);
      for (const resource of pkg.resources) {
        expect(resource.tabular).toBe(true);
        // Each described field is a column of the file, in the file's order, and no column is undescribed.
        const path =
          resource.name === 'figures'
            ? downloadPaths.csv
            : resource.name.startsWith('measure-')
              ? downloadPaths.measure(resource.name.slice('measure-'.length))
              : downloadPaths.chart(resource.name.slice('chart-'.length));
        const csv = files.get(path)!;
        expect(resource.schema.fieldNames, resource.name).toEqual(headerOf(csv));
        expect(csv.startsWith(`\uFEFF${resource.schema.fieldNames.join(',')}\r\n`), path).toBe(true);
        // Casting checks every value against its field: type, enum, required, and uri under SITE_URL.
        const rows = await resource.read({ keyed: true });
        expect(rows.length, resource.name).toBe((parse(csv, { bom: true, columns: true }) as unknown[]).length);
      }
    });
  }

  it('allows for status and kind exactly the values ingest gives', () => {
    expect(FIGURE_STATUSES).toEqual(STATUSES);
    expect(FIGURE_KINDS).toEqual(KINDS);
  });

  it('is refused by the same validator when it breaks the spec, so its passing means something', async () => {
    const descriptor = dataPackage(input) as { name: string; resources: { schema: unknown }[] };
    const broken = { ...descriptor, name: 'Not A Valid Name', resources: [{ ...descriptor.resources[0], schema: { fields: [{ name: 'id', type: 'text' }] } }] };
    const result = await datapackage.validate(broken, join(dir, 'default', 'data'));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/\/name|fields/);
  });
});
