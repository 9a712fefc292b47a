// A paragraph's closing signature, by its form: the reporter in brackets after the last sentence (`…设备。（通讯员 李娜）`),
// a name alone or after the place or media centre it is signed from (`（王丽娟）`, `（某某镇　王丽娟）`), an English
// item's (`(Zhao Min)`, `—Xinhua`); and a reader's place-and-name signature on a line of its own. The forms of a byline
// themselves are bylines.ts's.

import { endsWithPersonName } from './names.ts';
import { ROLE_NAMES_TIGHT, S, UNIT } from './bylines.ts';
import { placesNamed } from '../../../src/domain/places/gazetteer.ts';

// The reporter's signature closing a short item: `…安装了一键呼叫设备。（通讯员 李娜）`.
const CLOSING_SIGNATURE = new RegExp(`[(（]${S}*${ROLE_NAMES_TIGHT}${S}*[)）]$`, 'u');

// An English item signed after its last sentence: a name of two or three words in brackets (`(Zhao Min)`,
// `(By Li Na and Wang Jun)`), or a wire after a dash or in brackets (`—Xinhua`, `(Xinhua)`, `— Changzhi Daily`).
const ENGLISH_CLOSING = /[\s\u3000]*(?:\((?:By )?[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:(?:, | and )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})*\)|\((?:Xinhua|Reuters|AP|AFP|CNS)\)|[—–]{1,2} ?(?:Xinhua|Reuters|China Daily|(?:[A-Z][a-z]+ ){1,2}(?:Daily|News|Evening News|Times)))$/u;

// A county paper signs a brief with the name alone: `…提供热水、休息等服务。（王丽娟）`, `（王 丽）`; or with the town or
// village the correspondent writes from before the name: `（某某镇　王丽娟）`; or the media centre the reporter works for
// (`（某某县融媒体中心 王 涛）`).
// The town or village signed from: a place by the word its name ends with (a county's, 某县, may stand before it).
const SIGNED_FROM = `\\p{Script=Han}{1,6}(?:镇|乡|街道|社区|村)`;
const SIGNED_NAME = `(\\p{Script=Han}{2,3}|\\p{Script=Han}${S}\\p{Script=Han})`;
const CLOSING_NAME = new RegExp(`[(（]${S}*(?:${SIGNED_FROM}${S}+|${UNIT}${S}*)?${SIGNED_NAME}${S}*[)）]$`, 'u');
// The same on a line of its own: `（灵空山镇　张海燕）`.
const PLACE_SIGNED = new RegExp(`^[(（]${S}*${SIGNED_FROM}${S}+${SIGNED_NAME}${S}*[)）]$`, 'u');

/**
 * A name that signs: read as a person's (jieba), and no place of the gazetteer by any of its forms (jieba reads
 * some towns' stems as names: 王和, 余吾 of 王和镇, 余吾镇).
 */
function signsName(name: string): boolean {
  const n = name.replace(/[\s\u3000]/gu, '');
  return endsWithPersonName(n) && placesNamed(n).length === 0;
}

/**
 * A reader's signature on a line of its own, where they live and their name in brackets (`（灵空山镇　张海燕）`,
 * `（某县某某镇　李秋兰）`). Only where it closes the piece is it the piece's byline (letters.ts letterSignatures): between
 * two paragraphs a place and a name in brackets is an aside of the text.
 */
export function isPlaceSignature(text: string): boolean {
  const signed = PLACE_SIGNED.exec(text.trim());
  return signed !== null && signsName(signed[1]!);
}

/**
 * Cuts a bracketed signature from the end of a paragraph, a role and name or a person's name alone (jieba, not
 * `（待续）` or `（下同）`); it must follow a finished sentence.
 */
export function cutClosingSignature(text: string): { signature?: string; text: string } {
  // An English item's: `… on Friday. (Zhao Min)`, `… on Friday. —Xinhua`, `… (Xinhua)`.
  const english = ENGLISH_CLOSING.exec(text);
  if (english && /[.!?]["”’]?$/u.test(text.slice(0, english.index).trimEnd())) return { signature: english[0].trim(), text: text.slice(0, english.index).trimEnd() };
  const name = CLOSING_NAME.exec(text);
  const match = CLOSING_SIGNATURE.exec(text) ?? (name && signsName(name[1]!) ? name : null);
  if (!match) return { text };
  const rest = text.slice(0, match.index).trimEnd();
  if (!/[。！？!?…][”’」』）)]*$/u.test(rest)) return { text };
  return { signature: match[0].trim(), text: rest };
}
