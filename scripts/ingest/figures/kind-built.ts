// What a whole place has built, told with no time and no plan (`全市建成老年助餐点316个`): the place's stock, a total,
// as 全县已建成… is (the figure guide); a time or a plan in the sentence or the paragraph before it makes the same
// words the period's works, new. Read by kind.ts's kindOf for a count its own verb calls new.
import type { FigureScope } from './scope.ts';

/** A whole place opening the clause chain before 建成 (`全市建成`, `全镇种植…，建成`), no 已 between, no 新 before it (`新建成`: new). */
const WHOLE_PLACE_BUILT = /(?:^|[，,：:])全[市县区镇乡][^，,；;。0-9已]{0,12}?(?:[，,][^，,；;。已]{0,20}?)?(?<!新)建成(?!区|后|的)/u;
/** A time or a plan in the sentence: works of a period or meant to be, not a stock. */
const DATED_OR_PLANNED = /(?:19|20)[0-9]{2}年|今年|去年|前年|本年|年内|当年|全年|今冬|入冬|以来|期间|近年|近[一二三四五六七八九十两0-9]+年|近日|日前|[0-9]{1,2}月|计划|将|再|明年|拟|力争|下一步/u;

/**
 * 建成 in the count's own clause after a whole place as its subject (`全市建成老年助餐点316个`, `全镇种植中药材1.2万亩，
 * 建成初加工车间3个`), in a sentence and a paragraph before it that date nothing and plan nothing (今年, 2024年, 近年来,
 * 计划, 将, 再): what the place has built.
 */
export function wholePlaceBuilt(own: string, chain: string, scope: FigureScope): boolean {
  return /建成/.test(own) && WHOLE_PLACE_BUILT.test(chain) && !DATED_OR_PLANNED.test(scope.paragraph.slice(0, scope.sentenceStart) + scope.sentence);
}
