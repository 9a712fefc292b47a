// Colon heads printed alike over one-paragraph items (item-heads.ts): each heads an item of its own, while the
// colon subheads of a signed feature stay its sections. The pages are made up in the forms county papers print.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';

const titles = (page: string[]) => structurePage(page.join('\n\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text ?? '');

describe('colon heads over one-paragraph items', () => {
  it('head an item each after a column of briefs', () => {
    const page = [
      '■ 11月24日，县里召开冬季安全生产工作会议，部署隐患排查整治。',
      '丰州镇：幸福院里过冬不愁',
      '丰州镇今年新建农村互助幸福院2个，入冬前配齐了取暖设备。',
      '洪水镇：村村通上了冬季公交',
      '11月20日起，洪水镇冬季公交线路覆盖全镇行政村。',
      '韩北镇：便民代办进村',
      '韩北镇在9个村设立便民服务代办点，方便群众办事。',
    ];
    expect(titles(page)).toEqual(['', '丰州镇：幸福院里过冬不愁', '洪水镇：村村通上了冬季公交', '韩北镇：便民代办进村']);
  });

  it('stay sections of a feature whose headline has its byline', () => {
    const page = [
      '沁源县：一条公路连起十个村',
      '本报记者 王 敏',
      '从县城出发，沿着新修的公路走半个小时，就到了王和镇。',
      '王和镇：路通了',
      '王和镇今年新修农村公路12公里，村村通了硬化路。',
      '郭道镇：车来了',
      '郭道镇开通了城乡公交，每天往返4趟。',
    ];
    expect(titles(page)).toEqual(['沁源县：一条公路连起十个村']);
  });

  it('stay sections of a feature when they are numbered (变化一：… / 变化二：…), byline at its end', () => {
    const page = [
      '西沟村：一条路带富一个村',
      '平顺县西沟村地处太行山深处，过去村民出山要走两个多小时。',
      '变化一：村里通了公交',
      '去年，县里开通了西沟村到县城的公交线路，每天往返6趟，村民进城只要40分钟。',
      '变化二：大棚里长出了好日子',
      '村里建起香菇大棚30座，带动80户村民增收，户均年增收1.2万元。（记者 王丽娟）',
    ];
    expect(titles(page)).toEqual(['西沟村：一条路带富一个村']);
  });
});
