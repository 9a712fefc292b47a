import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, InputError, normaliseText } from './decode.ts';

const HEADLINE = '办好民生实事 书写幸福答卷';
const LEAD = '增进民生福祉，擦亮幸福底色。上党区始终把实现好、维护好、发展好最广大人民根本利益作为一切工作的出发点和落脚点。';
const PAGE = `\n\n${HEADLINE}\n\n${LEAD}\n`;

// Node ships no GB18030 encoder; iconv-lite, the well-kept one, is needed only to make fixtures.
function gb18030(text: string): Uint8Array {
  return iconv.encode(text, 'gb18030');
}
function reasonOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.reason;
    throw e;
  }
  return undefined;
}

describe('decode', () => {
  it('reads UTF-8 without BOM', () => {
    const d = decode(new TextEncoder().encode(PAGE));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${HEADLINE}\n\n${LEAD}\n`);
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE)]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text.startsWith(HEADLINE)).toBe(true);
  });

  it('detects GB18030 with CRLF line ends', () => {
    const d = decode(gb18030(PAGE.replace(/\n/g, '\r\n')));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(`${HEADLINE}\n\n${LEAD}\n`);
  });

  it('reads GBK text (a subset of GB18030)', () => {
    const d = decode(iconv.encode('壶关县新建改造供热管网38.1公里', 'gbk'));
    expect(d.text).toBe('壶关县新建改造供热管网38.1公里\n');
  });

  it('reads UTF-16 with a BOM', () => {
    const body = Buffer.from(PAGE, 'utf16le');
    const d = decode(new Uint8Array([0xff, 0xfe, ...body]));
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toContain(LEAD);
  });

  it('refuses an empty file, a whitespace-only file, a binary file and undecodable bytes', () => {
    expect(reasonOf(() => decode(new Uint8Array()))).toBe('empty');
    expect(reasonOf(() => decode(new TextEncoder().encode(' \r\n\u3000\n')))).toBe('empty');
    expect(reasonOf(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])))).toBe(
      'binary',
    );
    // 0x80 alone is neither UTF-8 nor a GB18030 lead byte.
    expect(reasonOf(() => decode(new Uint8Array([0x41, 0x80, 0x42, 0xff])))).toBe('undecodable');
  });
});

describe('normaliseText', () => {
  it('turns full-width and other wide spaces into one ASCII space and trims line ends', () => {
    expect(normaliseText('\u3000\u3000教育是城市持续发展的基石。\u3000 \n')).toBe('教育是城市持续发展的基石。\n');
    expect(normaliseText('优先发展教育\u3000厚植幸福之本')).toBe('优先发展教育 厚植幸福之本\n');
  });

  it('composes to NFC and removes zero-width characters', () => {
    expect(normaliseText('Cafe\u0301\u200b')).toBe('Café\n');
  });

  it('keeps blank lines, which separate blocks', () => {
    expect(normaliseText('甲\r\n\r\n\r\n乙\r')).toBe('甲\n\n\n乙\n');
  });
});

describe('normaliseText: full-width Latin letters an OCR spaced one by one (issue 15)', () => {
  it('reads them as ASCII words, a word starting where a capital follows a small letter', () => {
    expect(normaliseText('Ｂ ｙ Ｗ ａ ｎ ｇ Ｌ ｅ ｉ\n')).toBe('By Wang Lei\n');
    expect(normaliseText('Ｘ ｉ ａ ｎ ｇ ｙ ｕ ａ ｎ vinegar from Ｌ ｉ ｃ ｈ ｅ ｎ ｇ County\n')).toBe('Xiangyuan vinegar from Licheng County\n');
  });
  it('leaves full-width letters printed together, and two spaced letters, as they are', () => {
    expect(normaliseText('下载ＡＰＰ查询，Ａ Ｂ两区\n')).toBe('下载ＡＰＰ查询，Ａ Ｂ两区\n');
  });
});

describe('normaliseText: Chinese characters set apart one by one (issue 15)', () => {
  it('reads a letter-spaced line as its words, a wider gap kept as one space', () => {
    expect(normaliseText('第 三 版\u3000\u3000社 会 民 生\n')).toBe('第三版 社会民生\n');
    expect(normaliseText('\u3000\u3000平 顺 县 农 村 公 路 “ 四 好 ” 建 设 见 成 效\n')).toBe('平顺县农村公路“四好”建设见成效\n');
    expect(normaliseText('第 ２ 版\u3000\u3000综\u3000合\n')).toBe('第２版 综合\n');
  });
  it('leaves a short spaced line (a masthead), a line of words, spaced names in it and table cells as they are', () => {
    for (const line of ['沁 源 报', '平 顺 新 闻', '声 明', '□ 记者 常 海 涛', '通讯员 赵 宇 魏 敏', '花椒种植户申 小 平说', '潞州区 新增智慧停车泊位', '| 乡 镇 | 新建改造 |', 'A B C D']) {
      expect(normaliseText(`${line}\n`)).toBe(`${line}\n`);
    }
    expect(normaliseText('土 豆  一级   斤  1.60\n')).toBe('土 豆 一级 斤 1.60\n');
  });
});
