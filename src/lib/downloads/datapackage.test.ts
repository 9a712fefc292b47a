// The descriptor's content: what it names and says. Its validity against the Data Package specification,
// over the real figures and charts, is tested in tests/data/datapackage.test.ts.
import { describe, expect, it } from 'vitest';
import { COLUMNS, FIGURE_COLUMNS, REGION_COUNT_TABLE } from './columns.ts';
import { dataPackage, dataPackageJson, PACKAGE_NAME, tableSchema, type PackageInput } from './datapackage.ts';
import { downloadPaths, packagePath } from './paths.ts';

const input: PackageInput = {
  charts: [
    { name: 'b2c3d4e5f6a7', table: 'figures' },
    { name: 'a1b2c3d4e5f6', table: 'region-counts' },
  ],
};
const SITE_ROOT = 'https://civic.example.org/archive/cz/';
type Fields = Record<string, unknown>[];

describe('dataPackage', () => {
  it('describes figures.csv, then every chart’s file by its path beside the descriptor, sorted, each with its table’s schema', () => {
    const resources = dataPackage(input).resources as Record<string, unknown>[];
    expect(resources.map((r) => [r.name, r.path, typeof r.schema === 'string' ? r.schema : 'inline'])).toEqual([
      ['figures', 'figures.csv', 'inline'],
      ['chart-a1b2c3d4e5f6', 'charts/a1b2c3d4e5f6.csv', 'schemas/region-counts.json'],
      ['chart-b2c3d4e5f6a7', 'charts/b2c3d4e5f6a7.csv', 'schemas/figures.json'],
    ]);
    for (const r of resources) expect(r).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', encoding: 'utf-8', dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } });
    expect(resources[0]!.schema).toEqual(tableSchema('figures'));
  });

  it('names files by relative paths and has absolute URLs only when the site has an address', () => {
    expect(dataPackageJson(input)).not.toMatch(/https?:\/\//);
    const withSite = dataPackage({ ...input, siteRoot: SITE_ROOT });
    expect(withSite.homepage).toBe(SITE_ROOT);
    expect(withSite.licenses).toEqual([expect.objectContaining({ name: 'other-closed', path: `${SITE_ROOT}en/about/#rights` })]);
    expect(withSite.sources).toEqual([expect.objectContaining({ path: `${SITE_ROOT}en/about/#sources` })]);
    expect((withSite.resources as { path: string }[]).map((r) => r.path)).toEqual((dataPackage(input).resources as { path: string }[]).map((r) => r.path));
    expect(PACKAGE_NAME).toMatch(/^[-a-z0-9._/]+$/);
    expect(() => packagePath('zh/data/charts/x.csv')).toThrow(/outside data\//);
    expect(packagePath(downloadPaths.schema('figures'))).toBe('schemas/figures.json');
  });

  it('gives its title, description, licence and source in English and Chinese', () => {
    const pkg = dataPackage(input) as Record<string, unknown> & { licenses: Record<string, string>[]; sources: Record<string, string>[] };
    for (const part of [pkg, pkg.licenses[0]!, pkg.sources[0]!]) {
      expect(part.title).toMatch(/[A-Za-z]/);
      expect(part['x-title-zh']).toMatch(/\p{Script=Han}/u);
    }
    expect(pkg['x-description-zh']).toMatch(/x-description-zh/);
  });
});

describe('tableSchema', () => {
  it('says what every field is in English and Chinese, in file order, with the units and allowed values of the one vocabulary', () => {
    const fields = tableSchema('figures').fields as Fields;
    expect(fields.map((f) => f.name)).toEqual([...FIGURE_COLUMNS]);
    for (const f of fields) {
      expect(f.description, String(f.name)).toMatch(/[A-Za-z]/);
      expect(f['x-description-zh'], String(f.name)).toMatch(/\p{Script=Han}/u);
    }
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('value')).toMatchObject({ type: 'number', 'x-unit-field': 'unit', constraints: { required: true } });
    expect(byName.get('change_rate')).toMatchObject({ 'x-unit': 'percent', 'x-unit-zh': '%' });
    expect(byName.get('offset')).toMatchObject({ type: 'integer', 'x-unit': 'UTF-16 code units' });
    expect(byName.get('year')).toMatchObject({ type: 'year' });
    expect(byName.get('status')).toMatchObject({ constraints: { enum: [...COLUMNS.status.values] } });
    expect(COLUMNS.status.values).toEqual(['actual', 'plan', 'target', 'forecast', 'anecdote']);
    expect(byName.get('kind')).toMatchObject({ constraints: { enum: [...COLUMNS.kind.values] } });
    expect(COLUMNS.kind.values).toEqual(expect.arrayContaining(['total', 'new', 'cumulative', 'per', 'share', 'rate', 'change']));
    expect(byName.get('subject')).not.toHaveProperty('constraints');
    expect(tableSchema('figures').primaryKey).toEqual(['id']);
  });

  it('gives the url field the uri format only when URLs are full, with SITE_URL', () => {
    const url = (root?: string) => (tableSchema('figures', root).fields as Fields).find((f) => f.name === 'url');
    expect(url()).toMatchObject({ format: 'default' });
    expect(url(SITE_ROOT)).toMatchObject({ format: 'uri' });
  });

  it('describes the map’s table too', () => {
    const schema = tableSchema('region-counts');
    expect((schema.fields as Fields).map((f) => f.name)).toEqual([...REGION_COUNT_TABLE.columns]);
    expect(schema.primaryKey).toEqual(['region']);
  });
});
