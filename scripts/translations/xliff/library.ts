// The `xliff` package (XLIFF 2.0 ⇄ plain objects) as this project uses it, typed: a document is
// { sourceLanguage, targetLanguage, resources: { <file id>: { <unit id>: unit } } }, a unit its source,
// target, notes and attributes (`name`, `type`). Every read and write of XLIFF text goes through here.
import xliff2js from 'xliff/xliff2js';
import js2xliff from 'xliff/js2xliff';

export interface XliffUnit {
  source: string;
  target?: string;
  note?: string | string[];
  additionalAttributes?: Record<string, string>;
}

export interface XliffJs {
  sourceLanguage: string;
  targetLanguage: string;
  resources: Record<string, Record<string, XliffUnit>>;
}

/** XLIFF 2.0 text, with the XML declaration translators' tools expect. */
export async function writeXliff(doc: XliffJs): Promise<string> {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await js2xliff(doc)}\n`;
}

/** The document an XLIFF 2.0 text holds; throws when it is not one. */
export async function readXliff(xml: string): Promise<XliffJs> {
  let doc: Partial<XliffJs> | undefined;
  try {
    doc = (await xliff2js(xml)) as Partial<XliffJs> | undefined;
  } catch (error) {
    // The package's XML parser says where the XML is broken; anything else it throws is its own stumble.
    throw new Error(error instanceof TypeError ? 'not an XLIFF 2.0 document' : `not well-formed XML: ${(error as Error).message}`);
  }
  if (!doc || typeof doc.resources !== 'object' || doc.resources === null) throw new Error('not an XLIFF 2.0 document');
  return doc as XliffJs;
}
