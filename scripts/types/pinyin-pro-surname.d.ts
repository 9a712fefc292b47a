// Types for pinyin-pro's table of Chinese surnames (single and compound → their reading), which the package
// ships as a data module without a declaration; scripts/ingest/figures/status.ts reads who is named by it.
declare module 'pinyin-pro/dist/esm/data/surname.mjs' {
  const Surnames: Readonly<Record<string, string>>;
  export default Surnames;
}
