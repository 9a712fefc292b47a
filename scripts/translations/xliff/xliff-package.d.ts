// Types for the two functions of the `xliff` npm package this project calls (it ships none): XLIFF text
// to its plain-object form and back. library.ts is the only module that imports them.
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<unknown>;
}
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: unknown, options?: { indent?: string }): Promise<string>;
}
