import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/personal-info.js';

// Real-format but invented values: the ID numbers pass GB 11643, the card numbers pass Luhn, the codes pass GB 32100.
const ID = '23088119850312412X';
const ID_2 = '230502197208150038';
const ID_3 = '230102199001011230';
const CARD = '6217001234567893';
const CARD_19 = '6222020900123456783';

// The rule reads no dictionary.
new RuleTester({ dictionaries: [] }).run('personal-info', rule as never, {
  valid: [
    // Offices' landlines, hotlines and service numbers are published on purpose.
    '咨询电话：0454-5823456，政务服务便民热线：12345。',
    { text: '联系电话：（0454）5823456；传真：0454-5823457。', name: 'a landline with the area code in brackets' },
    { text: '客服热线：400-123-4567，800-810-8888，95588。', name: '400/800 and 95xxx service numbers' },
    { text: '监督电话：0454-13845671234', name: 'digits after an area code are a landline, not a mobile' },
    { text: '举报电话：（0454）13845671234', name: 'digits after a bracketed area code are a landline' },
    // Already masked.
    '联系人：张先生，手机：138****1234。',
    { text: '申请人王某某，身份证号：2308**********341X，联系电话：159****8901。', name: 'masked ID and mobile' },
    { text: '身份证号码：230881********412X', name: 'the first-6-last-4 masked form' },
    { text: '身份证号码：23*************12X', name: 'the 永安 masked form' },
    { text: '身份证号码：230881XXXXXXXX412X', name: 'an ID masked with X' },
    { text: '银行卡号：6217 **** **** 7893', name: 'a masked card number' },
    { text: '手机：１３８＊＊＊＊１２３４', name: 'full-width masked mobile' },
    // Organisation codes, document numbers, dates and amounts.
    '统一社会信用代码：91350100M000100Y43',
    { text: '统一社会信用代码：122308814145678903', name: 'an all-digit code of a public institution' },
    { text: '宝清县某事业单位120101198503121388', name: 'a code that passes both the credit-code and the ID check, with no ID label' },
    { text: '单位名称：宝清县人民医院（统一社会信用代码12230881414567890）', name: 'a 17-digit code fragment' },
    '黑政办发〔2021〕4号',
    { text: '项目总投资13500000000元，其中中央预算内投资15800000000元。', name: 'amounts written in digits' },
    { text: '资金：￥15800000000', name: 'an amount after a currency sign' },
    { text: '全年接待游客13845671234人次。', name: 'a count with its unit' },
    { text: '合同编号：13845671234', name: 'a serial number shaped like a mobile number' },
    { text: '采购项目编号：23088119850312412X', name: 'a serial number shaped like an ID number' },
    { text: '成交日期：20250318，成交金额：1380000元', name: 'dates and amounts' },
    { text: '时间戳20250318120000123456', name: 'a longer digit run' },
    { text: '测算系数为13845671234.56，基数为0.13845671234', name: 'decimals' },
    { text: '全省共有13,845,671,234元存款。', name: 'digits grouped by commas' },
    // Numbers without the label that would make them personal.
    { text: `流水号${CARD}`, name: 'a Luhn-valid serial without a card label' },
    { text: '产品批次230881850312412', name: 'a 15-digit number without 身份证' },
    { text: '设备型号E12345678', name: 'a passport shape without 护照' },
    { text: '本次共核发黑A12345号至黑A12399号证书。', name: 'a plate shape without a vehicle label' },
    { text: `开户行：中国农业银行宝清县支行，户名：宝清县财政局，账号：${CARD}。`, name: 'a unit’s own account published for payments' },
    { text: `缴款账户：对公账户${CARD}`, name: 'an organisation account' },
    { text: `收款单位：宝清县社会保险事业管理局 账号：${CARD}`, name: 'an account held by an agency' },
    { text: `户名宝清县农业农村局账号${CARD}`, name: 'an agency account written without punctuation' },
    // Text about personal data, not the data itself.
    '居民身份证号码由公安机关按照公民身份号码国家标准编制。',
    '第十八条 公开政府信息时，应当对身份证号码、手机号码、银行卡号等个人信息进行去标识化处理。',
    { text: '驾驶机动车拨打接听手持电话的，处二百元罚款。', name: 'a traffic provision' },
    // Office e-mail addresses.
    { text: '电子邮箱：bqxzfb@163.com，联系电话：0454-5823456', name: 'an office mailbox on a free provider' },
    { text: '来信请寄 zfxxgk@hlj.gov.cn。', name: 'a government address' },
    { text: '值班手机：138****1234，举报邮箱：bqjubao@163.com', name: 'an office mailbox labelled as such next to a personal label' },
    { text: '个人信息保护投诉邮箱：[zfxxgk@bq.gov.cn](mailto:zfxxgk@bq.gov.cn)', filename: 'draft.md', name: 'a government mailto link' },
    // Tables that are public or already masked.
    {
      text: '| 单位 | 联系人 | 办公电话 |\n| --- | --- | --- |\n| 市营商局 | 张三 | 0454-5823456 |\n| 市政府办 | 李四 | 0454-5823457 |',
      filename: 'draft.md',
      name: 'a table of offices with landlines',
    },
    {
      text: `| 姓名 | 身份证号 | 联系电话 | 家庭住址 |\n| --- | --- | --- | --- |\n| 张三 | 2308**********341X | 138****1234 | 七星泡镇 |\n| 李四 | 230502********0038 | 159****8901 | 青原镇 |`,
      filename: 'draft.md',
      name: 'a list of people already masked, addresses kept to the township',
    },
    {
      text: '| 地区 | 残疾类别 | 人数 |\n| --- | --- | --- |\n| 七星泡镇 | 视力残疾 | 12 |',
      filename: 'draft.md',
      name: 'statistics by disability category (no people listed)',
    },
    {
      text: `| 单位 | 开户银行 | 账号 |\n| --- | --- | --- |\n| 宝清县财政局 | 农行宝清支行 | 0812 0101 0400 1234 5 |`,
      filename: 'draft.md',
      name: 'an organisation account column that is not a card number',
    },
    {
      text: '| 当事人 | 证件号码 |\n| --- | --- |\n| 宝清县丰收农机专业合作社 | 122308814145678903 |\n| 宝清县龙源商店 | 230881100012345 |',
      filename: 'draft.md',
      name: 'organisation codes and a 15-digit business registration number in an ID column',
    },
    {
      text: '| 序号 | 许可证编号 | 经营场所 |\n| --- | --- | --- |\n| 1 | 230502197208150038 | 宝清县育才路12号 |',
      filename: 'draft.md',
      name: 'a serial under a serial header, shaped like an ID number',
    },
    {
      text: '| 地区 | 户数 | 资金（元） |\n| --- | --- | --- |\n| 七星泡镇 | 1385 | 13845671234 |',
      filename: 'draft.md',
      name: 'an amount column shaped like a mobile number',
    },
    {
      text: '| 姓名 | 身份证号 | 联系电话 |\n| --- | --- | --- |\n| 张三 | — | 无 |',
      filename: 'draft.md',
      name: 'empty personal cells',
    },
    { text: `申请人张三，身份证号：${ID}`, options: { allow: [ID] }, name: 'a value allowed by the options' },
    { text: '值班手机：138 4567 1234', options: { allow: ['+86 13845671234'] }, name: 'an allowed mobile number in another layout' },
    { text: '值班手机：13845671234', options: { ignore: ['mobile'] }, name: 'a kind turned off' },
    {
      text: '| 姓名 | 手机 |\n| --- | --- |\n| 张三 | 13845671234 |',
      filename: 'draft.md',
      options: { ignore: ['mobile'] },
      name: 'a kind turned off in tables too',
    },
  ],
  invalid: [
    {
      text: '联系人：张三，手机：13845671234。',
      errors: [{ messageId: 'mobile', line: 1, column: 11, text: '13845671234', suggestion: '138****1234', severity: 'error', urgency: 'urgent' }],
    },
    {
      text: '森林防火值班电话：13845671234、15945678901',
      errors: [{ messageId: 'mobile', suggestion: '138****1234' }, { messageId: 'mobile', suggestion: '159****8901' }],
      name: 'personal mobile numbers in a notice (永安 2022)',
    },
    { text: '咨询：+86 138-4567-1234', errors: [{ messageId: 'mobile', text: '+86 138-4567-1234', suggestion: '+86 138-****-1234' }] },
    { text: '电话 0454-5823456 13845671234', errors: [{ messageId: 'mobile', text: '13845671234' }], name: 'a mobile after a landline and a space' },
    { text: '手机：１３８４５６７１２３４', errors: [{ messageId: 'mobile', text: '１３８４５６７１２３４', suggestion: '138****1234' }], name: 'full-width digits (the suggestion is written half-width)' },
    {
      text: '1 张三 男 230502197208150038 13845671234 七星泡镇新发村',
      errors: [{ messageId: 'residentId', text: '230502197208150038' }, { messageId: 'mobile', text: '13845671234' }],
      name: 'a row of a plain-text list',
    },
    { text: '联系方式：138 4567 1234', errors: [{ text: '138 4567 1234', suggestion: '138 **** 1234' }] },
    {
      text: `申请人张三，身份证号：${ID}，现住七星泡镇。`,
      errors: [{ messageId: 'residentId', column: 12, text: ID, suggestion: '230881********412X' }],
    },
    { text: `低保对象${ID_2}`, errors: [{ messageId: 'residentId', suggestion: '230502********0038' }], name: 'a valid ID number needs no label' },
    { text: '身份证号：120101198503121388', errors: [{ messageId: 'residentId' }], name: 'an ID label outweighs a passing credit-code check' },
    { text: '身份证号码：230881850312412', errors: [{ messageId: 'residentId', suggestion: '230881*****2412' }], name: 'a 15-digit legacy number with its label' },
    { text: `收款人：张三，银行卡号：${CARD}`, errors: [{ messageId: 'bankCard', text: CARD, suggestion: '************7893' }] },
    {
      text: '补贴发放至本人社保卡，卡号 6222 0209 0012 3456 783。',
      errors: [{ messageId: 'bankCard', text: '6222 0209 0012 3456 783', suggestion: '**** **** **** ***6 783' }],
    },
    { text: `开户行：中国农业银行宝清县支行，账号：${CARD_19}`, errors: [{ messageId: 'bankCard' }], name: 'an account without an organisation 户名' },
    { text: '护照号码：E12345678', errors: [{ messageId: 'passport', text: 'E12345678', suggestion: 'E1*****78' }] },
    { text: '证件类型：护照；证件号码：E12345678', errors: [{ messageId: 'passport', text: 'E12345678' }], name: 'a passport labelled 证件号码' },
    { text: '往来港澳通行证号码C12345678', errors: [{ messageId: 'travelPass', suggestion: 'C1*****78' }] },
    { text: '当事人驾驶车牌号为黑A12345的小型轿车', errors: [{ messageId: 'licencePlate', text: '黑A12345', suggestion: '黑A***45' }] },
    {
      text: '联系人：李四，手机：13845671234，邮箱：lisi1990@qq.com',
      errors: [{ messageId: 'mobile' }, { messageId: 'email', text: 'lisi1990@qq.com', suggestion: 'l***@qq.com' }],
      name: 'an e-mail address next to a mobile number',
    },
    { text: '举报邮箱：13845671234@163.com', errors: [{ messageId: 'email', suggestion: '1***@163.com' }], name: 'a mailbox named after a mobile number' },
    { text: '个人邮箱：zhangsan@163.com', errors: [{ messageId: 'email', column: 6, text: 'zhangsan@163.com' }] },
    {
      text: '个人邮箱：[发送邮件](mailto:zhangsan@163.com)',
      filename: 'draft.md',
      errors: [{ messageId: 'email', text: '[发送邮件](mailto:zhangsan@163.com)', suggestion: 'z***@163.com' }],
      name: 'a mailto link',
    },
    {
      text: `# 2025年城乡低保对象公示\n\n| 姓名 | 身份证号 | 联系电话 | 备注 |\n| --- | --- | --- | --- |\n| 张三 | ${ID} | 13845671234 | 一类 |\n| 李四 | ${ID_2} | 0454-5823456 | 二类 |\n| 王五 | ${ID_3} | 159****8901 | 一类 |`,
      filename: 'draft.md',
      errors: [{ messageId: 'table', line: 3, column: 8, text: '身份证号', suggestion: '230881********412X' }],
      name: 'one finding for a table, not one per cell',
    },
    {
      text: '| 户主姓名 | 家庭住址 |\n| --- | --- |\n| 张三 | 七星泡镇新发村三组 |\n| 李四 | 青原镇 |\n| 王五 | 宝清镇育才路12号 |',
      filename: 'draft.md',
      errors: [{ messageId: 'table', message: '表格“家庭住址”列有 2 个单元格含未脱敏的家庭住址，公开前必须脱敏或删除（如写作“七星泡镇***”）' }],
      name: 'a home address column with plain addresses',
    },
    {
      text: `| 序号 | 姓名 | 银行卡号 | 备注 |\n| --- | --- | --- | --- |\n| 1 | 张三 | ${CARD} | 联系电话13845671234 |`,
      filename: 'draft.md',
      errors: [
        { messageId: 'table', text: '银行卡号', suggestion: '************7893' },
        { messageId: 'mobile', text: '13845671234' },
      ],
      name: 'values outside the personal column are still reported',
    },
    {
      text: `| 姓名 | 证件号码 | 手机 |\n| --- | --- | --- |\n| 张三 | ${ID} | 13845671234 |\n| 李四 | ${ID_2} | 15945678901 |`,
      filename: 'draft.md',
      errors: [{ messageId: 'table', message: '表格“证件号码”“手机”列有 4 个单元格含未脱敏的身份证号、手机号，公开前必须脱敏或删除（如写作“230881********412X”）' }],
      name: 'two personal columns, one finding',
    },
    {
      text: '| 姓名 | 电子邮箱 |\n| --- | --- |\n| 张三 | zhangsan@163.com |',
      filename: 'draft.md',
      errors: [{ messageId: 'table', text: '电子邮箱' }],
      name: 'an e-mail column in a list of people',
    },
  ],
});

new RuleTester({ locale: 'en', dictionaries: [] }).run('personal-info (English messages)', rule as never, {
  valid: [],
  invalid: [
    {
      text: '联系人：张三，手机：13845671234。',
      errors: [{ message: 'Unmasked mobile number on a public page: it must be masked or removed (e.g. "138****1234")' }],
    },
    {
      text: `| 姓名 | 身份证号 | 家庭住址 |\n| --- | --- | --- |\n| 张三 | ${ID} | 七星泡镇新发村三组 |`,
      filename: 'draft.md',
      errors: [
        {
          message: 'Table column(s) "身份证号", "家庭住址": 2 cell(s) hold unmasked ID numbers, home addresses; mask or remove them before publishing (e.g. "230881********412X")',
        },
      ],
    },
  ],
});
