import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/numbering.js';

const md = 'x.md';

new RuleTester().run('numbering', rule as never, {
  valid: [
    // ---- 第X编/章/节/条 ----
    {
      name: 'a law in Markdown: chapters, continuous articles, an inserted article, a reference to its own article',
      filename: md,
      text: [
        '# 某某市市容管理条例',
        '## 第一章 总则',
        '第一条 为了加强市容管理，制定本条例。',
        '第二条 本条例适用于本市行政区域。',
        '## 第二章 管理',
        '第三条 市容管理部门负责本条例的实施。',
        '第三条之一 区人民政府应当加强领导。',
        '第三条之二 街道办事处应当予以配合。',
        '第四条 违反本条例第二条、第三条之一规定的，依照本条例第四条处理。',
      ].join('\n\n'),
    },
    {
      name: 'sections restart in each chapter',
      filename: md,
      text: '## 第一章 总则\n\n### 第一节 一般规定\n\n第一条 甲。\n\n### 第二节 特别规定\n\n第二条 乙。\n\n## 第二章 附则\n\n### 第一节 解释\n\n第三条 丙。',
    },
    {
      name: 'chapters restart under each 编 (刑法) or run on (民事诉讼法)',
      filename: md,
      text: '## 第一编 总则\n\n### 第一章 任务\n\n第一条 甲。\n\n### 第二章 犯罪\n\n第二条 乙。\n\n## 第二编 分则\n\n### 第一章 危害国家安全罪\n\n第三条 丙。\n\n## 第三编 程序\n\n### 第二章 审判\n\n第四条 丁。',
    },
    {
      name: 'a table of contents before the body',
      text: '目　　录\n第一章　总　　则\n第二章　管　　理\n第三章　附　　则\n第一章　总　　则\n第一条　为了规范管理，制定本办法。\n第二章　管　　理\n第二条　本办法适用于全市。\n第三章　附　　则\n第三条　本办法自发布之日起施行。',
    },
    'ARTICLES IN ARABIC NUMERALS\n第1条 为了规范管理，制定本办法。\n第2条 本办法适用于全市。\n第3条 本办法自发布之日起施行。',
    {
      name: 'an excerpt of a code starts where it starts',
      text: '第二百零五条 本编调整因物的归属和利用产生的民事关系。\n第二百零六条 国家坚持和完善社会主义基本经济制度。\n第二百零七条 国家、集体、私人的物权受法律平等保护。',
    },
    { name: 'a notice quoting one article', text: '根据规定，现将有关条款摘录如下：\n第五条 公民应当遵守本条例。\n特此通知。' },
    {
      name: 'a second document (an attachment) starts again at 第一条',
      text: '第一条 甲。\n第二条 乙。\n第三条 丙。\n附件：某某实施细则\n第一条 丁。\n第二条 戊。',
    },
    {
      name: 'references to other laws and instruments',
      text: [
        '第一条 依照《中华人民共和国行政许可法》第十二条、第十三条的规定，制定本办法。',
        '第二条 有刑法第二十条规定情形的，依照民法典第一千一百六十五条处理；该法第九十条另有规定的除外。',
        '第三条 依照全国人民代表大会常务委员会《关于〈中华人民共和国刑法〉第三百四十一条的解释》处理。',
        '第四条 原第十条改为第五条。当事人依照合同第八条约定办理。',
      ].join('\n'),
    },
    { name: 'a paragraph that begins with a reference is not an article', text: '第一条 甲。\n第二条 乙。\n第三条 丙。\n第二条规定的情形，由县级人民政府处理。\n第三章规定的事项另行规定。' },
    { name: 'an invisible character before 第一条', text: '\u200b第一条 甲。\n第二条 乙。\n第三条 丙。' },
    // ---- 一、（一）1.（1） ----
    {
      name: 'a government work report',
      text: '各位代表：\n  一、2024年工作回顾\n  （一）经济运行稳中向好。\n  1.消费持续回升。\n  2.投资稳步增长。\n  （二）改革开放深入推进。\n  1.营商环境持续优化。\n  二、2025年工作安排\n  （一）扩大内需。\n  （1）提振消费。\n  （2）扩大投资。\n  （二）深化改革。',
    },
    { name: 'a new list starts again at one', text: '（一）甲；\n（二）乙。\n前款所列事项，按照下列规定办理：\n（一）丙；\n（二）丁。' },
    { name: '一、二季度 is not a heading number', text: '一、总体情况\n一、二季度经济运行平稳。\n二、下一步工作' },
    { name: '1、2月份 is not a heading number', text: '1、2月份全市工业增加值增长5%。\n3、4号楼已完工。' },
    { name: 'a decimal is not a heading number', text: '1.5万亿元的目标已经实现。\n2.3%的增速高于全国。' },
    { name: 'a full-width 3．10种 continues a list', text: '1．铅、锌；\n2．铜；\n3．10种有色金属；\n4．稀土。' },
    { name: 'a list that begins inside a paragraph', text: '二审法院判决：一、撤销一审判决；二、驳回起诉；三、诉讼费由上诉人负担。\n四、自2019年12月31日起计算利息。' },
    {
      name: '一、 headings above articles, （一） items inside them',
      filename: md,
      text: '## 一、一般规定\n\n第一条 甲。\n\n第二条 有下列情形之一的：\n\n（一）丙；\n\n（二）丁；\n\n（三）戊。\n\n## 二、民事公益诉讼\n\n第三条 己。\n\n## 三、附则\n\n第四条 庚。',
    },
    {
      name: 'a （一） sub-heading between articles whose items are also （一）',
      text: '（一）担保合同\n第一条 有下列情形之一的：\n（一）甲；\n（二）乙；\n（三）丙。\n（二）不动产抵押\n第二条 丁。\n（三）动产抵押\n第三条 戊。',
    },
    {
      name: 'an amendment quoting numbered items',
      text: '一、将第十条修改为：\n“第十条 有下列情形之一的，予以处罚：\n“（一）甲；\n“（二）乙。”\n二、将第十二条修改为：\n“人民法院受理下列案件：\n1.专利纠纷；\n2.商标纠纷。”\n三、本决定自公布之日起施行。',
    },
    { name: 'a paragraph whose closing quotation mark was left out', text: '（一）经济运行向好。\n（二）创新能力提升，首个大模型“优羲发布。\n（三）产业加速成长。' },
    { name: 'a quotation whose closing mark was left out', text: '一、在第二百八十条后增加一条：“甲。\n“有前款行为的，依照处罚较重的规定处罚。\n二、将第二百八十三条修改为：“乙。”\n三、本修正案自公布之日起施行。' },
    { name: '一、 numbering runs on across chapters', text: '第一章　总则\n一、甲。\n二、乙。\n第二章　职责\n三、丙。\n四、丁。' },
    { name: 'a Markdown ordered list keeps the sequence', filename: md, text: '1.甲。\n\n2.乙。\n\n3. 丙。\n\n4.丁。' },
    { name: 'a Markdown ordered list renumbers itself', filename: md, text: '1. 甲\n2. 乙\n4. 丙' },
    { name: 'an English heading in ASCII brackets', text: '(1) Introduction\n(2) Scope' },
    { name: 'heading numbers inside a sentence', text: '主要做了以下工作：1、抓项目；2、促消费；3、保民生。' },
    { name: 'circled numbers', text: '①甲；\n②乙；\n③丙。' },
  ],
  invalid: [
    {
      text: '1、 第一项内容',
      filename: 'draft.md',
      errors: [{ messageId: 'wrongForm', text: '1、', suggestion: '1.' }],
      output: null,
      name: 'no fix where 1. and a space would make a Markdown list',
    },
    // ---- 第X条 ----
    {
      name: 'an article skipped',
      text: '第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全市。\n第四条 本办法自发布之日起施行。',
      errors: [{ messageId: 'sequenceGap', line: 3, column: 1, endColumn: 4, text: '第四条', suggestion: '第三条' }],
    },
    {
      name: 'an article repeated',
      text: '第一条 甲。\n第二条 乙。\n第二条 丙。\n第三条 丁。',
      errors: [{ messageId: 'sequenceRepeat', line: 3, column: 1, text: '第二条', suggestion: '第三条' }],
    },
    {
      name: 'an article out of order',
      text: '第一条 甲。\n第二条 乙。\n第三条 丙。\n第二条 丁。',
      errors: [{ messageId: 'sequenceOrder', line: 4, text: '第二条', suggestion: '第四条' }],
    },
    {
      name: 'articles in Arabic numerals',
      text: '第1条 甲。\n第2条 乙。\n第4条 丙。',
      errors: [{ messageId: 'sequenceGap', line: 3, text: '第4条', suggestion: '第3条' }],
    },
    {
      name: 'hundreds',
      text: '第一百零九条 甲。\n第一百一十条 乙。\n第一百一十二条 丙。',
      errors: [{ messageId: 'sequenceGap', line: 3, text: '第一百一十二条', suggestion: '第一百一十一条' }],
    },
    {
      name: 'an inserted article skipped',
      text: '第一条 甲。\n第二条 乙。\n第二条之二 丙。\n第三条 丁。',
      errors: [{ messageId: 'sequenceGap', line: 3, text: '第二条之二', suggestion: '第二条之一' }],
    },
    {
      name: 'the first article lost',
      text: '第二条 本办法适用于全市。\n第三条 甲。\n第四条 本办法自发布之日起施行。',
      errors: [{ messageId: 'sequenceStart', line: 1, column: 1, text: '第二条', suggestion: '第一条' }],
    },
    {
      name: 'the first articles lost under 第一章',
      filename: md,
      text: '## 第一章 总则\n\n第三条 甲。\n\n第四条 乙。\n\n第五条 丙。',
      errors: [{ messageId: 'sequenceStart', line: 3, text: '第三条', suggestion: '第一条' }],
    },
    {
      name: 'a chapter skipped',
      filename: md,
      text: '## 第一章 总则\n\n第一条 甲。\n\n## 第三章 附则\n\n第二条 乙。',
      errors: [{ messageId: 'sequenceGap', line: 5, column: 4, text: '第三章', suggestion: '第二章' }],
    },
    {
      name: 'a chapter repeated',
      text: '第一章　总则\n第一条　甲。\n第二章　管理\n第二条　乙。\n第二章　附则\n第三条　丙。',
      errors: [{ messageId: 'sequenceRepeat', line: 5, text: '第二章', suggestion: '第三章' }],
    },
    {
      name: 'a chapter whose first section is 第二节',
      filename: md,
      text: '## 第一章 总则\n\n### 第一节 一般规定\n\n第一条 甲。\n\n## 第二章 管理\n\n### 第二节 许可\n\n第二条 乙。',
      errors: [{ messageId: 'sequenceStart', line: 9, column: 5, text: '第二节', suggestion: '第一节' }],
    },
    {
      name: 'chapter headings of the body lost after a table of contents',
      filename: md,
      text: '## 第一章 总则\n\n## 第二章 管理\n\n## 第三章 附则\n\n第一条 甲。\n\n第二条 乙。\n\n## 第三章 附则\n\n第三条 丙。',
      errors: [{ messageId: 'sequenceStart', line: 11, text: '第三章', suggestion: '第一章' }],
    },
    // ---- References ----
    {
      name: 'a reference to an article the document does not have',
      text: '第一条 为了规范管理，制定本办法。\n第二条 违反本办法第五条规定的，予以警告。\n第三条 本办法自发布之日起施行。',
      errors: [{ messageId: 'missingArticle', line: 2, column: 10, text: '第五条' }],
    },
    {
      name: 'a reference to the document after a named law in the same sentence',
      text: '第一条 依照《中华人民共和国行政处罚法》的规定，违反本条例第十六条的，予以处罚。\n第二条 乙。\n第三条 丙。',
      errors: [{ messageId: 'missingArticle', line: 1, text: '第十六条' }],
    },
    // ---- 一、（一）1.（1） ----
    {
      name: 'a heading number skipped',
      text: '一、总体要求\n二、主要任务\n四、保障措施',
      errors: [{ messageId: 'sequenceGap', line: 3, column: 1, endColumn: 3, text: '四、', suggestion: '三、' }],
    },
    {
      name: 'a second-level number skipped under a new first level',
      text: '  一、工作回顾\n  （一）稳增长。\n  （二）促改革。\n  二、工作安排\n  （一）扩内需。\n  （三）强创新。',
      errors: [{ messageId: 'sequenceGap', line: 6, column: 3, text: '（三）', suggestion: '（二）' }],
    },
    {
      name: 'an Arabic number repeated',
      text: '（一）主要目标。\n1.经济增长5%左右。\n2.城镇新增就业10万人。\n2.居民收入同步增长。',
      errors: [{ messageId: 'sequenceRepeat', line: 4, text: '2.', suggestion: '3.' }],
    },
    {
      name: 'a list that starts at two',
      text: '主要措施如下。\n（二）加强领导。\n（三）强化保障。',
      errors: [{ messageId: 'sequenceStart', line: 2, text: '（二）', suggestion: '（一）' }],
    },
    {
      name: 'items inside an article that skip',
      text: '第一条 甲。\n第二条 有下列情形之一的：\n（一）丙；\n（三）丁。\n第三条 戊。',
      errors: [{ messageId: 'sequenceGap', line: 4, text: '（三）', suggestion: '（二）' }],
    },
    // ---- Wrong forms ----
    {
      name: '1、 takes a full stop',
      text: '1、提高认识。\n2、加强领导。',
      errors: [
        { messageId: 'wrongForm', line: 1, column: 1, endColumn: 3, text: '1、', suggestion: '1.' },
        { messageId: 'wrongForm', line: 2, text: '2、', suggestion: '2.' },
      ],
      output: '1.提高认识。\n2.加强领导。',
    },
    {
      name: '（一）、 has one mark too many',
      text: '（一）、指导思想',
      errors: [{ messageId: 'wrongForm', text: '（一）、', suggestion: '（一）' }],
      output: '（一）指导思想',
    },
    {
      name: '一. takes a dunhao',
      text: '一.总体要求\n二．主要任务',
      errors: [
        { messageId: 'wrongForm', line: 1, text: '一.', suggestion: '一、' },
        { messageId: 'wrongForm', line: 2, text: '二．', suggestion: '二、' },
      ],
      output: '一、总体要求\n二、主要任务',
    },
    {
      name: 'ASCII brackets',
      text: '(一)指导思想\n(二)基本原则\n(1)问题导向\n（2)开放融合',
      errors: [
        { messageId: 'wrongForm', line: 1, text: '(一)', suggestion: '（一）' },
        { messageId: 'wrongForm', line: 2, text: '(二)', suggestion: '（二）' },
        { messageId: 'wrongForm', line: 3, text: '(1)', suggestion: '（1）' },
        { messageId: 'wrongForm', line: 4, text: '（2)', suggestion: '（2）' },
      ],
      output: '（一）指导思想\n（二）基本原则\n（1）问题导向\n（2）开放融合',
    },
    {
      name: '（1）、 has one mark too many',
      text: '（1）、问题导向',
      errors: [{ messageId: 'wrongForm', text: '（1）、', suggestion: '（1）' }],
      output: '（1）问题导向',
    },
    {
      name: 'a wrong form in a Markdown heading, list item and table cell',
      filename: md,
      text: '## 一.总体要求\n\n- 1、提高认识\n\n| 序号 | 内容 |\n| --- | --- |\n| 1、 | 甲 |',
      errors: [
        { messageId: 'wrongForm', line: 1, column: 4, text: '一.' },
        { messageId: 'wrongForm', line: 3, column: 3, text: '1、' },
        { messageId: 'wrongForm', line: 7, column: 3, text: '1、' },
      ],
      output: '## 一、总体要求\n\n- 1.提高认识\n\n| 序号 | 内容 |\n| --- | --- |\n| 1. | 甲 |',
    },
    {
      name: 'a wrong form that also skips',
      text: '1、甲；\n2、乙；\n4、丙。',
      errors: [
        { messageId: 'wrongForm', line: 1, text: '1、' },
        { messageId: 'wrongForm', line: 2, text: '2、' },
        { messageId: 'wrongForm', line: 3, text: '4、', suggestion: '4.' },
        { messageId: 'sequenceGap', line: 3, text: '4、', suggestion: '3.' },
      ],
    },
    {
      name: 'messages in English',
      text: '一、甲\n三、乙',
      errors: [{ messageId: 'sequenceGap', suggestion: '二、' }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('numbering (en)', rule as never, {
  valid: ['一、甲\n二、乙'],
  invalid: [
    {
      text: '一、甲\n三、乙',
      errors: [{ message: 'Numbering skips: "三、" follows "一、"; expected "二、"', suggestion: '二、' }],
    },
    {
      text: '1、甲',
      errors: [{ message: 'Heading number "1、" is not in standard form; use "1."' }],
    },
  ],
});
