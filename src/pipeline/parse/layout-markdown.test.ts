import { describe, expect, it } from 'vitest';
import { parsePage } from './page.ts';

// PDF-to-Markdown output, the seed's layout: blocks between blank lines, `## ` headlines. Every
// snippet is written for the test.
const parse = (blocks: string[]) => parsePage(blocks.join('\n\n'), 'page.md');

describe('reports of a compilation under one marked headline', () => {
  it('keeps each report’s heading of two blocks and its reporter inside the story, even where the page marks one headline', () => {
    const page = parse([
      '## 岁末走一线 守岁在岗位',
      '除夕之夜，本报记者走进车站、码头和田间，记下坚守岗位的人们。',
      '东岚车站——',
      '站台上的年夜饭',
      '本报记者 陆文清',
      '晚上八点，最后一班列车进站，站台上的值班员才端起饭碗。',
      '“习惯了，车站就是家。”值班员周明华说。',
      '青石码头',
      '灯火通明迎归人',
      '本报记者 林 海',
      '码头上的灯一夜没有熄，渡轮一趟趟把回乡的人送到对岸。',
    ]);
    expect(page.items).toHaveLength(1);
    const [story] = page.items;
    expect(story?.headline).toBe('岁末走一线 守岁在岗位');
    expect(story?.bylines.map((b) => b.name)).toEqual(['陆文清', '林海']);
    expect(story?.body.filter((block) => block.kind === 'subhead').map((block) => block.text)).toEqual(['东岚车站——', '站台上的年夜饭', '青石码头', '灯火通明迎归人']);
  });
});
