/** A selection longer than this is cut: mail programs refuse very long mailto: links. */
const MAX_QUOTE = 800;

/**
 * The `mailto:` link of 报告错误: to the editors, the article's title and permalink, and the text
 * the reader selected (RFC 6068: parameters percent-encoded, lines ending in CRLF).
 */
export function reportMailto(input: { editors: string; title: string; url: string; selection?: string }): string {
  const quote = Array.from(input.selection?.trim() ?? '');
  const lines = [`稿件：${input.title}`, `链接：${input.url}`];
  if (quote.length > 0) lines.push('', '选中的文字：', `${quote.slice(0, MAX_QUOTE).join('')}${quote.length > MAX_QUOTE ? '…' : ''}`);
  lines.push('', '问题说明：', '');
  const subject = `报告错误：${input.title}`;
  return `mailto:${input.editors}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n').replace(/\r?\n/gu, '\r\n'))}`;
}
