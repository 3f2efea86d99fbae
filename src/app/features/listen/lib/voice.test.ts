import { describe, expect, it } from 'vitest';
import { pickChineseVoice } from './voice.ts';

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe('pickChineseVoice', () => {
  it('prefers a local zh-CN voice', () => {
    const voices = [voice('en-US'), voice('zh-TW'), voice('zh-CN', 'net', false), voice('zh_CN', 'local')];
    expect(pickChineseVoice(voices)?.name).toBe('local');
  });

  it('takes another Mandarin voice for Simplified text, never a non-Chinese one', () => {
    expect(pickChineseVoice([voice('en-US'), voice('zh')])?.lang).toBe('zh');
    expect(pickChineseVoice([voice('en-US'), voice('ja-JP'), voice('zh-TW'), voice('zh-HK')])).toBeUndefined();
    expect(pickChineseVoice([])).toBeUndefined();
  });
});
