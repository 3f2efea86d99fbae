// ---------------------------------------------------------------------------------------------
// Navigation: a line made only of an e-paper site's buttons

/** Buttons that are navigation wherever they stand, even alone on a line. */
const NAV_BUTTONS = new Set([
  '上一版', '下一版', '上一期', '下一期', '上一篇', '下一篇', '上一页', '下一页',
  '标题导航', '版面导航', '版面概览', '版面目录', '本版目录', '本版标题', '本版新闻',
  '返回首页', '返回目录', '返回顶部', '返回版面', '往期回顾', '往期检索', '过刊检索', '日期检索',
  'PDF下载', '下载PDF', 'PDF版下载', '本版PDF下载', '下载本版PDF', '打印本页', '关闭窗口', '关闭本页',
]);
/** Words that are also ordinary words (`放大`, `首页`, `联系我们`): navigation only beside another button. */
const NAV_WORDS = new Set([
  '放大', '缩小', '默认', '还原', '返回', '首页', '目录', '打印', '关闭', '收藏', '分享',
  '网站地图', '联系我们', '关于我们', '设为首页', '加入收藏', '网站声明',
]);
/** What sites put between buttons: spaces, bars, brackets, arrows. */
const BUTTON_SEPARATOR = /[\s:：|｜/·•()（）【】[\]<>«»‹›◀▶◁▷←→]+/u;

function isNavigation(line: string): boolean {
  const words = line.split(BUTTON_SEPARATOR).filter((word) => word !== '');
  if (words.length === 0) return false;
  const buttons = words.map((word) => word.toUpperCase());
  if (!buttons.every((word) => NAV_BUTTONS.has(word) || NAV_WORDS.has(word))) return false;
  return buttons.some((word) => NAV_BUTTONS.has(word)) || buttons.length >= 2;
}

// ---------------------------------------------------------------------------------------------
// Everything else a site or a PDF prints around the articles, one named pattern each

/** `【字号 大 中 小】`, `字体：大 中 小`. */
const FONT_SIZE_SWITCH = /^[【[(（]?\s*字[号体]\s*[:：]?\s*[【[]?大[】\]]?\s*[【[]?中[】\]]?\s*[【[]?小[】\]]?\s*[】\])）]?$/u;
/** `分享到：`, `分享至：微信 微博`; without the colon it may be a headline (`分享到朋友圈的…`). */
const SHARE_BAR = /^分享(?:到|至)\s*[:：]/u;
/**
 * `您的浏览器不支持…`, `浏览器版本过低…`, `请使用IE8以上浏览器`, `建议使用Chrome浏览器访问`. A request to
 * use a browser needs a version or a brand in it: `请使用正版浏览器` could be a sentence.
 */
const BROWSER_WARNING =
  /^(?:(?:您的|当前)?浏览器(?:不支持|暂不支持|不兼容|版本过低|版本太低)|(?:本站|本网站|本网)?(?:请|建议|推荐)您?(?:使用|升级|更换)[^。，,]{0,16}(?:IE|Chrome|Firefox|Edge|Safari|火狐|谷歌|\d|以上|最新|高版本|新版)[^。，,]{0,10}浏览器)/iu;
/** `（点击图片查看大图）`, `点击放大`. */
const CLICK_TO_ENLARGE = /^[（(【[]?点击(?:此处|图片)?(?:查看大图|看大图|放大)[）)】\]]?$/u;
/** `最佳分辨率 1920×1080`, `分辨率1024*768`: a site's note on screen size. */
const SCREEN_RESOLUTION = /分辨率\s*[:：]?\s*\d{3,4}\s*[×xX*]\s*\d{3,4}/u;
/** A PDF's page count: `第 5 页`, `第5页 共12页`, `- 5 -`, `Page 5 of 12`. */
const PAGE_COUNT =
  /^(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|page\s*\d+(?:\s*(?:of|\/)\s*\d+)?)$/iu;
/** `Copyright © 1997-2019 by …`, `© 2019 …`, `All rights reserved`. */
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved/iu;
/**
 * `人民网版权所有`, `版权所有：江南日报社`, `版权所有 © 2019`. A bare `版权所有` is a word an article
 * may quote (`“版权所有”不是挡箭牌`, `版权所有者`, `出版社版权所有的图书`), so it needs an owner before it
 * and nothing but a pause or a notice after it, or a mark.
 */
const RIGHTS_RESERVED =
  /(?:网|社|报|站|台|公司|中心|集团)版权所有(?=$|[\s,，|｜©]|未经|copyright)|^版权所有\s*[:：©(（]|版权所有\s*©/iu;
/** `京ICP备12345678号`, `ICP证000000号`, `京公网安备 11000002000001号`: licence numbers sites must print. */
const LICENCE_NUMBER = /ICP[备证]\s*\d|公网安备\s*\d/u;

/** Site footers run long; an article sentence that happens to mention one of these words runs longer. */
const MAX_FURNITURE_LENGTH = 120;

/**
 * A line that is site navigation, a browser warning, a PDF running footer, or other furniture, never
 * article text: it must never become a headline or body text, and is kept out of search. Anything that
 * could be a headline or a sentence (`上一版的故事`, `放大招`, `本版责编：王某`) is not noise.
 */
export function isNoiseLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_FURNITURE_LENGTH) return false;
  return (
    isNavigation(trimmed) ||
    FONT_SIZE_SWITCH.test(trimmed) ||
    SHARE_BAR.test(trimmed) ||
    BROWSER_WARNING.test(trimmed) ||
    (SCREEN_RESOLUTION.test(trimmed) && trimmed.length <= 60) ||
    CLICK_TO_ENLARGE.test(trimmed) ||
    PAGE_COUNT.test(trimmed) ||
    COPYRIGHT.test(trimmed) ||
    RIGHTS_RESERVED.test(trimmed) ||
    LICENCE_NUMBER.test(trimmed)
  );
}

// ---------------------------------------------------------------------------------------------
// The running footer inside a line

/**
 * pdftotext prints the footer as `第 5 页` with spaces around the number, and where a sentence runs
 * across the PDF's pages it lands inside the sentence once the lines are joined. Unspaced `第5页` in a
 * line, or one after `见`, is the text's own reference to a page, and stays.
 */
const FOOTER_IN_LINE = /(?<!见\s*)[^\S\n]*第[^\S\n]+\d+[^\S\n]+页(?:[^\S\n]*[/，,]?[^\S\n]*共[^\S\n]*\d+[^\S\n]*页)?[^\S\n]*/u;

/**
 * A PDF running footer such as `第 5 页` that can land inside a sentence: where it sits in a line (the
 * first one, with the spaces around it, so cutting `start`–`end` out rejoins the sentence), or undefined.
 * A line that is only a footer (`第5页`, `- 5 -`) gives the whole line.
 */
export function findRunningFooter(line: string): { start: number; end: number } | undefined {
  if (PAGE_COUNT.test(line.trim())) return { start: 0, end: line.length };
  const footer = FOOTER_IN_LINE.exec(line);
  return footer ? { start: footer.index, end: footer.index + footer[0].length } : undefined;
}
