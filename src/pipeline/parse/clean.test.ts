import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPageText } from './clean.ts';

const SEED = readFileSync(new URL('../../../seeds/000_b8044a892ed5c8e9.txt', import.meta.url), 'utf8');

describe('cleanPageText: line ends', () => {
  it('CRLF and lone CR become LF', () => {
    expect(cleanPageText('甲\r\n乙\r丙\n丁\r\n\r\n戊')).toBe('甲\n乙\n丙\n丁\n\n戊');
  });

  it('drops the form feed pdftotext sets after a line end, so every line keeps its number', () => {
    expect(cleanPageText('第一版末行\n\f第二版首行\n\f\f')).toBe('第一版末行\n第二版首行\n');
  });

  it('form feed and vertical tab end a line instead of gluing two lines together', () => {
    expect(cleanPageText('第一版末行\f第二版首行')).toBe('第一版末行\n第二版首行');
    expect(cleanPageText('a\u000bb\u2028c')).toBe('a\nb\nc');
  });

  it('keeps the two trailing spaces that mark a hard line break', () => {
    const text = '积极抢占新质生产力新赛道  \n壮大高质量发展核心竞争力\r\n';
    expect(cleanPageText(text)).toBe('积极抢占新质生产力新赛道  \n壮大高质量发展核心竞争力\n');
  });
});

describe('cleanPageText: markup', () => {
  it.each(['<br>', '<br/>', '<br />', '<BR>', '<Br/>', '<bR  />'])('%s becomes a line break', (tag) => {
    expect(cleanPageText(`区委常委会${tag}(扩大)会议召开`)).toBe('区委常委会\n(扩大)会议召开');
  });

  it('other tags stay as text, exactly', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> <p class="x">段落</p> <brx> <b>粗</b>';
    expect(cleanPageText(hostile)).toBe(hostile);
  });

  it('decodes the common entities', () => {
    expect(cleanPageText('A&amp;B &lt;tag&gt; &quot;q&quot; it&#39;s &apos;a&apos;')).toBe('A&B <tag> "q" it\'s \'a\'');
    expect(cleanPageText('中&nbsp;文')).toBe('中\u00a0文');
    expect(cleanPageText('&#x4E2D;&#X56FD;&#20013;&#22269; &#x1F600;')).toBe('中国中国 😀');
  });

  it('leaves what is not an entity alone', () => {
    const text = 'R&D, AT&T, &foo; &#0; &#xD800; &#x110000; &amp &#; &#x; & ;';
    expect(cleanPageText(text)).toBe(text);
    expect(cleanPageText('&nbsp')).toBe('&nbsp');
  });

  it('an entity for markup is text, not a tag to act on twice', () => {
    // &lt;br&gt; was an escaped tag; decoding it yields the tag, which a second pass would turn into a break,
    // so the first pass does it too (idempotence)
    expect(cleanPageText('a&lt;br&gt;b')).toBe('a\nb');
    expect(cleanPageText('&lt;script&gt;')).toBe('<script>');
  });

  it('double-escaped text comes out as one pass of decoding would leave it after repeating', () => {
    expect(cleanPageText('&amp;amp;amp;lt;')).toBe('<');
    expect(cleanPageText('&amp;#20013;')).toBe('中');
    expect(cleanPageText('&#38;lt;')).toBe('<');
  });
});

describe('cleanPageText: invisible and control characters', () => {
  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])('removes U+%s', (zw) => {
    expect(cleanPageText(`盛${zw}蕾${zw}`)).toBe('盛蕾');
  });

  it('removes a BOM left at the start or inside the text', () => {
    expect(cleanPageText('\ufeff## 标题\n正文\ufeff。')).toBe('## 标题\n正文。');
  });

  it('removes C0 and C1 controls but keeps newline, and turns tab into a space', () => {
    expect(cleanPageText('a\u0000b\u0001c\u001bd\u007fe\u0085f\u0090g\u009fh')).toBe('abcde\nfgh');
    expect(cleanPageText('名称\t数量\n')).toBe('名称 数量\n');
  });

  it('a zero-width character hidden in an entity or a tag does not protect it', () => {
    expect(cleanPageText('&am\u200bp;')).toBe('&');
    expect(cleanPageText('<b\u200br/>')).toBe('\n');
  });
});

describe('cleanPageText: text is otherwise kept exactly', () => {
  it('punctuation widths and spacing are untouched', () => {
    const text = '本报讯(韩晖 记者 黄雅婷) 半导体,关键:赛道。全角，（括号）：冒号！ ...  —— 「」';
    expect(cleanPageText(text)).toBe(text);
  });

  it('the seed page is already clean and comes back unchanged', () => {
    expect(cleanPageText(SEED)).toBe(SEED);
  });

  it('the seed page with generated noise comes back as the seed page', () => {
    let i = 0;
    const noisy = [...SEED]
      .map((ch) => {
        i++;
        if (ch === '\n') return i % 3 === 0 ? '<br/>' : i % 3 === 1 ? '\r\n' : '<BR>';
        if (i % 11 === 0) return `&#x${(ch.codePointAt(0) ?? 0).toString(16)};`;
        if (i % 13 === 0) return `&#${ch.codePointAt(0) ?? 0};`;
        if (i % 7 === 0) return `${ch}\u200b`;
        if (i % 17 === 0) return `\u0007${ch}`;
        if (ch === '(') return '&#40;';
        return ch;
      })
      .join('');
    expect(noisy).not.toBe(SEED);
    expect(cleanPageText(noisy)).toBe(SEED);
  });
});

describe('cleanPageText: words hyphenated across a line end', () => {
  it('rejoins Latin words broken by OCR', () => {
    expect(cleanPageText('the informa-\ntion age')).toBe('the information age');
    expect(cleanPageText('informa-\r\ntion')).toBe('information');
    expect(cleanPageText('informa-<br>tion')).toBe('information');
    expect(cleanPageText('Stra-\nße und ré-\nsumé')).toBe('Straße und résumé');
  });

  it('keeps real hyphens', () => {
    for (const text of ['a well-known fact', 'Jean-\nPierre', 'COVID-\n19', '中文-\n文字', 'word-\n\nnext', 'word- \nnext', '--\nx', 'x-\nABC']) {
      expect(cleanPageText(text)).toBe(text);
    }
  });
});

describe('cleanPageText: properties', () => {
  // pieces that interact: entity parts, tag parts, hyphens, line ends and invisibles
  const piece = fc.constantFrom(
    '&', 'amp;', 'lt;', 'gt;', 'nbsp;', '#', 'x', '4E2D', '59', '38', ';', '&#59;', '&#38;', '&#10;', '&#x2D;', '&#8203;',
    '<', 'br', 'BR', ' ', '/', '>', '-', '\n', '\r', '\r\n', '\t', '\f', 'a', 'Z', 'é', '中', '。', ',', '\u200b', '\ufeff', '\u0001', '\u0085',
  );
  const noisyText = fc.oneof(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        const once = cleanPageText(text);
        expect(cleanPageText(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves no CR, tab, control or zero-width character behind', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        expect(cleanPageText(text)).not.toMatch(/[\r\t\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('text without markup or noise is returned as is', () => {
    const plain = fc.array(fc.constantFrom(...'盛蕾走访调研,。()：“” abcXYZ 123\n  '), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(
      fc.property(plain, (text) => {
        expect(cleanPageText(text)).toBe(text);
      }),
    );
  });
});

describe('cleanPageText: size', () => {
  it('cleans a noisy 5 MB page in reasonable time', () => {
    const noisy = `${SEED.replace(/\n/g, '<br/>\r\n').replace(/,/g, '&#44;\u200b')}`;
    const big = noisy.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(noisy)));
    const start = performance.now();
    const cleaned = cleanPageText(big);
    const ms = performance.now() - start;
    expect(cleaned.length).toBeLessThan(big.length);
    expect(cleaned.startsWith(SEED.replace(/\n/g, '\n\n').slice(0, 100))).toBe(true);
    // measured about 1 s on the dev machine; the bound only catches a quadratic slip
    expect(ms).toBeLessThan(10_000);
  });
});
