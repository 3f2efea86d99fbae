import { describe, expect, it } from 'vitest';
import { reportMailto } from './report-mailto.ts';

const parse = (href: string) => {
  const [address, query] = href.slice('mailto:'.length).split('?');
  const params = new URLSearchParams(query!.replace(/\+/gu, '%2B'));
  return { address, subject: params.get('subject'), body: params.get('body') };
};

describe('reportMailto', () => {
  it('writes to the editors with the title and the permalink', () => {
    const mail = parse(reportMailto({ editors: 'editors@example.org', title: '新桥开通&通车', url: 'https://news.example/article/x?a=1' }));
    expect(mail.address).toBe('editors@example.org');
    expect(mail.subject).toBe('报告错误：新桥开通&通车');
    expect(mail.body).toBe('稿件：新桥开通&通车\r\n链接：https://news.example/article/x?a=1\r\n\r\n问题说明：\r\n');
  });

  it('quotes the selected text, cut when very long', () => {
    const short = parse(reportMailto({ editors: 'e@example.org', title: '标题', url: 'u', selection: '  新桥今天通车 ' }));
    expect(short.body).toContain('选中的文字：\r\n新桥今天通车\r\n');
    const long = parse(reportMailto({ editors: 'e@example.org', title: '标题', url: 'u', selection: '字'.repeat(2000) }));
    expect(long.body).toContain(`${'字'.repeat(800)}…`);
    expect(long.body).not.toContain('字'.repeat(801));
  });
});
