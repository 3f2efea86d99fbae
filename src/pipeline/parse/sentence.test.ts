import { describe, expect, it } from 'vitest';
import { endsSentence } from './sentence.ts';

describe('endsSentence', () => {
  it('takes a bracketed note after the final mark as the sentence’s end, not a numbered item or an open bracket', () => {
    expect(endsSentence('要让每个村都看得见发展。（讲话全文见第二版）')).toBe(true);
    expect(endsSentence('要让每个村都看得见发展！(致辞全文另发)')).toBe(true);
    expect(endsSentence('主要任务有以下几项。（一）')).toBe(false);
    expect(endsSentence('工程年底前完工。（记者')).toBe(false);
    expect(endsSentence('工程年底前完工（见第二版）')).toBe(false);
  });
});
