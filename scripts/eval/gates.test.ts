// CI gates of issues 14 and 15: both evals run in memory (their own scoring functions, no child process) and
// the build fails when a score falls below its floor. The floors sit a little under what the ingest scores
// when they were last set, so a regression fails while an improvement passes; raise them as scores rise.
// Issue 14 asks status, year, topic and region ≥ 90% on the seeds; the dev floors guard the page-set work.
// The holdout set's figure fields are not gated one by one (nothing is tuned on it): its page total is.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from './gold.ts';
import { evaluate } from './figures.ts';
import { loadPageGold, loadSeedGold } from './figures-gold.ts';
import { FIELDS, type Field } from './figures-score.ts';
import { evaluatePage } from './pages.ts';
import { NEVER_RULES, type NeverRule } from './never.ts';
import { share, summarize } from './report.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

// Measured 2026-12-03 (after the figure-field work of issues 14 and 15): pages dev 94.7%, holdout 76.0%;
// seeds status 97.1, year 93.5, period 100, region 96.4, topic 97.8, label 90.6, kind 90.6 (138 figures);
// dev status 96.6, year 97.4, period 90.1, region 96.1, topic 94.3, label 84.6, kind 95.0 (383 figures).
// A floor is about 1.5 points under its score (a figure of the seeds is 0.7 of a point, of dev 0.26).

/** Share of page-set expectations that must hold, per set (`npm run eval -- pages`). */
// Pages after issue 15's form rules (helper D, 2026-12-03): dev 95.4% (with pages 28-37 and 40-47), holdout 81.5%
// (its expectations other than figure fields 76.6% -> 83.5%).
// Session of 2026-12-03 evening: the first holdout became dev pages 50-61 and pages 62-69 were added (dev 95.2% of
// 10,812 expectations); the new holdout (h13-h36, 24 pages written without reading the ingest) 87.4%.
// End of that session (rounds 1 and 2 of the structure work, pages 70-75 added): dev 95.9%, holdout 89.3%.
// Session of 2026-12-03 night: dev pages 82-93 written in the forms the holdout's weakest pages name (special
// characters in headlines, 引题 stacks, CMS field exports, brief columns, English items): they scored 58-97% on
// arrival, dev 95.6% -> 93.9% before any tuning; pages 94-97 (figures easy to misread) came later. End of the
// session: dev 96.3% of 17,291; holdout 91.5% of 6,256 (h13-h36 90.1%, and h37-h46, a second holdout written
// tonight by someone who never read the ingest, 94.5%).
// Session of 2026-12-04: dev pages 98-108 (PDF hard wraps, jump pages, notices with tables, letters, data boxes,
// figure-dense pages with rates, ranges and Chinese numerals) and a third holdout h47-h56 (written by someone who
// read neither the ingest nor the other holdouts) were added untuned: dev 96.5% of 17,291 -> 94.9% of 19,537,
// holdout 91.7% -> 89.2% of 8,517 (h47-h56 76.2%). The floors follow the grown sets (not a regression: no page
// of the former sets dropped) and are raised again at the session's end.
// End of that session (every page set as then): dev 97.8% of 19,550, holdout 92.0% of 8,516 (h13-h36 93.7%,
// h37-h46 95.9%, h47-h56 85.4%).
// Session of 2026-12-04 (second): dev pages 109-128 (written in the forms the fresh holdouts' weakest pages are
// named by, untuned on arrival: 84.0%) and a fourth holdout h57-h66 (61.7% on arrival) were added; the pages eval
// now pairs figures as the figures eval does (one text inside the other, 万元 as 元). With the session-start
// code and today's sets and eval: dev 95.3% of 24,501, holdout 85.0% of 11,356; at the session's end dev
// 96.4%, holdout 86.4% (h13-h36 95.0, h37-h46 96.4, h47-h56 87.7, h57-h66 65.5). Floors ~1.4 points under.
// Session of 2026-12-04 (third): dev pages 129-138 (W17, forms the weakest pages name: briefs with heads on their
// own line, WeChat copies, fixed-width and tab tables, OCR copies, a progress list) and 145-146, 155, and a fifth
// holdout h67-h76 (written by someone who read no ingest code and no other holdout) were added. With the
// session-start code on today's sets: dev 92.6% of 27,510, holdout 84.5% of 14,352 (h67-h76 77.3%); at the
// session's end dev 97.4%, holdout 88.1% (h13-h36 95.0, h37-h46 96.5, h47-h56 88.3, h57-h66 79.5, h67-h76 80.6).
// Session 11 (2026-12-04, fourth): dev pages 160-162, 165-185 (each written by the engineer who then tuned on it,
// scored before any rule) and a sixth holdout h77-h86 (written by someone who read no ingest code and no other
// holdout) were added, and the eval compares an article's places with each town's county beside it. With the
// session-start code on these sets and this eval: dev 94.6% of 31,175, holdout 86.6% of 18,552 (h77-h86 81.1%);
// at the session's end dev 97.5%, holdout 89.0% (h13-h36 95.4, h37-h46 96.6, h47-h56 89.2, h57-h66 87.9, h67-h76
// 84.2, h77-h86 82.9).
// Session 12 (2026-12-04, fifth): blind dev pages 186-197 and 230-239 (D19, D20: writers who read no ingest code),
// tuners' dev pages 200-222, and a seventh holdout h87-h96 (75.8% on arrival) were added. With the session-start
// code on these sets: dev 93.8% of 39,877, holdout 86.8% of 22,262; at the session's end dev 97.3%, holdout 87.4%
// (h13-h36 95.4, h37-h46 97.1, h47-h56 89.6, h57-h66 88.9, h67-h76 84.2, h77-h86 83.4, h87-h96 77.4). The holdout
// floor follows the grown set (it is lower than last session's because h87-h96 is new, not because a page fell).
// Session 13 (2026-12-04/05): blind dev pages 240-263 (D21, D22: several variants of each weak holdout form, by
// writers who read no ingest code) and tuners' pages 264-275 were added. With the session-start code: dev 92.5% of
// 48,376 (240-263 70.6%), holdout 87.4%; at the session's end dev 96.4% (240-263 90.3%), holdout 87.8% (h67-h76
// 86.6, h77-h86 83.9, h87-h96 77.6; no holdout page fell). The holdout floor is raised back to 0.875.
// Session 14 (2026-12-05): an eighth holdout h97-h106 (10 pages, 53 articles, 246 figures, written by W20 who read
// no ingest code and no other holdout page) scored 80.8% on arrival with the session's start code (043b326), and
// the tuners' new dev pages 276-287 were added before their rules: holdout 87.8% of 22,262 -> 87.0% of 25,034 and
// dev 96.4% -> 96.2% by new pages alone. At the session's end (same fixtures, start code 043b326 -> HEAD): dev
// 96.2 -> 96.4% of 50,365 (the tuners' own pages 276-287 91.2 -> 92.8), holdout 87.0 -> 87.2% of 25,034 (h87-h96
// 77.6 -> 77.6, h97-h106 80.8 -> 81.1; no holdout page fell). Floors: dev back to 0.962, holdout 0.870.
// Session 15 (2026-12-05): a ninth holdout h107-h116 (10 pages, 44 articles, 283 figures, written by W21 who read
// no ingest code and no other holdout page) scored 78.9% on arrival with the session's start code (8e94ae1):
// holdout 87.2% of 25,033 -> 86.3% of 27,846 by new pages alone. The holdout floor follows the grown set.
// Session 16 (2026-12-05): a tenth holdout h117-h126 (10 pages, 50 articles, 252 figures, written by W22 who read
// no ingest code and no other holdout page) scored 73.2% on arrival with the session's start code (7e8ed63), and
// the tuners' new dev pages 300-319 (written before any rule) 81.2%: holdout 86.4% -> 85.2% of 30,558 and dev
// 96.6% -> 95.5% of 56,085 by new pages alone. At the session's end (same fixtures, 7e8ed63 -> HEAD): dev 95.5 ->
// 96.8% of 56,088 (pages 300-319 81.1 -> 96.1; no older page fell but 239, -1), holdout 85.2 -> 85.8% of 30,555
// (h117-h126, unsteered, 73.2 -> 75.0; h107-h116 78.9 -> 82.8, but this session's briefs named forms of its pages, so
// it is steered now). Floors: dev 0.965, holdout 0.855.
// Session 17 (2026-12-05): an eleventh holdout h127-h136 (10 pages, 45 articles, 251 figures, written by W23 who read
// no ingest code and no other holdout page) scored 77.9% with the session's start code (10043dc), and the tuners' new
// dev pages 320-335 78.2%: holdout 85.8% -> 85.1% of 33,232 by new pages alone. At the session's end (same fixtures,
// 10043dc -> HEAD): dev 95.8 -> 96.8% of 59,159 (pages 320-335 78.2 -> 96.5; no older page fell), holdout 85.1 ->
// 85.3% (h127-h136, unsteered, 77.9 -> 79.6; h87-h96 and h117-h126 unchanged). Floors: dev 0.965, holdout 0.845.
// Session 18 (2026-12-05): dev grew by W25's blind pages 340-349 (56.2% on arrival with the start code 0a9ca8f;
// dev 94.9% then) and the holdout by h137-h146 (70.2%): at the session's end dev 96.1%, holdout 84.6%, h13-h126
// 86.3%, h127+ 75.1% (74.9% with the start code). The floors follow the grown sets.
// Session 19 (2026-12-05): dev grew by W27's blind pages 350-359 (72.0% with the start code 2b19b34; dev 95.0%
// then) and the holdout by W26's h147-h156 (63.4%; holdout 82.9%, h127+ 70.8%). The floors follow the grown sets.
// At the session's end (same fixtures): dev 95.1%, holdout 83.1%, h13-h126 86.4%, h127+ 71.2%.
// Session 20 (2026-12-05): MA's boundary rules lifted dev page 344 (89 -> 179 of 235): dev 95.2% (61,864/64,967);
// holdout 83.1%, h13-h126 86.4%, h127+ 71.2% (h138 179/264 -> 173/265). The dev floor follows.
// Session 21 (2026-12-06): DT and DT2's boundary rules (piece heads, photo items, leads that carry on …): dev 95.3%
// (61,924/64,967), holdout 83.3% (32,516/39,018; h77-h86 84.6 -> 85.8, h117-h126 79.7 -> 80.8), h13-h126 86.7%,
// h127+ 71.2%. The floors follow.
// Session 22 (2026-12-06): WP's dev pages 360-367 (written before any rule, in the forms the blind pages 350-359 are
// named by: 66.8% on arrival) brought dev to 94.5% with the start code; WP's and DT3's rules (ruled and drawn
// tables, numbered one-line news, label-colon data boxes, spaced-out names and headlines, brief heads, notice heads,
// box labels …) end the session at dev 95.7% (64,067/66,937; < 350 96.6%, 350-359 78.6%, 360+ 93.5%), holdout
// 83.5% (32,585/39,018; h67-h76 87.6, h87-h96 79.4, h137-h146 72.0, h147-h156 63.5 -> 62.9), h13-h126 86.9%,
// h127+ 71.3%. The floors follow.
// Session 23 (2026-12-06): WP2's dev pages 368-375 (forms the dev set lacked: deputies' voices, township work
// pages, readers' letters with replies, weekly columns, interviews, red and black lists, an investigation series,
// an app copy; 77.0% on arrival) and WP2's and DT4's rules end at dev 95.6% (65,178/68,148; < 350 96.6%,
// 350-359 78.6%, 360-367 93.6%, 368-375 91.4%), holdout 83.6% (32,633/39,018; h97-h106 83.1, h137-h146 72.1,
// h147-h156 62.9), h13-h126 87.05%, h127+ 71.3%. The floors follow.
// Session 24 (2026-12-06): a fourteenth holdout h157-h166 (W28) 78.2% on arrival; T1's and T2's rules end at dev 96.4%,
// holdout 83.5%; two rules reverted for holdout pages (824f74e6: h97 376 -> 291; part of 2cba9487: h96 355 -> 305).
// Session 25 (2026-12-06): a fifteenth holdout h167-h176 (W29) 78.4%; D1's dev pages 376-387 (forms chosen from the worst
// holdout pages' file names) 75.4%; T1's rules end at dev 96.3% (376-387 -> 86.4%), holdout 83.8%: the holdout pages
// whose forms D1 wrote gained (h153 +40, h154 +24, h156 +28, h166 +71, h87 +58), the fifteenth did not move.
// Session 26 (2026-12-06): a sixteenth holdout h177-h186 (10 pages, 48 articles, 146 figures, written by W30 who read no
// ingest code and no other holdout page, in the everyday kinds issue 15 names) scored 86.7% (1,645/1,898) with the
// session's start code (62cecb6); D2's dev pages 388-399 (those kinds, chosen with no reference to the holdout) 94.0% and
// D3's 400-407 (furniture, column names and bylines wherever they stand) 93.4%: with the start code dev 96.1%
// (72,528/75,471), holdout 83.9% (37,455/44,621). T2's, P2's, R2's and F2's rules end the session at dev 96.6%
// (72,875/75,463; 388-407 93.8 -> 97.3, blind 350-359 80.0 -> 80.6), holdout 84.3% (37,597/44,618; h13-h126 87.30 ->
// 87.49, h127-h156 72.42 -> 73.38, h157-h166 83.66 -> 83.91, h167-h176 78.41 -> 78.41, h177-h186 86.67 -> 86.78).
// The two holdouts no one steered by moved by 2 expectations of 3,677 between them.
// Session 27 (2026-12-06): a seventeenth holdout h187-h196 (10 pages, 50 articles, 206 figures, written by W31 who read
// no ingest code and no other holdout page, in the everyday kinds issue 15 names) scored 87.8% (2,062/2,348) with the
// session's start code (f667518): holdout 84.4% (39,659/46,966). T3's, P3's, F3's and F4's rules and the review's mends
// end the session at dev 96.7% (72,875 -> 72,969 / 75,463; blind 350-359 2,324 -> 2,327), holdout 84.7% (39,775/46,965;
// h13-h126 87.49 -> 87.62, h127-h156 73.38 -> 73.45, h157-h166 83.91 -> 84.02, h167-h176 78.41 -> 78.47, h177-h186
// 86.78 -> 86.83, h187-h196 87.82 -> 90.63: h187 224 -> 290, one wire dateline form `本报潞城12月1日讯（…）` that a
// tuner's brief named among everyday forms before the page was written).
// Session 28 (2026-12-06): the holdout pages h13-h126 became dev pages 513-626 (tests/fixtures/pages/README.md), used up
// by ten sessions of choices. With the start code (3fae034): dev 94.1% (99,742/106,019; 513-626 87.6%, 26,773/30,556),
// holdout h127 and later 79.2% (13,002/16,409). The floors follow the moved sets, not a change of the ingest. An
// eighteenth holdout h197-h206 (10 pages, 48 articles, 186 figures, written by W32 who read no ingest code and no other
// holdout page, in the everyday kinds issue 15 names) scored 92.9% (2,032/2,187) with the start code: holdout 80.8%
// (15,034/18,596).
// T4's, P4's, F5's, F6's and D4's rules and the review's mends end the session at dev 94.6% (100,266/106,017; 513-626
// 87.6 -> 89.3, blind 350-359 2,327 -> 2,332), holdout 81.4% (15,134/18,601; h127-h156 73.45 -> 74.47, h157-h166 84.02 ->
// 83.88, h167-h176 78.47 -> 78.70, h177-h186 86.83 -> 86.99, h187-h196 90.63 -> 90.76, h197-h206 92.91 -> 93.00). Two
// furniture rules were reverted for what they took from holdout pages (fe7b5238: one page 183 -> 41, one 290 -> 249).
// T4's closing-box rule (0067457c) gained the holdout 81 (three pages +18 to +39) and took one expectation from
// h157-h166 (two pages each one junk sidebar, one more expectation right): that part's floor is lowered 0.84 -> 0.838.
// Sessions 29-30: holdouts h207-h216 (W33, 91.7% on arrival), h217-h226 (W35, 85.4%), dev 627-636 (W34, 90.8%); their
// rules end at dev 95.5%, holdout 82.8%; a rule that took a holdout page 116 -> 97 was narrowed by form (8739e219).
// Session 31 (2026-12-07): dev pages 637-666 (N1, N2, N3, writers who read no ingest code, in the three families that
// fail hardest on unseen pages, chosen by the lead from the worst holdout pages' file names: web/WeChat copies and
// reprints, PDF/OCR exports, service/jobs/reader-exchange pages) scored 69.1% (4,605/6,667) on arrival with the start
// code (f999eafc): dev 95.5% -> 94.0%. A twenty-first holdout h227-h236 (10 pages, 56 articles, 210 figures, W36, who
// read no ingest code and no other holdout page, in the everyday kinds issue 15 names) scored 88.8% (2,201/2,478) with
// the start code: holdout 82.8% -> 83.4% (21,189/25,419). T7's, P7's, F11's and D8's rules, G2's and G3's gold checks of
// the new pages and the review's mends end the session at dev 94.3% (108,288/114,795; 1-636 95.46 -> 95.66, 637-666
// 68.9 -> 73.0 on their end gold, blind 350-359 2,351 -> 2,352), holdout 83.4% (21,189 -> 21,202/25,416; h227-h236, the
// one set no one steered, 2,201 -> 2,204; h132 and h212 -1 each, by c96224c1 and 95ad7fee). The floors follow.
// Session 32 (2026-12-07): dev pages 667-686 (N4, N5, writers who read no ingest code) scored 86.1% (3,623/4,208) on
// arrival with the start code (9553c2e9), a twenty-second holdout h237-h246 (W37) 89.9% (1,831/2,036). The session's
// rules end it at dev 94.3% (112,265/119,012; start code on the end gold 111,917: 667-686 85.98 -> 90.61), holdout 84.0%
// (23,033 -> 23,065; h237-h246 1,831 -> 1,832; no holdout page lower than at the start). The floors follow.
// Session 33 (2026-12-07): dev pages 687-706 (N6: a month of a city daily's and the evening paper's livelihood pages; N7:
// the county papers'; writers who read no ingest code) scored 87.7% (3,721/4,242) on arrival with the start code
// (4a900aea): dev 94.33% -> 94.10%. A twenty-third holdout h247-h256 (10 pages, 46 articles, 164 figures, W38, who read
// no ingest code and no other holdout page) scored 95.7% (1,921/2,008): holdout 84.02% -> 84.81% (24,986/29,460).
// T9's, D10's and F13's rules (two writers each), the lead's two patches after a holdout check, G5's gold check of 687-706
// and the mends of two reviews end the session at dev 94.29% (116,214/123,258; the start code on the end gold 115,985:
// 1-636 95.72 -> 95.75, 667-686 90.61 -> 90.73, 687-706 87.61 -> 92.13, blind 350-359 2,352 -> 2,353), holdout 84.85%
// (24,986 -> 24,996; h247-h256, the one set no one steered, unchanged at 1,921; no page lower). The floors follow.
// Session 34 (2026-12-07): dev pages 707-726 (N8, N9) scored 82.9% on arrival with the start code (35245574), a 24th
// holdout h257-h266 (W39) 95.0%. X1's wider-gap rules, T10's, D11's, F14's and M11's (two writers each) and the lead's
// mends end it at dev 94.17% (119,784/127,197; start code 119,479: 707-726 82.87 -> 87.26), holdout 85.87% (26,704 ->
// 26,841, no page lower; h257-h266 unchanged).
// Session 35 (2026-12-07): dev pages 727-746 (N10, N11) scored 84.2% on arrival (start code 24be25e5), a 25th holdout
// h267-h276 (W40) 94.9%. T11's, D12's, F15's and M12's rules end it at dev 93.86% (123,552/131,631; start code 123,517:
// 727-746 84.19 -> 84.73), holdout 86.40% (28,690 -> 28,692); three rules reverted at the end (junk, splits, one writer).
// Session 36 (2026-12-07): dev pages 747-766 (N12, N13) 85.2% on arrival (start code c779e93e), a 26th holdout h277-h286
// (W41) 83.7%. T12's, D13's, F16's and M13's rules end it at dev 93.65% (127,115/135,741; start code 127,044), holdout
// 86.30% (30,508 -> 30,528, h225 +20; h277-h286 unchanged), no page lower on either.
// Session 37 (2026-12-07): dev pages 767-786 (N14, N15) 83.4% on arrival (start code 6d7366b5), a 27th holdout h287-h296
// (W42) 92.8%. T13's, X4's, D14's, F17's and M14's rules and the lead's mends end it at dev 93.56% (130,613 -> 130,914 on
// the end gold: letters with replies 716 +83, 750 +57; price arrows 661 +84, 721 +24), holdout 86.64% (32,340, no page moved).
const PAGE_FLOORS: Record<'dev' | 'holdout', number> = { dev: 0.935, holdout: 0.866 };
// The whole sets' floors follow the grown sets; their older pages keep theirs (dev 1-636, the holdout's parts), so that
// a rule cannot take from them what a new set's low score hides (RV, session 17). Each part is held to its own floor.
const PARTS: readonly { set: 'dev' | 'holdout'; name: string; first: number; last: number; floor: number }[] = [
  { set: 'dev', name: '1-636', first: 1, last: 636, floor: 0.957 },
  { set: 'dev', name: '637-666', first: 637, last: 666, floor: 0.756 },
  { set: 'dev', name: '667-686', first: 667, last: 686, floor: 0.928 },
  { set: 'dev', name: '687-706', first: 687, last: 706, floor: 0.933 },
  { set: 'dev', name: '707-726', first: 707, last: 726, floor: 0.908 },
  { set: 'dev', name: '727-746', first: 727, last: 746, floor: 0.858 },
  { set: 'dev', name: '747-766', first: 747, last: 766, floor: 0.867 },
  { set: 'dev', name: '767-786', first: 767, last: 786, floor: 0.837 },
  { set: 'holdout', name: 'h127-h156', first: 127, last: 156, floor: 0.754 },
  { set: 'holdout', name: 'h157-h166', first: 157, last: 166, floor: 0.842 },
  { set: 'holdout', name: 'h167-h176', first: 167, last: 176, floor: 0.808 },
  { set: 'holdout', name: 'h177-h186', first: 177, last: 186, floor: 0.869 },
  { set: 'holdout', name: 'h187-h196', first: 187, last: 196, floor: 0.908 },
  { set: 'holdout', name: 'h197-h206', first: 197, last: 206, floor: 0.933 },
  { set: 'holdout', name: 'h207-h216', first: 207, last: 216, floor: 0.921 },
  { set: 'holdout', name: 'h217-h226', first: 217, last: 226, floor: 0.863 },
  { set: 'holdout', name: 'h227-h236', first: 227, last: 236, floor: 0.903 },
  { set: 'holdout', name: 'h237-h246', first: 237, last: 246, floor: 0.916 },
  { set: 'holdout', name: 'h247-h256', first: 247, last: 256, floor: 0.956 },
  { set: 'holdout', name: 'h257-h266', first: 257, last: 266, floor: 0.949 },
  { set: 'holdout', name: 'h267-h276', first: 267, last: 276, floor: 0.948 },
  { set: 'holdout', name: 'h277-h286', first: 277, last: 286, floor: 0.836 },
  { set: 'holdout', name: 'h287-', first: 287, last: Number.POSITIVE_INFINITY, floor: 0.928 },
];

/**
 * Issue 15's never-rules (never.ts): how often each may still be broken per set, counted against the gold. A
 * ceiling, not a floor: a count may only go down; lower it as rules are fixed. Set 2026-12-05 (session 18).
 */
const NEVER_CEILINGS: Record<'dev' | 'holdout', Record<NeverRule, number>> = {
  // At the session's start (0a9ca8f, today's fixtures): dev 13/4/0/0, holdout 65/1/3/3.
  // Session 19: the new pages (dev 350-359, h147-h156) bring dev 1 -> 5 and holdout 60 -> 69 with the start code;
  // at the session's end holdout role-as-title 56 (copies' chrome, captions that read as none, set-off column names).
  // Session 22's end: dev role-as-title 4, holdout year-from-nowhere 2.
  // Session 24: dev role-as-title 3; the new holdout pages h157-h166 bring holdout role-as-title 56 -> 65 with the start
  // code, and this session's rules 65 -> 67 (h92, h143 one each): the ceiling follows the grown set, not lowered.
  // Session 25: the new holdout pages h167-h176 bring holdout role-as-title 67 -> 68 with the start code.
  // Session 25: dev pages 376-387 bring dev role-as-title 3 -> 8 with the start code; T1's rules 8 -> 5.
  // Session 26: dev pages 388-407 bring dev role-as-title 5 -> 11 with the start code; P2's and T2's rules 11 -> 3, and
  // later-year 4 -> 0. The new holdout pages h177-h186 bring holdout role-as-title 68 -> 69; the rules 69 -> 62. The three
  // outside-gazetteer figures are 山西省 (全省…), which the figure guide allows as a place outside Changzhi.
  // Session 27: the new holdout pages h187-h196 bring holdout role-as-title 62 -> 63 with the start code; P3's rules
  // (furniture, credits and column names by their form) 63 -> 59.
  // Session 28: h13-h126 moved to dev (513-626) bring dev role-as-title 3 -> 27 and year-from-nowhere 0 -> 1, and leave the
  // holdout role-as-title 35 and year-from-nowhere 1; the eighteenth holdout h197-h206 brings holdout role-as-title 35 -> 36
  // with the start code. At the session's end: dev role-as-title 27 -> 14 (P4's furniture and credits by their form);
  // holdout later-year 1 -> 0, role-as-title 36 -> 38, RAISED on purpose: T4's closing-box rule (0067457c), which gained
  // the holdout 81 expectations, sets two boxes apart whose title the gold calls a role (+2), and reverting f035c013
  // for the 41 it took from one holdout page gave back the one it had removed (+1); 8b61ccac removed one (-1).
  // Session 29: the nineteenth holdout h207-h216 brings holdout role-as-title 38 -> 40 with the start code; dev pages
  // 627-636 bring dev role-as-title 14 -> 15 with the start code, this session's rules 15 -> 14.
  // Session 30: the twentieth holdout h217-h226 brings holdout role-as-title 40 -> 42 with the start code; this session's
  // rules leave it at 42 and take dev 14 -> 13.
  // Session 31: dev pages 637-666 bring dev role-as-title 13 -> 29 with the start code; the twenty-first holdout
  // h227-h236 brings holdout role-as-title 42 -> 52. This session's rules take dev 29 -> 14 (copies' chrome, bylines and
  // credits by their form) and year-from-nowhere 1 -> 0, holdout role-as-title 52 -> 51.
  // Session 32: dev pages 667-686 bring dev role-as-title 14 -> 19 with the start code; the twenty-second holdout
  // h237-h246 brings holdout role-as-title 51 -> 52. This session's rules take dev 19 -> 15 (credits in square brackets, a
  // column's name over signed items, a spaced index label) and holdout 52 -> 46.
  // Session 33: dev pages 687-706 bring dev role-as-title 15 -> 17 with the start code; the twenty-third holdout
  // h247-h256 brings holdout role-as-title 46 -> 48.
  // Session 34: dev pages 707-726 bring dev role-as-title 17 -> 22 with the start code, this session's rules 22 -> 19; the
  // twenty-fourth holdout h257-h266 brings holdout role-as-title 48 -> 50, and the session leaves it there (a closing box's
  // label：title head took a page's 本版协办：… line for a box's title, 50 -> 51, until that line was read as the page's).
  // Session 35: dev pages 727-746 bring dev role-as-title 19 -> 21 with the start code, and the session leaves it there.
  // Session 36: dev pages 747-766 bring it 21 -> 24 with the start code, the holdout's h277-h286 50 -> 51.
  // Session 37: dev pages 767-786 bring it 24 -> 27 with the start code; h287-h296 add none. The session's rules 27 -> 26.
  dev: { 'role-as-title': 26, 'later-year': 0, 'year-from-nowhere': 0, 'outside-gazetteer': 0 },
  holdout: { 'role-as-title': 51, 'later-year': 0, 'year-from-nowhere': 1, 'outside-gazetteer': 3 },
};

/** Share of gold figures whose field must be right, per set (`npm run eval -- figures`). */
// Figure fields after issue 14's form rules (helper C, 2026-12-03, dev with pages 28-47, 571 figures):
// seeds status 97.1, year 93.5, period 100, region 97.1, topic 97.8, label 90.6, kind 90.6;
// dev status 97.4, year 94.9, period 92.3, region 97.4, topic 93.2, label 88.1, kind 95.4. Floors about 1.5
// points under; seeds period stays at 0.94 (17 figures: one is 5.9 points), dev topic at 0.925 (never lowered).
// Dev year is LOWERED from this morning's 0.955 to 0.935, on purpose: an undated article now takes the year
// of its page's other articles (pipeline.ts siblingYear), as the seeds' and holdout gold read such pages
// (holdout year 77.8 -> 90.3), while the dev gold follows the guide's "undated: year null" for 13 figures
// (97.2 -> 94.9). The guide and the holdout gold disagree there; whichever is kept, one set loses.
// Evening of 2026-12-03, dev grown to 982 figures (pages 50-69 added, 50-61 the former holdout): seeds status 97.1,
// year 93.5, period 100, region 100, topic 97.8, label 92.0, kind 90.6; dev status 96.4, year 96.5, period 89.2,
// region 96.3, topic 93.6, label 88.1, kind 95.1. The dev floors below the morning's (period, region, kind) are the
// larger set's, not a regression: on dev 01-47 alone those fields rose (period 92.3 -> 94.8, region 97.5 -> 97.9).
// The undated-year decision above is settled: a sibling's year now counts only when it opens with a day date, as
// the guide and dev gold read undated pages.
const FIGURE_FLOORS: Record<'seeds' | 'dev', Record<Field, number>> = {
  // Night of 2026-12-03: seeds status 99.3, label 93.5 (others as before).
  // 2026-12-04: seeds label 94.2, kind 99.3 (others as before).
  seeds: { status: 0.975, year: 0.92, period: 0.94, region: 0.985, topic: 0.96, label: 0.925, kind: 0.975 },
  // End of that session (1,107 dev figures): status 98.1, year 98.6, period 91.1, region 98.0, topic 95.8, label 88.7, kind 96.4.
  // Dev grown to 1,388 figures (pages 82-93, untuned on arrival): status 96.4, year 97.1, period 87.8, region 95.7,
  // topic 93.9, label 89.3, kind 94.2.
  // End of that session (1,533 figures, pages 94-97 added): status 99.4, year 98.4, period 93.7, region 97.6,
  // topic 95.2, label 91.9, kind 96.0.
  // Dev grown to 1,728 figures (pages 98-108, untuned on arrival, 2026-12-04): status 97.8, year 96.9, period 88.2,
  // region 95.4, topic 93.2, label 91.2, kind 94.8 — floors for the grown set, raised again at the session's end.
  // End of that session (1,730 figures): status 99.5, year 98.6, period 93.8, region 98.6, topic 95.8, label 94.0, kind 97.5.
  // Dev grown to 2,203 figures (pages 109-128, untuned on arrival): with the session-start code status 97.8, year
  // 95.2, period 84.2, region 96.2, topic 93.5, label 91.2, kind 94.2; at the session's end status 98.1, year 95.7,
  // period 84.9, region 97.1, topic 94.0, label 92.5, kind 95.4 — the floors follow the grown set.
  // Dev grown to 2,461 figures (pages 129-155): with the session-start code status 96.3, year 92.1, period 80.2,
  // region 95.6, topic 91.8, label 90.5, kind 93.2; at the session's end status 98.7, year 97.9, period 90.3,
  // region 97.7, topic 94.5, label 93.1, kind 95.4.
  // Dev grown to 2,791 figures (pages 160-185): with the session-start code status 95.4, year 94.9, period 82.6,
  // region 94.3, topic 90.8, label 89.9, kind 91.9; at the session's end status 98.5, year 98.1, period 87.7,
  // region 97.1, topic 94.7, label 93.3, kind 95.8. The period floor follows the grown set (1,028 periods, the new
  // pages' 今年暑期 and chart rows their source note dates, which the gold leaves undated).
  // Dev grown to 3,625 figures (pages 186-239): with the session-start code status 95.1, year 94.4, period 83.1,
  // region 94.3, topic 91.1, label 89.9, kind 92.9; at the session's end status 98.5, year 97.8, period 87.8,
  // region 97.2, topic 93.8, label 94.3, kind 95.9 (label's floor raised).
  // Dev grown to 4,464 figures (pages 240-275): with the session-start code status 94.9, year 94.5, period 85.6,
  // region 93.7, topic 90.7, label 90.9, kind 92.7; at the session's end status 97.5, year 96.7, period 86.4,
  // region 96.1, topic 93.4, label 93.8, kind 95.0: the floors follow the grown set.
  // Dev grown to 5,178 figures (pages 276-319; session 16): with the session-start code status 97.4, year 96.7,
  // period 85.5, region 96.3, topic 93.0, label 93.5, kind 94.7; at the session's end status 98.0, year 97.4, period
  // 86.1, region 97.0, topic 93.8, label 94.1, kind 95.4: every floor but period's raised.
  // Dev grown to 5,692 figures (pages 340-349; session 18): with the session-start code status 97.3, year 96.6,
  // period 85.9, region 96.3, topic 92.7, label 93.4, kind 94.5; at the session's end status 98.0, year 96.9, period
  // 86.0, region 96.7, topic 92.9, label 93.6, kind 95.0: the floors follow the grown set.
  // Dev grown to 5,955 figures (pages 350-359; session 19): with the session-start code status 97.4, year 96.5,
  // period 84.6, region 95.9, topic 92.2, label 93.1, kind 94.4: the floors follow the grown set (topic's too: the
  // new pages' own, not a fall on the older ones). At the session's end status 97.4, year 96.8, period 84.6, region
  // 96.1, topic 92.6 (the learned topic model), label 93.1, kind 94.4.
  // Dev grown to 6,866 figures (pages 376-407; sessions 25-26): at session 26's end status 98.0, year 97.9, period 84.9,
  // region 96.4, topic 93.4, label 94.5, kind 95.5. Session 27's end: status 98.1, year 98.0, period 85.7, region 96.5,
  // topic 93.7, label 94.9, kind 95.7.
  // Session 28: dev grown to 9,760 figures by pages 513-626 (the former holdout h13-h126): with the start code status
  // 95.5, year 95.8, period 82.5, region 94.1, topic 91.2, label 91.7, kind 93.2. The floors follow the grown set.
  // At the session's end status 95.6, year 96.0, period 83.1, region 94.2, topic 91.9 (the topic model learns from every
  // dev page but the blind ones now: 91.13 -> 91.73% on held-out folds of 513-626), label 92.0, kind 93.4.
  // Session 29: dev grown to 9,928 figures by pages 627-636; at the session's end status 96.2, year 96.9, period 83.6,
  // region 94.7, topic 92.8, label 92.6, kind 94.2.
  // Session 30's end (9,928 figures): status 96.5, year 96.9, period 84.8, region 94.7, topic 93.0, label 92.9, kind 94.4.
  // Session 31: dev pages 637-666 (595 figures, untuned on arrival) lower year, period, topic, label and kind.
  // End of session 31 (10,529 figures): status 95.9, year 96.3, period 84.1, region 94.1, topic 92.3, label 91.9, kind 94.0.
  // Session 32: dev pages 667-686 (347 figures, untuned on arrival): 10,876 figures at status 95.5, year 96.0, period 83.6,
  // region 93.6, topic 91.8, label 91.4, kind 93.6.
  // End of session 32 (10,877 figures): status 95.6, year 96.2, period 84.7, region 94.1 (the figures eval now compares
  // places as the page eval does, a town's former name its present one: 93.6 -> 94.1 by the eval alone), topic 92.0,
  // label 91.8, kind 93.8.
  // Session 33: dev pages 687-706 (354 figures): 11,231 at status 95.5, year 96.0, period 84.4, region 93.9, topic 91.8,
  // label 91.6, kind 93.7 on arrival; at its end status 95.6, period 84.5, kind 93.8.
  // Session 34: dev pages 707-726 (341 figures, untuned on arrival): 11,575 figures at status 95.3, year 95.8, period 83.8,
  // region 93.7, topic 91.6, label 91.3, kind 93.6 with the start code; at the end status 95.4 (+20), year 95.9 (+14),
  // period 83.8 (-2), region 93.7 (+8), topic 91.6 (+8), label 91.3 (+5), kind 93.6 (+4).
  // Session 35: dev pages 727-746 (394 figures): 11,969 at status 95.2, year 95.7, period 82.7, region 93.5, topic 91.5,
  // label 91.0, kind 93.5 with the start code; at the end period 83.5 (+28), label +4, the others unchanged.
  // Session 36: dev pages 747-766 (345 figures): 12,314 at status 94.7, year 95.4, period 82.5, region 93.3, topic 91.1,
  // label 90.6, kind 93.3 with the start code; at the end status +11, year +6, region -1, topic +2, kind +1.
  // Session 37: dev pages 767-786 (368 figures): 12,682 at status 94.3, year 95.3, period 81.2, region 93.0, topic 90.7,
  // label 90.0, kind 92.9 with the start code; at the end status 94.5, year 95.5, period 81.5, region 93.1, topic 90.9, label
  // 90.3, kind 93.1.
  dev: { status: 0.945, year: 0.954, period: 0.815, region: 0.930, topic: 0.909, label: 0.902, kind: 0.930 },
};

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;

describe('eval gates (issues 14 and 15)', () => {
  it('pages: each set holds at least its floor of expectations', () => {
    const pages = (['dev', 'holdout'] as const).flatMap((set) => loadGold(join(PAGES, set)));
    const results = pages.map(evaluatePage);
    const summary = summarize(results);
    const lines: string[] = [];
    const low: string[] = [];
    for (const [set, floor] of Object.entries(PAGE_FLOORS)) {
      const tally = summary.sets[set];
      expect(tally, `set ${set} has pages`).toBeDefined();
      const got = tally!.held / tally!.total;
      lines.push(`pages ${set.padEnd(8)} ${share(tally!)} (floor ${pct(floor)})`);
      if (got < floor) low.push(`${set} ${pct(got)} < ${pct(floor)}`);
    }
    for (const part of PARTS) {
      const inPart = results.filter((r) => r.set === part.set && Number(/^h?(\d+)/.exec(r.page)?.[1]) >= part.first && Number(/^h?(\d+)/.exec(r.page)?.[1]) <= part.last);
      const tally = { held: inPart.reduce((n, r) => n + r.expectations.filter((e) => e.ok).length, 0), total: inPart.reduce((n, r) => n + r.expectations.length, 0) };
      expect(tally.total, `${part.set} ${part.name} has pages`).toBeGreaterThan(0);
      lines.push(`pages ${part.name.padEnd(8)} ${share(tally)} (floor ${pct(part.floor)})`);
      if (tally.held / tally.total < part.floor) low.push(`${part.name} ${pct(tally.held / tally.total)} < ${pct(part.floor)}`);
    }
    for (const [set, ceilings] of Object.entries(NEVER_CEILINGS)) {
      for (const rule of NEVER_RULES) {
        const broken = summary.never[set]?.[rule] ?? 0;
        lines.push(`never ${set.padEnd(8)} ${rule.padEnd(18)} ${broken} (ceiling ${ceilings[rule]})`);
        if (broken > ceilings[rule]) low.push(`${set} ${rule} broken ${broken} times > ${ceilings[rule]} (npm run eval -- pages --set ${set} --verbose | grep never)`);
      }
    }
    console.log(lines.join('\n'));
    expect(low, 'page sets below their floor, or never-rules broken more often than their ceiling').toEqual([]);
    // ~380 pages ingested in one test: 12 s alone, past 30 s on a shared 2-core machine.
  }, 300_000);

  for (const set of ['seeds', 'dev'] as const) {
    it(`figures (${set}): every field at least its floor`, () => {
      const gold =
        set === 'seeds'
          ? loadSeedGold(join(ROOT, 'tests', 'fixtures', 'figures-gold'), join(ROOT, 'seeds'))
          : loadPageGold(set, join(PAGES, set));
      const { score } = evaluate(gold);
      expect(score.gold, `${set} has gold figures`).toBeGreaterThan(0);
      const floors = FIGURE_FLOORS[set];
      const lines = [`figures ${set}: ${score.found}/${score.gold} found`];
      const low: string[] = [];
      for (const field of FIELDS) {
        const f = score.fields[field];
        lines.push(`  ${field.padEnd(8)} ${pct(f.share).padStart(6)} (${f.right}/${f.of}; floor ${pct(floors[field])})`);
        if (f.share < floors[field]) low.push(`${field} ${pct(f.share)} < ${pct(floors[field])}`);
      }
      console.log(lines.join('\n'));
      expect(low, `${set} fields below their floor`).toEqual([]);
      // ~700 dev pages' figures: 30 s alone, 155 s on a shared 2-core machine at load 12 (past the 90 s default).
    }, 300_000);
  }

  it('issue 14’s bar: status, year, region and topic at least 90% on the seeds', () => {
    for (const field of ['status', 'year', 'region', 'topic'] as const) expect(FIGURE_FLOORS.seeds[field]).toBeGreaterThanOrEqual(0.9);
  });
});
