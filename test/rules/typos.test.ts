import { RuleTester } from '../../src/testing/rule-tester.js';
import { parseDictionary } from '../../src/dictionary/parse-dictionary.js';
import rule from '../../rules/typos.js';

// The homophone check on its own: no dictionary entry may catch these first, whatever typos.yaml comes to hold.
new RuleTester({ dictionaries: [] }).run('typos (homophone check)', rule as never, {
  valid: [
    { text: '加強監管機制建設。', name: 'traditional characters are left to traditional-chars' },
    '深入贯彻落实党的二十大精神，坚持和加强党的全面领导，扎实推进中国式现代化。',
    '县级以上人民政府应当加强对安全生产工作的领导，建立健全安全生产工作协调机制。',
    { text: '县委书记李建社、县长王继志出席会议并讲话。', name: 'person names that sound like official words (建设, 机制)' },
    { text: '会议由副市长刘建设主持，王志刚同志作工作报告。', name: 'more person names' },
    { text: '内蒙古自治区乌兰察布市、鄂尔多斯市和江苏省张家港市签订合作协议。', name: 'place names' },
    { text: '市政府指定专人负责此项工作，依法制定实施细则。', name: '指定 is a word of its own, not a typo of 制定' },
    { text: '在危机之中育新机，于变局中开新局。', name: '机之 lies across 危机 and 之中' },
    { text: '坚持以商招商、以企引企，推行一照一码，开展全闽乐购活动。', name: 'coined abbreviations and a province' },
    { text: '他机智地处置了突发情况，这名民警机智勇敢。', name: 'a real word that sounds like an official one' },
    { text: '依法保障公民的合法权益，发展普惠型养老服务。', name: 'a word with a productive suffix' },
    { text: '进一步优化营商环竟。', options: { homophones: false }, name: 'the homophone check switched off' },
    { text: '鼓励保捡公司为物流企业提供融资支持。', options: { lookalikes: false }, name: 'the look-alike check switched off' },
    { text: '市场监管部门开展食品安全抽检，检查冷链食品。', name: 'real words one stroke from official ones' },
    {
      text: '提升餐品质量。规范餐品包装。鼓励餐品小分量。',
      name: 'a term the document writes the same way three times (餐品 is no typo of 产品)',
    },
    { text: '## 工作要点\n\n- 健全社会保障体系\n- 优化营商环境', filename: 'draft.md', name: 'Markdown' },
  ],
  invalid: [
    {
      text: '进一步优化营商环竟，激发市场主体活力。',
      errors: [{ messageId: 'homophone', text: '环竟', suggestion: '环境', severity: 'warning', line: 1, column: 8, endColumn: 10 }],
      output: null,
    },
    {
      text: '坚持以人民为中心的发展思相，加快建设现代化产业体西。',
      errors: [
        { messageId: 'homophone', text: '发展思相', suggestion: '发展思想' },
        { messageId: 'homophone', text: '产业体西', suggestion: '产业体系' },
      ],
    },
    {
      text: '持续改善生态环竟质量。',
      errors: [{ message: '疑似同音错别字：“环竟质量”是否应为“环境质量”', suggestion: '环境质量' }],
    },
    {
      text: '各地要健全管理制渡。',
      name: 'the longest official word or phrase is suggested',
      errors: [{ messageId: 'homophone', text: '管理制渡', suggestion: '管理制度' }],
    },
    {
      text: '国务园办公厅关于加强政务公开工作的通知',
      errors: [{ messageId: 'homophone', text: '国务园', suggestion: '国务院', column: 1 }],
    },
    {
      text: '鼓励保捡公司为物流企业提供融资支持。',
      name: 'a look-alike character',
      errors: [{ message: '疑似形近错别字：“保捡公司”是否应为“保险公司”', suggestion: '保险公司', severity: 'warning', column: 3 }],
      output: null,
    },
    {
      text: '大力发站股全融资，合理扩大债券市场规模。',
      name: 'a weaker correction in the company of a stronger one',
      errors: [
        { messageId: 'homophone', text: '大力发站', suggestion: '大力发展' },
        { messageId: 'homophone', text: '股全', suggestion: '股权' },
      ],
    },
    {
      text: '## 工作要点\n\n- 健全管理制渡\n- 优化营商环竟',
      filename: 'draft.md',
      name: 'each Markdown block',
      errors: [
        { messageId: 'homophone', line: 3, text: '制渡' },
        { messageId: 'homophone', line: 4, text: '环竟' },
      ],
    },
  ],
});

new RuleTester({ locale: 'en', dictionaries: [] }).run('typos (homophone check, English)', rule as never, {
  valid: ['优化营商环境。'],
  invalid: [
    { text: '优化营商环竟。', errors: [{ message: 'Possible homophone typo: "环竟" — did you mean "环境"?' }] },
    { text: '健全应急救暖体系。', errors: [{ message: 'Possible look-alike typo: "应急救暖" — did you mean "应急救援"?' }] },
  ],
});

const dictionary = parseDictionary(
  `dictionary: typos-test
rule: typos
defaults:
  category: mistake
  severity: warning
  urgency: general
  fix: true
entries:
  - term: 制渡
    replacements: [制度]
    reason: 同音误用（输入法错误）
    specs:
      flag:
        - text: 健全管理制渡。
          fixed: 健全管理制度。
  - term: 布署
    replacements: [部署]
    reason: 错别字
    severity: error
    specs:
      flag:
        - text: 决策布署。
          fixed: 决策部署。
`,
  'typos-test.yaml',
);

// Dictionary entries report as before; the homophone check does not repeat what an entry already said. (The rule
// must run under its own id here: dictionary hits go to the rule a dictionary names.)
new RuleTester({ dictionaries: [dictionary] }).run('typos', rule as never, {
  valid: ['健全管理制度，抓好决策部署。'],
  invalid: [
    {
      text: '健全管理制渡，抓好决策布署。',
      errors: [
        { messageId: 'withReplacement', text: '制渡', suggestion: '制度', severity: 'warning' },
        { messageId: 'withReplacement', text: '布署', suggestion: '部署', severity: 'error' },
      ],
      output: '健全管理制度，抓好决策部署。',
    },
    {
      text: '健全管理制渡，优化营商环竟。',
      errors: [
        { messageId: 'withReplacement', text: '制渡' },
        { messageId: 'homophone', text: '环竟', suggestion: '环境' },
      ],
      output: '健全管理制度，优化营商环竟。',
    },
    {
      text: '健全管理制渡。',
      options: { homophones: false },
      errors: [{ messageId: 'withReplacement', text: '制渡' }],
    },
  ],
});

// The character language model (option languageModel). Sentences from ECSpell odw.train, never a test split.
const guaranteeSentence = '鼓励保捡公司为物流企业获取信贷融资提供保正保险增信支持。';
new RuleTester({ dictionaries: [] }).run('typos (language model)', rule as never, {
  valid: [
    { text: '本条例白发布之日起施行。', name: 'complete (the default) stays out of sentences where nothing else was found' },
    {
      text: '县级以上人民政府应当加强对安全生产工作的领导，建立健全安全生产工作协调机制。',
      options: { languageModel: 'on' },
      name: 'on: clean official text',
    },
    {
      text: '中国共产党中央委员会总书记习近平主持会议，李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席。',
      options: { languageModel: 'on' },
      name: 'on: leaders’ names',
    },
  ],
  invalid: [
    {
      text: guaranteeSentence,
      name: 'complete: a second typo in the sentence of a look-alike finding',
      errors: [
        { messageId: 'lookalike', text: '保捡公司', suggestion: '保险公司' },
        { messageId: 'languageModel', text: '正', suggestion: '证', severity: 'warning', column: 21 },
      ],
      output: null,
    },
    {
      text: guaranteeSentence,
      options: { languageModel: 'off' },
      name: 'off',
      errors: [{ messageId: 'lookalike', text: '保捡公司' }],
    },
    {
      text: '本条例白发布之日起施行。县级以上人民政府应当将建设工程康震工作所需经费列入本级预算。搭建实时在线的国资兼管平台。',
      options: { languageModel: 'on' },
      name: 'on: every sentence, as info where nothing else was found, only where the model is surer (白 stays)',
      errors: [
        { message: '疑似错别字（语言模型）：“康”是否应为“抗”', suggestion: '抗', severity: 'info', column: 28 },
        { messageId: 'languageModel', text: '兼', suggestion: '监', severity: 'info' },
      ],
      output: null,
    },
    {
      text: '肿大经营管理事项必须经党组研究讨论后，再由董事会或者经理层作出绝顶。',
      options: { languageModel: 'on' },
      name: 'on: once the model is sure of one typo, the rest of the sentence is held to the base thresholds',
      errors: [
        { messageId: 'languageModel', text: '肿', suggestion: '重', severity: 'info' },
        { messageId: 'languageModel', text: '绝顶', suggestion: '决定', severity: 'info' },
      ],
      output: null,
    },
  ],
});
