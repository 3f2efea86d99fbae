/**
 * Chinese surnames: what the page parser (bylines, credits) and the entity rules (a person after a
 * role) both need to tell a name from a word, so they live here rather than in either.
 */
import { WordList } from './word-list.ts';

const chars = (s: string) => [...s];

export const COMPOUND_SURNAMES = new WordList([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐',
  '钟离', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '澹台', '公冶', '太史', '申屠', '闻人', '东郭', '左丘',
]);

/**
 * Common single-character surnames. Characters that are far more often function words or place
 * words in news text (和, 于 as 'at', 区, 国, 时, 都, 由 …) are left out: a name after a role is
 * rare enough with them that the false hits would cost more.
 */
export const SURNAMES = new WordList(
  chars(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
      '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠豆朴盖练廉禹祖漆巴丰卿狄索宣晋容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜逯隆茹诸慕亢嵇湛宾戎勾茅揭尉冶檀昝奉衡尧恽强习',
  ),
);
