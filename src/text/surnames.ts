// Common Chinese single-character surnames: 张某某 / 王某 is an anonymised name, not a placeholder.
// The list is the usual "top surnames" set; surnames that are also function words (向, 于, 和, 应, 成, 时 …)
// are left out on purpose: 向某某单位报送 is a template, not a person.
export const COMMON_SURNAME_CHARACTERS =
  '王李张刘陈常杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤庞樊兰殷施洪牛温芦季俞章鲁葛伍申尤毕聂柴焦柳邢岳齐梅庄辛管祝左涂谷祁舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲游阳裴席卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵解强华车冉房边辜吉饶刁瞿戚丘米池滕晋苑邬臧畅宫嵺苟褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝巩稽井练仲乐虞卞封竺冼官衣楚佟栗匡宗巫鞠僖桑荆谌银扬沙伏岑胥蔺钮';

const SURNAMES = new Set(COMMON_SURNAME_CHARACTERS);

export function isCommonSurname(char: string | undefined): boolean {
  return char !== undefined && SURNAMES.has(char);
}
