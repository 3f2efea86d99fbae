/** What the reader sees offline, in the app and in the service worker's stand-in page. */
export const OFFLINE_NOTICE = '当前离线，本页未保存';

/**
 * The page the service worker answers with for a route it has not saved, while offline: no
 * script (so the CSP needs no hash for it) and a way back to what is saved.
 */
export function offlinePageHtml(base: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'none'; object-src 'none'; base-uri 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${OFFLINE_NOTICE}</title>
</head>
<body>
<main role="alert">
<h1>${OFFLINE_NOTICE}</h1>
<p>这一页没有保存到本机，连上网络后再打开；已保存的版面可以继续阅读（在版面上点“离线阅读本期”保存整期）。</p>
<p><a href="${base}">回到首页</a></p>
</main>
</body>
</html>
`;
}
