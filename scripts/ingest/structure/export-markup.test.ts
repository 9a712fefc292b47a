import { describe, expect, it } from 'vitest';
import { readExportLine, unwrapHtmlLine, unwrapTitleEmphasis, withoutEmphasis } from './export-markup.ts';

describe('unwrapHtmlLine', () => {
  it('takes paragraph and division tags and a line-end break off a line', () => {
    expect(unwrapHtmlLine('<p>本报讯 某县新建公园3个。</p>')).toBe('本报讯 某县新建公园3个。');
    expect(unwrapHtmlLine('<p class="txt">某某街道：社区食堂开张</p>')).toBe('某某街道：社区食堂开张');
    expect(unwrapHtmlLine('<div><p>标题一行</p></div>')).toBe('标题一行');
    expect(unwrapHtmlLine('记者 某某<br>')).toBe('记者 某某');
    expect(unwrapHtmlLine('记者 某某<br />')).toBe('记者 某某');
  });
  it('leaves a break inside a line and a line without tags as they are', () => {
    expect(unwrapHtmlLine('描述室温<br>和故障情况。')).toBe('描述室温<br>和故障情况。');
    expect(unwrapHtmlLine('  某县新建公园  ')).toBe('  某县新建公园  ');
  });
  it('makes a line of tags alone blank', () => {
    expect(unwrapHtmlLine('<p></p>')).toBe('');
    expect(unwrapHtmlLine('<br>')).toBe('');
  });
});

describe('emphasis on title lines', () => {
  it('takes every emphasis pair off', () => {
    expect(withoutEmphasis('**某县：**新建公园3个')).toBe('某县：新建公园3个');
    expect(withoutEmphasis('<strong>某县</strong>新建<b>公园</b>')).toBe('某县新建公园');
    expect(withoutEmphasis('__身边事__')).toBe('身边事');
  });
  it('reads a title line wrapped whole without it, a part set in it as typed', () => {
    expect(unwrapTitleEmphasis('**某县：一条公路连起十个村**')).toBe('某县：一条公路连起十个村');
    expect(unwrapTitleEmphasis('**某县：**一条公路连起十个村')).toBe('**某县：**一条公路连起十个村');
    expect(unwrapTitleEmphasis('某县：__“楼道长”__管起了小区大小事')).toBe('某县：__“楼道长”__管起了小区大小事');
    expect(unwrapTitleEmphasis('<strong>——某县今年新建公园3个</strong>')).toBe('——某县今年新建公园3个');
    expect(unwrapTitleEmphasis('**某区：管网改造 &amp; 水质提升**')).toBe('某区：管网改造 &amp; 水质提升');
    expect(unwrapTitleEmphasis('**Wuxiang Trains 2,380 Rural Workers in New Skills This Year**')).toBe('Wuxiang Trains 2,380 Rural Workers in New Skills This Year');
  });
  it('keeps emphasis inside running text as typed', () => {
    const text = '**温馨提示**：冬季气温低，居民外出时请关好水表阀门。';
    expect(unwrapTitleEmphasis(text)).toBe(text);
    expect(unwrapTitleEmphasis('价钱*实在*，比自己做省心。')).toBe('价钱*实在*，比自己做省心。');
  });
  it('reads tags first, then emphasis', () => {
    expect(readExportLine('<p><strong>某县：社区食堂开张</strong></p>')).toBe('某县：社区食堂开张');
  });
});

describe('a question or exclamation wrapped in emphasis whole', () => {
  it('is read without it when as short as a headline', () => {
    expect(unwrapTitleEmphasis('**灵活就业人员如何参加养老保险？**')).toBe('灵活就业人员如何参加养老保险？');
    expect(unwrapTitleEmphasis('<strong>暖气不热怎么办？</strong>')).toBe('暖气不热怎么办？');
  });
  it('is kept as typed when it holds a full stop or runs long', () => {
    expect(unwrapTitleEmphasis('**冬季气温低。请关好阀门！**')).toBe('**冬季气温低。请关好阀门！**');
    const long = `**${'居民外出时请关好水表阀门做好管道防冻'.repeat(3)}！**`;
    expect(unwrapTitleEmphasis(long)).toBe(long);
  });
});

describe("Markdown's italic round a whole title line (issue 15)", () => {
  it('is read off as emphasis is; inside running text or a note with its full stop it stays', () => {
    expect(unwrapTitleEmphasis('*某县：一条公路连起十个村*')).toBe('某县：一条公路连起十个村');
    expect(unwrapTitleEmphasis('_身边事_')).toBe('身边事');
    expect(unwrapTitleEmphasis('<i>民生</i>')).toBe('民生');
    expect(unwrapTitleEmphasis('价钱*实在*，比自己做省心。')).toBe('价钱*实在*，比自己做省心。');
    expect(unwrapTitleEmphasis('*注：数据截至11月底。*')).toBe('*注：数据截至11月底。*');
  });
});

describe('a quote mark before a byline', () => {
  it('is the export setting the byline off: the line is the byline', () => {
    expect(readExportLine('> 记者 宋 悦　通讯员 王 峰')).toBe('记者 宋 悦　通讯员 王 峰');
    expect(readExportLine('>本报记者 某某某')).toBe('本报记者 某某某');
  });
  it('stays before running text, a quotation or a sign', () => {
    expect(readExportLine('> 据了解，每个驿站配备微波炉和饮水机。')).toBe('> 据了解，每个驿站配备微波炉和饮水机。');
    expect(readExportLine('> 室内每天开窗通风2~3次')).toBe('> 室内每天开窗通风2~3次');
    expect(readExportLine('满意度 > 99%')).toBe('满意度 > 99%');
  });
});

describe("an HTML export's paragraph: its breaks, no-break spaces and an image alone (issue 15)", () => {
  it('reads each line of a paragraph broken by <br>, its &nbsp; as a space', () => {
    expect(readExportLine('<p>&nbsp;&nbsp;本报讯 某县新建公园3个。<br/>&nbsp;&nbsp;公园占地2公顷。</p>')).toBe('\u00a0\u00a0本报讯 某县新建公园3个。\n\u00a0\u00a0公园占地2公顷。');
    expect(readExportLine('<p style="text-align:right;">（编辑：赵&nbsp;明）</p>')).toBe('（编辑：赵\u00a0明）');
    expect(readExportLine('<p>市民在公园晨练。&#160;王五&#160;摄</p>')).toBe('市民在公园晨练。\u00a0王五\u00a0摄');
  });
  it('marks an image alone in its paragraph as a text copy marks a photo', () => {
    expect(readExportLine('<p style="text-align:center;"><img src="/pic/01.jpg" /></p>')).toBe('[图片]');
    expect(readExportLine('<img src="a.png">')).toBe('[图片]');
  });
  // A <br> inside a line that is no HTML paragraph (a Markdown copy's list item) is the text as typed; an image
  // tag beside text is the text's.
  it('leaves a break outside a paragraph, and an image beside words, as typed', () => {
    expect(readExportLine('2. 描述故障<br>和室温情况。')).toBe('2. 描述故障<br>和室温情况。');
    expect(readExportLine('<p>见下图<img src="a.png"></p>')).toBe('见下图<img src="a.png">');
  });
});
