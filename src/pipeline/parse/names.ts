/**
 * Whether a short string can be a Chinese personal name as printed in a byline or credit.
 * Bylines are the one place a name stands alone with no context, so a surname list guards
 * against bracketed words such as `(试行)` or `(扩大)` being read as names.
 */

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫', '独孤', '轩辕', '澹台', '钟离', '申屠',
];

const SINGLE_SURNAMES = new Set(
  [
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阎戈伏薄鹿邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由恽',
  ].join(''),
);

const CJK = /^[\u3400-\u9fff]+$/u;

export function isPersonName(text: string): boolean {
  if (text.includes('·')) return /^[\u3400-\u9fff]{1,6}(·[\u3400-\u9fff]{1,6})+$/u.test(text);
  if (!CJK.test(text)) return false;
  const length = [...text].length;
  const compound = COMPOUND_SURNAMES.some((surname) => text.startsWith(surname));
  if (compound) return length >= 3 && length <= 4;
  return length >= 2 && length <= 3 && SINGLE_SURNAMES.has(text[0] ?? '');
}
