import { ICON_FILE } from '../../offline/rules.ts';

/**
 * The web app manifest that makes the site installable: the site's name (`site.json`'s, or 读报),
 * opened at the base and kept to it.
 */
export function webManifest(options: { name: string; base: string }): string {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return `${JSON.stringify(
    {
      name: options.name,
      short_name: options.name.length > 12 ? '读报' : options.name,
      description: '本地日报的数字版，按版面阅读每一篇报道；保存过的各期离线也能读。',
      lang: 'zh-CN',
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#fdfdfb',
      theme_color: '#a8201a',
      icons: [{ src: `${base}${ICON_FILE}`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    null,
    2,
  )}\n`;
}
