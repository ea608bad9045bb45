import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/doc-number.js';

new RuleTester().run('doc-number', rule as never, {
  valid: [
    '黑政办发〔2021〕4号',
    '《国务院办公厅关于印发政府网站发展指引的通知》（国办发〔2017〕47号）',
    '中发〔2024〕1号文件对此作出部署。',
    '根据人社部发〔2019〕12号和浙政办发明电〔2020〕3号文件精神，财预〔2022〕8号同时执行。',
    '京政发〔2016〕10号',
    { text: '法释〔2021〕1号', name: 'judicial interpretation number' },
    // Years in ordinary parentheses are prose, not document numbers.
    '“十四五”规划（2021—2025年）已经印发。',
    '国民经济和社会发展第十四个五年规划（2021-2025）',
    '《中华人民共和国安全生产法》（2021年修订）第三条',
    '本办法（2021年）第5条',
    '三年行动计划（2021—2023）15项任务',
    // Court case numbers put the year first, then the court's code: not GB/T 9704 document numbers.
    '撤销陕西省高级人民法院（2013）陕民三终字第38号民事判决。',
    '（2016）最高法民终1号民事判决书',
    '苏（2021）南京市不动产权第0012345号',
    // English citations and years without a number + 号.
    'See Zhang et al. [2021] for details.',
    'Smith [2021] 3 号',
    '会议于（2021）年召开',
    '〔2021〕',
    // A Han word that ends prose, not a 机关代字.
    '详见附件的（2021）3号',
    // Building numbers.
    '位于幸福小区（2021）3号楼',
    // 令 and 公告 are numbered 第N号 by convention.
    '中国人民银行令〔2021〕第1号',
    '中国人民银行公告〔2018〕第3号',
    // Two-digit numbers in ordinary parentheses are not years of a document number.
    '附表（12）3号',
    // Four digits that are not a 19xx/20xx year.
    '编号（1234）5号',
    { text: '文号：国发〔2017〕47号', filename: 'draft.md' },
  ],
  invalid: [
    {
      text: '国发[2017]47号',
      errors: [{ messageId: 'bracket', line: 1, column: 3, text: '[2017]', suggestion: '〔2017〕' }],
      output: '国发〔2017〕47号',
    },
    {
      text: '按国办发(1985)49号文件规定办理。',
      errors: [{ messageId: 'bracket', column: 5, text: '(1985)', suggestion: '〔1985〕' }],
      output: '按国办发〔1985〕49号文件规定办理。',
    },
    {
      text: '原国土局作出温国土资发（2018）366号《决定书》',
      errors: [{ messageId: 'bracket', column: 12, text: '（2018）', suggestion: '〔2018〕' }],
      output: '原国土局作出温国土资发〔2018〕366号《决定书》',
    },
    {
      text: '黑政办发【2021】4号',
      errors: [{ messageId: 'bracket', text: '【2021】', suggestion: '〔2021〕' }],
      output: '黑政办发〔2021〕4号',
    },
    { text: '人薪发［1995］32号', errors: [{ messageId: 'bracket', text: '［1995］' }], output: '人薪发〔1995〕32号' },
    { text: '国办函﹝2019﹞5号', errors: [{ messageId: 'bracket', text: '﹝2019﹞' }], output: '国办函〔2019〕5号' },
    { text: '京政发〖2020〗7号', errors: [{ messageId: 'bracket', text: '〖2020〗' }], output: '京政发〔2020〕7号' },
    { text: '国发〔2017]47号', errors: [{ messageId: 'bracket', text: '〔2017]' }], output: '国发〔2017〕47号', name: 'mismatched brackets' },
    {
      text: '国发 [ 2017 ] 47号',
      errors: [{ messageId: 'bracket', column: 4, text: '[ 2017 ]', suggestion: '〔2017〕' }],
      output: '国发 〔2017〕 47号',
      name: 'spaces from a conversion',
    },
    {
      text: '根据国发〔21〕3号文件',
      errors: [{ messageId: 'shortYear', column: 5, text: '〔21〕', suggestion: '〔2021〕' }],
      output: null,
    },
    {
      text: '国发〔98〕3号',
      errors: [{ messageId: 'shortYear', text: '〔98〕', suggestion: '〔1998〕' }],
      output: null,
    },
    {
      text: '劳部发(94)3号',
      errors: [
        { messageId: 'bracket', text: '(94)', suggestion: '〔94〕' },
        { messageId: 'shortYear', text: '(94)', suggestion: '〔1994〕' },
      ],
      output: '劳部发〔94〕3号',
    },
    {
      text: '黑政办发〔2021〕第4号',
      errors: [{ messageId: 'ordinal', column: 11, text: '第4号', suggestion: '4号' }],
      output: '黑政办发〔2021〕4号',
    },
    {
      text: '黑政办发〔2021〕04号',
      errors: [{ messageId: 'leadingZero', column: 11, text: '04号', suggestion: '4号' }],
      output: '黑政办发〔2021〕4号',
    },
    {
      text: '国办发〔2017〕047号',
      errors: [{ messageId: 'leadingZero', text: '047号', suggestion: '47号' }],
      output: '国办发〔2017〕47号',
    },
    {
      text: '国发[2017]第047号',
      errors: [
        { messageId: 'bracket', text: '[2017]', suggestion: '〔2017〕' },
        { messageId: 'ordinal', text: '第047号', suggestion: '047号' },
        { messageId: 'leadingZero', text: '047号', suggestion: '47号' },
      ],
      output: '国发〔2017〕47号',
      name: 'every issue at once',
    },
    {
      text: '《关于印发〈办法〉的通知》（财预[2022]8号）和国办函(2019)5号',
      errors: [
        { messageId: 'bracket', line: 1, column: 17, text: '[2022]' },
        { messageId: 'bracket', line: 1, column: 30, text: '(2019)' },
      ],
      output: '《关于印发〈办法〉的通知》（财预〔2022〕8号）和国办函〔2019〕5号',
    },
    {
      text: '第一段。\n依据浙政办发明电[2020]3号执行。',
      errors: [{ messageId: 'bracket', line: 2, column: 9, text: '[2020]' }],
      output: '第一段。\n依据浙政办发明电〔2020〕3号执行。',
    },
    {
      text: '# 通知\n\n文号：国发[2017]47号',
      filename: 'draft.md',
      errors: [{ messageId: 'bracket', line: 3, column: 6, text: '[2017]' }],
      output: '# 通知\n\n文号：国发〔2017〕47号',
    },
    {
      text: '文号：国发\\[2017\\]47号',
      filename: 'draft.md',
      errors: [{ messageId: 'bracket', line: 1, column: 7, text: '[2017\\]', suggestion: '〔2017〕' }],
      output: null,
      name: 'Markdown escapes: the finding stays, the uncertain fix is dropped',
    },
    {
      text: '中国人民银行公告[2018]第3号',
      errors: [{ messageId: 'bracket', text: '[2018]' }],
      output: '中国人民银行公告〔2018〕第3号',
      name: '公告 keeps its 第',
    },
  ],
});
