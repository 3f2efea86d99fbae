/**
 * The word lists the rules stand on. Newsroom conventions make names findable without a tagger:
 * a person is printed after a role (`副市长蒋鹏举`) or before a title (`习近平总书记`), a company ends
 * in a legal suffix, a government body in an organ's name. These lists say what counts as each.
 */
import { WordList } from '../lexicon/word-list.ts';

const chars = (s: string) => [...s];

/**
 * Characters that never end or fill a given name in running text: function words, and 副/总
 * which belong to the title after them (`政协副主席`, not a person `协副`).
 */
export const NON_NAME_CHARS = new WordList(chars('的了是在和与及对等们这那个不也都就着过为从把被让给向将于以之其而或并副总各该本此'));

/** Two-character words that start with a surname character yet are not names. */
export const NOT_NAMES = new WordList([
  '强调', '高度', '全体', '全面', '广大', '文化', '常务', '高新', '方面', '方案', '关于', '关注', '关心', '关键', '安全',
  '江苏', '江南', '黄金', '周边', '周年', '程序', '包括', '孔子', '应当', '应该', '成为', '成功', '成员', '严格', '严肃',
  '任务', '任何', '毕业', '宣传', '宣布', '党员', '党委', '党组', '党中', '田间', '陆续', '杨柳', '范围', '谈话', '鲁迅',
  '石油', '金融', '乐观', '冷静', '华为', '吉祥', '管理', '钱款', '余额', '章程', '祝贺', '贺信', '贺电', '柏油', '单位',
]);

/**
 * Words that can directly follow a person's name in a sentence. A name is only accepted where the
 * next text is punctuation, a title, or one of these: this is how `市长盛蕾来我区` stops at 盛蕾
 * while `副市长蒋鹏举,` keeps 蒋鹏举.
 */
export const FOLLOWERS = new WordList([
  ...chars('来到在对向就和与及的是也还都将已又曾则同为从于以说等率赴所被把给让更'),
  '主持', '参加', '出席', '察看', '调研', '走访', '视察', '考察', '指出', '强调', '表示', '讲话', '致辞', '会见', '带队',
  '一行', '陪同', '听取', '详细', '要求', '希望', '介绍', '宣布', '先后', '深入', '前往', '来到', '专程', '分别', '一同',
  '了解', '认为', '代表', '首先', '随后', '现场', '主动', '亲自', '充分', '一起', '今天', '昨天', '近日', '日前', '当天',
  '看望', '慰问', '检查', '督查', '部署', '提出', '回答', '接受', '签署', '批示', '作出', '参观', '召开', '主讲', '寄语',
]);

/**
 * Titles printed after a name. Those in {@link AFTER_TITLE_ROLES} are the person's role; 同志,
 * 先生 and 女士 only mark the name.
 */
export const AFTER_TITLES = ['总书记', '委员长', '主席', '总理', '同志', '先生', '女士'];
export const AFTER_TITLE_ROLES = new WordList(['总书记', '委员长', '主席', '总理']);

/**
 * Roles printed before a name. `书记` is excluded inside `总书记` (a title after the name), `常委`
 * and `委员` before 会 (the body, not the post), `代表` before 大会.
 */
export const ROLE_TITLES = [
  '书记', '副书记', '常委', '常务副市长', '常务副区长', '常务副县长', '常务副省长', '市长', '副市长', '区长', '副区长',
  '县长', '副县长', '镇长', '副镇长', '乡长', '副乡长', '省长', '副省长', '州长', '主任', '副主任', '常务副主任', '秘书长',
  '副秘书长', '主席', '副主席', '部长', '副部长', '局长', '副局长', '厅长', '副厅长', '处长', '副处长', '科长', '主任委员',
  '委员', '董事长', '副董事长', '总经理', '副总经理', '经理', '总裁', '副总裁', '总监', '总工程师', '总经济师', '首席执行官',
  '创始人', '负责人', '院长', '副院长', '校长', '副校长', '所长', '副所长', '行长', '副行长', '社长', '总编辑', '会长',
  '副会长', '理事长', '政委', '队长', '站长', '检察长', '庭长', '董事', '监事', '主任医师', '教授', '研究员', '工程师',
  '支书', '组长', '副组长', '馆长', '台长', '司长', '团长', '园长', '代表', '党委书记', '党组书记', '调研员', '巡视员',
  '记者', '见习记者', '特约记者', '首席记者', '摄影记者', '通讯员', '实习生', '顾问', '高级顾问', '院士', '议员', '外长',
  '总统', '副总统', '首相', '议长', '副议长', '大使', '发言人', '次官', '副队长', '第一书记', '指导员', '主任委员', '参赞',
  '总干事', '秘书', '法官', '检察官', '导演', '编剧', '主编', '教练', '主教练', '领队', '班长', '连长', '营长', '团长',
  // Printed after the name at home (`习近平总书记`), before it for a foreign party's leader (`总书记约翰·…`).
  '总书记', '委员长', '副委员长',
];

/**
 * Who a person is, printed right before the name the way a role is (`村民赵虎`, `游客张弛`), but no
 * role to list: a description, a relation, a trade.
 */
export const PERSON_NOUNS = [
  '村民', '居民', '市民', '游客', '网友', '学生', '老师', '教师', '医生', '护士', '民警', '警官', '专家', '学者', '工人',
  '农民', '党员', '老党员', '志愿者', '村医', '骑手', '快递员', '外卖骑手', '保安', '司机', '演员', '歌手', '作家', '画家',
  '运动员', '选手', '队员', '同事', '女儿', '儿子', '妻子', '丈夫', '父亲', '母亲', '老伴', '爷爷', '奶奶', '外婆', '姥姥',
  '小伙', '小伙儿', '姑娘', '大爷', '大妈', '老人', '老板', '老板娘', '店主', '厨师', '厨娘', '工作人员', '干部', '村干部',
  '管理员', '大户', '种粮大户', '博士', '博士生', '研究生', '大学生', '高中生', '官员', '主持人', '读者', '观众', '患者',
  '病人', '家属', '职工', '员工', '店员', '农户', '贫困户', '养殖户', '渔民', '牧民', '乘客', '旅客', '网民', '市民代表',
  '建设者', '创业者', '企业家', '艺术家', '科学家', '设计师', '工程师', '技术员', '老兵', '战士', '消防员', '快递小哥',
  '航天员', '飞行员', '宇航员', '科研人员', '医护人员', '退休教师', '乡亲', '村支书', '户主', '游子', '老乡', '青年', '少年', '女孩', '男孩', '妈妈', '爸爸', '哥哥', '姐姐',
  '成员', '物管', '君主', '国王', '王子', '公主',
];

/** Lookarounds that keep a role word from matching inside a longer word. */
export const ROLE_GUARDS: Readonly<Record<string, { before?: string; after?: string }>> = {
  书记: { before: '总' },
  常委: { after: '会' },
  委员: { after: '会|长' },
  董事: { after: '会|长' },
  代表: { after: '大会|团|性' },
  主席: { after: '团|台' },
  支书: { after: '记' },
  // Before a name only after the party it leads (`共产党总书记`, `中共中央总书记`) or in a list of posts;
  // after a name it is a title (`周明远总书记郑重宣布`).
  总书记: { before: '[^党央、,\\s]' },
};

/**
 * Who a role belongs to, printed before it and kept as part of the role (`市政府秘书长`,
 * `区委副书记`, `村党总支书记`): a level of government, optionally with the organ, or a party organ.
 */
const LEVEL = '(?:省|市|区|县|镇|乡|街道|村|社区)';
const PARTY_ORGAN = '(?:党委|党组|党工委|党总支|党支部)';
export const ROLE_QUALIFIER = `(?:${LEVEL}(?:委|政府|人大常委会|人大|政协|纪委监委|纪委|监委|管委会|${PARTY_ORGAN})?|${PARTY_ORGAN}|纪委)`;
/** A qualifier that starts with a level of government may be preceded by the place's name (`常州市委书记`). */
export const LEVEL_START = new RegExp(`^${LEVEL}`, 'u');

/** Roles a byline or credit names several people with: `记者 黄雅婷 朱梦琪`. */
export const CREDIT_ROLES = new WordList(['记者', '见习记者', '特约记者', '首席记者', '摄影记者', '通讯员', '实习生', '摄影']);

/**
 * Where a scan back from a suffix stops: verbs, prepositions and conjunctions that start the
 * clause a name sits in (`走访了天合光能股份有限公司`, `与中讯半导体(江苏)有限公司合作`). Verbs that also
 * end company names (投资, 建设, 服务) are left out on purpose.
 */
export const SCAN_STOPS = new WordList([
  ...chars('了与及在对向从把被将是的等或并暨该其各这那'),
  '走访', '调研', '来到', '察看', '考察', '视察', '参观', '前往', '深入', '签约', '落户', '包括', '其中', '以及', '联合',
  '携手', '作为', '位于', '召开', '主持', '参加', '出席', '举行', '举办', '学习', '贯彻', '落实', '传达', '审议', '部署',
  '推进', '推动', '支持', '鼓励', '要求', '希望', '勉励', '指导', '收购', '并购', '成立', '设立', '注册', '入驻', '了解',
  '听取', '关于', '针对', '通过', '根据', '按照', '依托', '围绕', '对于', '以来', '同时', '此外', '目前', '近日', '日前',
  '今年', '去年', '昨天', '今天', '当天', '还有', '分别', '先后', '走进', '来自', '获悉', '指出', '强调', '表示', '报道',
  '发布', '宣布', '打造', '加快', '会同', '牵头', '协调', '配合', '组织', '邀请', '看望', '慰问', '旗下', '拥有', '下属', '所属',
  '陪同', '会见', '会上', '其间', '期间', '创立', '创办', '组建', '吸引', '打开', '探索', '区分', '帮助', '进入', '发给', '聘请',
  '展示', '紧盯', '形成', '引进', '入股', '为首', '代表', '应当', '依法', '征求', '履行', '重视', '派出', '委托', '未来',
  '这些年', '多年来', '近年来', '过程中',
]);

/** Nouns a company's name is set in apposition after (`龙头企业|杉杉公司`, `所在单位|吉林省…有限公司`): it starts after them. */
export const APPOSITION_HEADS = new WordList(['企业', '单位', '厂家', '商家', '供应商', '运营商', '服务商', '承包商']);

/**
 * Function characters that also occur inside company names (`华为`, `中和`, `同力`): a company
 * name starts after one only when what follows is still a distinctive name.
 */
export const SOFT_STOPS = new WordList(chars('和同为至于由到给让跟据以而除致就'));

/** Determiners that make a suffix generic (`该公司`, `这家企业`): stripped from the front of a core. */
export const DETERMINERS = ['该', '本', '这家', '那家', '一家', '两家', '多家', '各家', '各', '其', '此', '这个', '那个', '我们', '你们', '他们', '我', '当地', '本地'];

/** Cores that make a company suffix a common noun, not a name (`上市公司`, `子公司`). */
export const GENERIC_COMPANY_CORES = new WordList([
  '子', '分', '母', '总', '上市', '国有', '民营', '外资', '合资', '独资', '相关', '其他', '贵', '科技', '企业', '控股',
  '投资', '空壳', '皮包', '头部', '链主', '龙头', '平台', '物业', '快递', '保险', '证券', '基金', '航空', '电力', '电网',
  '城投', '国企', '央企', '大', '小', '新', '老', '全资', '控股子', '一些', '部分', '外地', '本地', '当地', '中小', '大型',
  '小型', '中型', '科技型', '创新型', '高新技术', '集团', '跨国', '母子', '参股', '关联', '代理', '中介', '责任', '有限',
]);

/** Leading place names dropped to get a company's short form (`江苏昂宝力德宝微电子` → `昂宝力德宝微电子`). */
export const PLACES = new WordList([
  '中国', '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西',
  '西藏', '宁夏', '新疆', '香港', '澳门', '常州', '武进', '南京', '苏州', '无锡', '南通', '扬州', '镇江', '泰州', '徐州',
  '盐城', '淮安', '宿迁', '连云港', '杭州', '宁波', '深圳', '广州', '合肥', '武汉', '成都', '西安', '青岛', '厦门', '溧阳',
  '金坛', '新北', '天宁', '钟楼', '江阴', '昆山', '张家港', '常熟', '宜兴',
]);

/**
 * What a company does, never who it is: a core made only of these, of places and of scope words
 * (`全球`, `大型`) is a kind of company (`保洁公司`, `全球跨国公司`), not one.
 */
export const KINDS_OF_BUSINESS = [
  '保洁', '家政', '策划', '文旅', '旅游', '出租车', '人寿', '财产', '商务', '咨询', '影视', '传媒', '互联网', '跨国', '中资',
  '外资', '民营', '国有', '资本', '投资', '快递', '物流', '物业', '拍卖', '食品', '服务', '金融', '保险', '担保', '融资',
  '贸易', '国际贸易', '建筑', '建设', '工程', '房地产', '地产', '开发', '运输', '航运', '货运', '客运', '出版', '文化', '广告',
  '电商', '网络', '软件', '游戏', '医疗', '养老', '教育', '培训', '餐饮', '酒店', '农业', '种植', '养殖', '能源', '电力',
  '设计', '研究设计院', '设计院', '上市', '业务', '赌博', '大数据', '数据', '制造业', '高科技', '专业化', '科技创新', '创新',
  '新能源', '人工智能', '智能', '生物', '医药', '汽车', '化工', '钢铁', '电信', '通信', '石油', '化学', '新材料', '半导体',
  '芯片', '电子', '信息', '技术', '高新技术', '数字', '云计算', '区块链', '创业', '初创', '独角兽', '上游', '下游', '龙头',
  '科创', '新型', '专业', '人力资源', '猎头', '农民', '集体', '集体经济', '股份经济', '土地股份', '大型国有', '国家级', '省级', '本土', '外贸', '进出口', '零售', '批发', '电商平台', '运营', '管理', '经纪', '代理', '中介', '装修', '安保', '保安', '清洁', '环保', '科技', '制造', '航空',
];
/** Words of scope or size before a kind of company: `全球主要互联网公司`, `现代化大型食品集团`. */
export const SCOPE_WORDS = [
  '中华人民共和国', '中外', '内外资', '内资', '大', '小', '高端', '全球', '国内', '国外', '国际', '海外', '中国', '主要', '大型', '中型', '小型', '现代化', '新兴', '知名', '民营', '某', '首届', '新发放',
  '外国', '欧洲', '亚洲', '非洲', '美洲', '美国', '日本', '韩国', '德国', '法国', '英国', '俄罗斯', '印度', '欧美', '西方',
];

/** Trades a company's short form may drop when what is left is still distinctive (≥ 3 characters). */
export const TRADES = [
  '微电子', '半导体', '科技', '电子', '新能源', '新材料', '智能', '实业', '控股', '股份', '技术', '信息', '能源', '材料',
  '机械', '电气', '光电', '光伏', '生物', '医药', '汽车', '精密', '制造', '工业', '集团',
];
