import { looksLikeHeading } from './heading.ts';

/**
 * The label of a box of briefs or of a standing column (`速览`, `数读`, `来论`): a word or two set
 * over the box, under which each brief has its own head. The paper titles the whole box by its
 * label; a short line over a headline that names a place, a body or a time is an 引题 instead
 * (`某省某县`, `某某部`, `春节期间`), and so is one that says who spoke (`某某强调`).
 */
const LABEL = /^[\u4e00-\u9fff]{2,5}$/u;
/** Where a short 引题 names a province or region first (`某省某县` over what happened there). */
const PLACE = /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)/u;
/** What names a place or a body: a county, a village, a ministry, a bank, a federation. */
const PLACE_OR_BODY = /[省市县区州乡镇村街部办局委署厅院所会行司馆队团厂处联]$/u;
/** A time frame (`春节期间`, `前三季度`, `今年起`) or a speaker's verb (`某某强调`) leads into its headline. */
const LEADS_INTO_HEADLINE = /(?:期间|以来|前夕|之际|季度末?|[年月]起|[年月]底|强调|指出|表示|要求|呼吁|印发|发文)$/u;

/** A place named with its rank inside the line (`某省某县`). */
const RANKED_PLACE = /.[省市县][\u4e00-\u9fff]/u;

export function isBoxLabel(text: string): boolean {
  return LABEL.test(text) && !PLACE.test(text) && !RANKED_PLACE.test(text) && !PLACE_OR_BODY.test(text) && !LEADS_INTO_HEADLINE.test(text);
}

/** Heading lines held over a story that are a box's label and the heads of its first brief. */
export function opensWithBoxLabel(texts: readonly string[]): boolean {
  return texts.length >= 2 && isBoxLabel(texts[0]!) && !texts.slice(1).some(looksLikeHeading);
}
