import { describe, expect, it } from 'vitest';
import { parsePayload, routerPath, serializePayload, type SsrPayload } from './ssr-payload.ts';

const payload = (text: string): SsrPayload => ({ path: `/search?q=${text}` });

describe('serializePayload', () => {
  it('can never close the script element it is written into', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028';
    const json = serializePayload(payload(hostile));
    expect(json).not.toMatch(/[<>&\u2028]/u);
    expect(parsePayload(json)?.path).toBe(`/search?q=${hostile}`);
  });

  it('rejects a damaged payload instead of throwing', () => {
    expect(parsePayload('{"path":')).toBeUndefined();
    expect(parsePayload('{}')).toBeUndefined();
    expect(parsePayload('{"path":3}')).toBeUndefined();
    expect(parsePayload(null)).toBeUndefined();
  });
});

describe('routerPath', () => {
  it('removes the base and a trailing slash', () => {
    expect(routerPath('/dubao/article/a--b/', '', '/dubao')).toBe('/article/a--b');
    expect(routerPath('/dubao/', '', '/dubao/')).toBe('/');
    expect(routerPath('/dubao', '', '/dubao')).toBe('/');
    expect(routerPath('/page/x', '?q=1', '/')).toBe('/page/x?q=1');
  });

  it('decodes the path like the router does', () => {
    expect(routerPath('/entity/%E7%9B%9B', '', '/')).toBe('/entity/盛');
    expect(routerPath('/bad/%E0%A4%A', '', '/')).toBe('/bad/%E0%A4%A');
  });
});
