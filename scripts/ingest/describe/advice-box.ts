// A box of words explained (`名词解释`, `小知识`) or of general advice (`健康小贴士`, `出行提示`, `【温馨提醒】`): what any
// reader may know or do, about no place unless its own lines name one, though it prints digits. A definition's
// numbers are the word's (`年主营业务收入2000万元及以上`); advice's digits only number its points (`1.`), say how
// often, how long, when or how warm (`每天开窗2~3次`, `不少于30分钟`, `8:00—18:00`, `18℃至22℃`) or give a number to
// call (`12315`, `拨打120`, `0355-2021234`). Advice that prints a figure of a scheme (`首次办卡补贴50元`, `12路公交恢复
// 原线路`) is the box of the report beside it (pipeline.ts withBoxPlaces).

import { isListItem } from '../structure/shape.ts';
import { exchangesOf } from './exchanges.ts';
import { EXPLAINED_WORDS, isTipHead, wholeLabel } from './kind.ts';

const EXPLAINED_LABEL = wholeLabel(`${EXPLAINED_WORDS}|小常识`);
// Digits that tell no scheme's figure: a point's number, a phone number, a span of time, a frequency, a temperature.
// Not an age (`65岁以上老人`: a scheme's rule of who may), nor a span a standard of service is changed from or to
// (`时限由7个工作日缩短为3个工作日`, `压缩至2个工作日`): the scheme's figures.
const ADVICE_DIGITS = [
  /(?:^|\n)[\s\u3000]*[-•>]?[\s\u3000]*\d{1,2}[.、．)）](?!\d)/gu,
  /\d{3,4}[-－]\d{7,8}|\d{5,}|(?:拨打|致电|电话|热线)[：:]?[\s\u3000]*\d{3,}/gu,
  /\d{1,2}[:：]\d{2}/gu,
  /(?<![\d.]|由|(?:缩短|压缩|缩减|减少|延长|提高|降低|调整)[为至到])[<>≤≥]?\d+(?:\.\d+)?(?:[~～至到—-]\d+(?:\.\d+)?)?[\s\u3000]*(?:次|分钟|秒钟?|小时|个?工作日|天|周|℃|°C|度)/gu,
];

// A number to call (`0355-2021234`, `12345`, `拨打12315`): a box that says whom to call speaks for that service, the
// report's beside it.
const PHONE = new RegExp(ADVICE_DIGITS[1]!.source, 'u');

/** The box's head is a label of words explained, or of advice whose digits tell no scheme's figure. */
export function isAdviceBox(title: string, text: string): boolean {
  const t = title.trim();
  if (EXPLAINED_LABEL.test(t)) return true;
  if (isQuestionsAnswered(text)) return true;
  if (!isTipHead(t)) return false;
  const rest = ADVICE_DIGITS.reduce((s, re) => s.replace(re, ' '), text);
  return !/\d/u.test(rest);
}

/**
 * A box of questions answered, every line a question or its answer (`问：哪些人可以申请就业援助？` / `答：登记失业的…`,
 * `Q：…` / `A：…`): what any reader may ask of a policy or a trade, answered in its own terms (`按每人每月500元给予社会
 * 保险补贴`, `补贴期限最长3年`), about no place unless its own lines name one, whatever report it stands beside.
 */
function isQuestionsAnswered(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && exchangesOf(lines).flat().length === lines.length && !PHONE.test(text);
}

/** How many points a box of advice lists at least to be told as points (`1.注意保暖…` / `2.注意饮食…`). */
const MIN_POINTS = 2;

/**
 * Advice told as general knowledge, by its form: a box of advice (isAdviceBox) whose lines are questions answered
 * (`问：冬季羊圈管理要注意什么？` / `答：…`) or two points or more (`1.注意保暖…` / `2.…`). On a county's paper too it is about
 * no place when it names none (describe.ts), where a report naming none is the county's; not a reminder told in a
 * sentence to the paper's readers (`近期气温骤降，请广大群众…注意通风`), which the county's paper addresses to its own.
 */
export function isGeneralAdvice(title: string, text: string): boolean {
  if (!isAdviceBox(title, text)) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return isQuestionsAnswered(text) || lines.filter((l) => isListItem(l)).length >= MIN_POINTS;
}

