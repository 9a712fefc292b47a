import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff, type XliffJs } from './library.ts';

describe('XLIFF text through the xliff package', () => {
  it('keeps text with XML special characters, quotes and Chinese punctuation exactly', async () => {
    const source = '“四好”农村路 <b>加粗</b> & 3>2 \'单\' "双"';
    const target = 'The "Four Good" roads <b>bold</b> & 3>2 it\'s';
    const doc: XliffJs = {
      sourceLanguage: 'zh-CN',
      targetLanguage: 'en',
      resources: { a: { p1: { source, target, note: ['one', 'two & three'], additionalAttributes: { name: 'paragraph 1', type: 'cz:paragraph' } } } },
    };
    const back = await readXliff(await writeXliff(doc));
    expect(back.resources.a!.p1).toEqual(doc.resources.a!.p1);
  });

  it('refuses a text that is not XLIFF 2.0', async () => {
    await expect(readXliff('<xliff version="1.2"><file/></xliff>')).rejects.toThrow(/not an XLIFF 2.0 document/);
    await expect(readXliff('<not xml')).rejects.toThrow(/^not (well-formed XML|an XLIFF 2.0 document)/);
    await expect(readXliff('<xliff version="2.0"><file id="a"></xliff>')).rejects.toThrow(/not well-formed XML: .+/);
  });
});
