// A copy's page lines set between a headline and its text (`发布时间：…`, `编辑：…`, `阅读 … 点赞 …`): the headline stays
// the article's, whether it stands under the page's header (run-furniture.ts) or over a byline (run-titles.ts). Made
// up in those forms; classifyBlocks runs blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const TEXT = '入冬以来，屯留区为1800户困难群众发放取暖补贴，每户补贴标准提高到1200元，已全部发放到位。';
const TEXT_2 = '据了解，今年全区还新建改造供热管网18公里，新增供热面积60万平方米。';

describe('a headline under the page header with a page line under it', () => {
  it('heads the text under them, a staff line between', () => {
    expect(kinds(['2024年3月9日 星期六', '第5版 综合', '屯留区困难群众取暖补贴全部到位', '编辑：韩 斌 审核：段晓芳', TEXT, TEXT_2])).toEqual([
      'furniture',
      'furniture',
      'headline',
      'furniture',
      'paragraph',
      'paragraph',
    ]);
  });

  it("leaves a short label among the page lines the page's, and the page's first line over them", () => {
    expect(kinds(['2024年3月9日 星期六', '民生周刊', '第5版', TEXT, TEXT_2]).slice(0, 3)).toEqual(['furniture', 'furniture', 'furniture']);
    expect(kinds(['人大代表建议答复选登专版', '第5版 民主法治', '责任编辑：韩 斌', TEXT, TEXT_2]).slice(0, 3)).toEqual(['furniture', 'furniture', 'furniture']);
  });

  it("leaves a slogan between the page lines the issue's banner, never the headline of the text under them", () => {
    expect(kinds(['2024年3月9日 星期六', '第5版', '践行新思想 奋进新征程', '本版编辑：韩 斌', TEXT, TEXT_2]).slice(0, 4)).not.toContain('headline');
  });

  it('leaves a list of past posts between kickers and staff lines at the foot what it was', () => {
    const foot = kinds([TEXT, '---', '往期推荐', '#长治发布# 潞州区新增三处口袋公园', '#长治发布# 这些便民服务3月起有变化', '编辑：韩 斌 审核：段晓芳', '喜欢就点个“在看”吧！']);
    expect(foot.slice(3)).not.toContain('headline');
  });
});

describe('a headline over its byline with page lines between', () => {
  it('is the headline past a date stamp or a menu of counts', () => {
    for (const line of ['发布时间：2024-03-09 07:45', '阅读 5820 点赞 37', '责任编辑：韩 斌']) {
      expect(kinds([TEXT_2, '屯留区困难群众取暖补贴全部到位', line, '记者 韩 斌', TEXT]), line).toEqual(['paragraph', 'headline', 'furniture', 'byline', 'paragraph']);
    }
  });
});
