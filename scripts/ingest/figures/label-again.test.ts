// Works done again (再 and a one-character verb the dictionary does not know as a word: 再建, 再修) and works an
// institution does with nothing named after them (县总工会…再建10个): what the figure before or the sentence before
// counted in the same measure word names the thing (label-roles.ts againDone, label.ts withoutActor). Made-up lines.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';
import { tagged } from './label-roles.ts';

const withPrevious = (paragraph: string, previous: string, figure: string) => {
  const before = labelOf(scopeFor(paragraph, previous))!;
  return labelOf(scopeFor(paragraph, figure), { previous: { label: before, end: paragraph.indexOf(previous) + previous.length } });
};

describe('works done again', () => {
  it('reads 再 and a verb as a verb, so the count before names what is built again', () => {
    expect(tagged('明年再建').at(-1)?.role).toBe('verb');
    expect(withPrevious('前年村里建成了4个蓄水池，今年又打算再建3个。', '4个', '3个')).toContain('蓄水池');
  });

  it('leaves the words the dictionary knows as they are', () => {
    expect(tagged('再就业').at(-1)?.role).toBe('noun');
  });
});

describe('works an institution does, with nothing after them', () => {
  it('names what the sentence before counted in the same measure word, not the institution', () => {
    expect(label('全区已建成户外劳动者驿站26个。区妇联计划明年再建8个。', '8个')).toBe('再建劳动者驿站');
  });

  it('keeps an institution acting before a verb and its object out as before, and a label naming its thing', () => {
    expect(label('今年县财政安排专项资金380万元。', '380万元')).toBe('安排专项资金');
    expect(label('全区已建成户外劳动者驿站26个。区总工会计划明年新建驿站8个。', '8个')).toContain('新建驿站');
  });
});
