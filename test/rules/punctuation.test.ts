import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/punctuation.js';

new RuleTester().run('punctuation', rule as never, {
  valid: [
    { text: '(一)加强组织领导', name: 'a heading number at block start is the numbering rule’s' },
    { text: '一.总则', name: 'a Chinese ordinal with a period is the numbering rule’s' },
    '我市召开防汛工作推进会，副市长王晓明出席会议。',
    '本条例自2026年1月1日起施行。',
    // Numbers, times, ratios, versions.
    '圆周率约为3.14，会议于8:30开始，9:00结束。',
    '全年共投入资金1,000万元，比例尺为1:1000。',
    '请升级到v2.3.1版本，详见第3.2节。',
    // Heading numbers: 1. at the start of a block is the GB/T 9704 form.
    '1.加强组织领导',
    '2.落实工作责任\n3.强化督促检查',
    '（1）明确任务分工',
    { text: '1)加强领导\n2)落实责任', name: 'list marker 1) at block start' },
    // Latin text.
    'Windows XP 系统已停止维护。',
    'This is an English sentence, with commas; colons: and more. Really? Yes!',
    { text: 'Hello world! 你好，世界。', name: 'English sentence followed by Chinese' },
    '参见 e.g. 示例说明。',
    '请下载附件.pdf文件或名单.xlsx表格。',
    'f(x)在区间内连续。',
    '采用ISO 9001(2015)质量管理体系。',
    '按照BOT(build-operate-transfer)方式建设。',
    // URLs and e-mail are masked.
    '详见https://www.gov.cn/zhengce/index.html?a=1,b=2，或发送邮件至office@example.gov.cn。',
    { text: '运行`npm install --save`命令，然后访问[网站](https://www.gov.cn/a,b)。', filename: 'draft.md', name: 'code and links in Markdown' },
    '使用命令行参数--help查看帮助。',
    // Correct Chinese punctuation.
    '“十四五”规划纲要已经印发。',
    '《关于修改〈中华人民共和国立法法〉的决定》已经通过。',
    { text: '第十三届全国人民代表大会常务委员会《关于修改〈浙江省实施《中华人民共和国档案法》办法〉的决定》', name: 'triple nesting 《〈《》〉》' },
    '这是一个重大问题——事关全局。',
    '——经济运行稳中有进。',
    '他沉默了许久……终于开口。',
    '此处省略了若干段落…………',
    '他说：“……等待了很久。”',
    '大家等等他。',
    // 一字线 for ranges and connections.
    '北京—上海高速公路全线通车。',
    '2011年2月3日—10日举办，见第21—30条。',
    '构建科技—产业—金融良性循环。',
    '推进中国—东盟自贸区建设。',
    '一一对应，逐项落实。',
    // Multi-paragraph quotation: “ at each paragraph, ” only at the end.
    '他说：“第一段内容。\n“第二段内容。\n“第三段内容。”',
    // A title broken over two paragraphs by a stray line break.
    '第十二届全国人民代表大会常务委员会第三十一次会议《关于修改〈中华人民共和国招标投标法〉\n〈中华人民共和国计量法〉的决定》第四次修正',
    // Apostrophes and primes.
    '英文中I don’t know的意思是“我不知道”。',
    "英文It's fine的意思是“没关系”。",
    '位于北纬30°15\'20"、东经120°10\'05"。',
    'He said "hello" to me.',
    // Full-width parentheses, quotes and marks already right.
    '国内生产总值（GDP）增长5%。',
    '你确定吗？！',
    '姓名————',
    // Single — next to a range character or between two characters.
    '经费—效能分析',
    // Half-width mark between Latin words inside Chinese text.
    '使用Python, Java等语言开发。',
    'HTML实体&nbsp;残留不在本规则范围。',
    // Navigation, comparison and contact lines.
    '首页 > 新闻中心 > 通知公告',
    '<上一篇 下一篇>',
    '当x<5且y>3时成立。',
    '联系电话：0571-12345678，传真：0571-87654321。',
    '上午9:00-11:30，下午2:00-5:00办公。',
    '增长3.5%，达到2024.01.01的水平。',
    '—1—',
    '中文域名：中国政府网.政务',
    { text: 'a.加强领导\nb.落实责任', name: 'Latin list letters' },
  ],
  invalid: [
    // 1. Half-width marks.
    {
      text: '会议决定,明天召开。',
      errors: [{ messageId: 'halfWidth', line: 1, column: 5, text: ',', suggestion: '，' }],
      output: '会议决定，明天召开。',
    },
    {
      text: '主要任务是:加强领导;落实责任。',
      errors: [
        { messageId: 'halfWidth', column: 6, text: ':', suggestion: '：' },
        { messageId: 'halfWidth', column: 11, text: ';', suggestion: '；' },
      ],
      output: '主要任务是：加强领导；落实责任。',
    },
    { text: '你好吗?', errors: [{ messageId: 'halfWidth', column: 4, text: '?', suggestion: '？' }], output: '你好吗？' },
    { text: '太好了!', errors: [{ messageId: 'halfWidth', column: 4, text: '!', suggestion: '！' }], output: '太好了！' },
    {
      text: '这是为什么?!',
      errors: [
        { messageId: 'halfWidth', column: 6, text: '?' },
        { messageId: 'halfWidth', column: 7, text: '!' },
      ],
      output: '这是为什么？！',
    },
    { text: '本条例自公布之日起施行.', errors: [{ messageId: 'halfWidth', column: 12, text: '.', suggestion: '。' }], output: '本条例自公布之日起施行。' },
    {
      text: '会议结束了.下一步要抓落实。',
      errors: [{ messageId: 'halfWidthPeriod', column: 6, text: '.', suggestion: '。' }],
      output: null,
      name: 'period between two Han characters: no fix (could be a name separator)',
    },
    { text: '来源 : 南方日报', errors: [{ messageId: 'halfWidth', column: 3, endColumn: 6, text: ' : ' }], output: '来源：南方日报', name: 'spaces around the mark go with the fix' },
    { text: '使用Word,然后保存。', errors: [{ messageId: 'halfWidth', column: 7, text: ',' }], output: '使用Word，然后保存。' },
    { text: '共计1,2,3项,合计6项。', errors: [{ messageId: 'halfWidth', column: 9, text: ',' }], output: '共计1,2,3项，合计6项。' },
    {
      text: '会议要求(一)加强组织领导',
      errors: [
        { messageId: 'halfWidth', column: 5, text: '(', suggestion: '（' },
        { messageId: 'halfWidth', column: 7, text: ')', suggestion: '）' },
      ],
      output: '会议要求（一）加强组织领导',
      name: 'ASCII parentheses inside a sentence',
    },
    {
      text: '世界卫生组织(WHO)发布报告。',
      errors: [
        { messageId: 'halfWidth', column: 7, text: '(' },
        { messageId: 'halfWidth', column: 11, text: ')' },
      ],
      output: '世界卫生组织（WHO）发布报告。',
    },
    {
      text: '根据《中华人民共和国海关法》(以下简称海关法)，制定本条例。',
      errors: [{ text: '(' }, { text: ')' }],
      output: '根据《中华人民共和国海关法》（以下简称海关法），制定本条例。',
    },
    {
      text: '国内生产总值（GDP)增长5%。',
      errors: [{ messageId: 'halfWidth', column: 11, text: ')', suggestion: '）' }],
      output: '国内生产总值（GDP）增长5%。',
    },
    {
      text: '一耳听力障碍(≥91dB HL)。',
      errors: [{ text: '(' }, { text: ')' }],
      output: '一耳听力障碍（≥91dB HL）。',
    },
    { text: '(一加强组织领导', errors: [{ messageId: 'unclosedMark', column: 1, text: '(' }], output: null },
    // 2. Repeated marks.
    { text: '其他玩忽职守、、徇私舞弊的情形。', errors: [{ messageId: 'repeatedMark', column: 7, text: '、、', suggestion: '、' }], output: '其他玩忽职守、徇私舞弊的情形。' },
    { text: '会议结束。。', errors: [{ messageId: 'repeatedMark', text: '。。' }], output: '会议结束。' },
    { text: '一是，，二是', errors: [{ messageId: 'repeatedMark', text: '，，' }], output: '一是，二是' },
    { text: '仍然销售的；。', errors: [{ messageId: 'mixedMarks', column: 6, text: '；。', suggestion: '；' }], output: null },
    { text: '人民法院应予支持：。', errors: [{ messageId: 'mixedMarks', text: '：。' }] },
    { text: '真的吗？？', errors: [{ messageId: 'doubledEmphasis', column: 4, text: '？？', suggestion: '？' }], output: null },
    { text: '太好了！！！', errors: [{ messageId: 'doubledEmphasis', text: '！！！' }] },
    // 3. Ellipses.
    { text: '等等...', errors: [{ messageId: 'ellipsis', column: 3, text: '...', suggestion: '……' }], output: '等等……' },
    { text: '他说......然后走了。', errors: [{ messageId: 'ellipsis', text: '......' }], output: '他说……然后走了。' },
    { text: '此处省略。。。', errors: [{ messageId: 'ellipsis', text: '。。。' }], output: '此处省略……' },
    { text: '他想了想···没有说话。', errors: [{ messageId: 'ellipsis', text: '···' }], output: '他想了想……没有说话。' },
    { text: '他想了想・・・没有说话。', errors: [{ messageId: 'ellipsis', text: '・・・' }], output: '他想了想……没有说话。' },
    { text: '规定：“（六）贮存条件；…”', errors: [{ messageId: 'ellipsis', column: 13, text: '…', suggestion: '……' }], output: '规定：“（六）贮存条件；……”' },
    { text: '水果有苹果、香蕉……等。', errors: [{ messageId: 'ellipsisDeng', column: 9, text: '……等', suggestion: '……' }], output: '水果有苹果、香蕉……。' },
    { text: '水果有苹果、香蕉……等等。', errors: [{ messageId: 'ellipsisDeng', text: '……等等' }], output: '水果有苹果、香蕉……。' },
    {
      text: '涉及教育、医疗……等方面。',
      errors: [{ messageId: 'ellipsisDeng', text: '……等', suggestion: '等' }],
      output: null,
      name: '……等 followed by more text: suggestion only',
    },
    // 4. Dashes.
    { text: '这是关键--必须落实。', errors: [{ messageId: 'dash', column: 5, text: '--', suggestion: '——' }], output: '这是关键——必须落实。' },
    { text: '这是关键－－必须落实。', errors: [{ messageId: 'dash', text: '－－' }], output: '这是关键——必须落实。' },
    { text: '这是关键———必须落实。', errors: [{ messageId: 'dash', text: '———' }], output: '这是关键——必须落实。' },
    { text: '—摘自《人民日报》', errors: [{ messageId: 'singleDash', column: 1, text: '—', suggestion: '——' }], output: null },
    { text: '目标只有一个，—实现共同富裕。', errors: [{ messageId: 'singleDash', column: 8, text: '—' }] },
    // 5. Paired marks.
    { text: '培育专精特新“小巨人企业414家。', errors: [{ messageId: 'unclosedMark', column: 7, text: '“' }], output: null },
    { text: '培育专精特新小巨人”企业。', errors: [{ messageId: 'unopenedMark', column: 10, text: '”' }] },
    { text: '依照《中华人民共和国民法典规定。', errors: [{ messageId: 'unclosedMark', column: 3, text: '《' }] },
    { text: '地对本行政区域内的村民委员会和）村民小组', errors: [{ messageId: 'unopenedMark', column: 16, text: '）' }] },
    {
      text: '他说：“你好《世界”》。',
      errors: [
        { messageId: 'unclosedMark', text: '《' },
        { messageId: 'unopenedMark', text: '》' },
      ],
      name: 'mis-nested pairs',
    },
    {
      text: '《最高人民法院关于适用《中华人民共和国工会法》若干问题的解释》',
      errors: [{ messageId: 'nestedTitle', column: 12, text: '《中华人民共和国工会法》', suggestion: '〈中华人民共和国工会法〉' }],
      output: null,
    },
    {
      text: '修改为：“第一段。\n第二段。\n第三段。”',
      errors: [{ messageId: 'quoteParagraphStart', line: 2, column: 1, text: '第', suggestion: '“第' }],
      output: null,
      name: 'multi-paragraph quotation whose later paragraphs do not open with “',
    },
    {
      text: '劳动法规定：“用人单位应当保证劳动者的休息。\n”该条规定了休息权。',
      errors: [{ messageId: 'unopenedMark', line: 2, column: 1, text: '”' }],
      name: 'closing quote pushed to the next paragraph',
    },
    {
      text: '他说：“第一段。\n这里不是引文。\n还不是。\n也不是。\n仍然不是。',
      errors: [{ messageId: 'unclosedMark', line: 1, column: 4, text: '“' }],
      name: 'unclosed quotation never closed',
    },
    // 6. Straight quotes.
    {
      text: '打造"天堂硅谷"，建设创新型城市。',
      errors: [
        { messageId: 'straightQuote', column: 3, text: '"', suggestion: '“' },
        { messageId: 'straightQuote', column: 8, text: '"', suggestion: '”' },
      ],
      output: '打造“天堂硅谷”，建设创新型城市。',
    },
    {
      text: '他说"hello"。',
      errors: [{ text: '"', suggestion: '“' }, { text: '"', suggestion: '”' }],
      output: '他说“hello”。',
    },
    { text: '打造"天堂硅谷，建设创新型城市。', errors: [{ messageId: 'straightQuote', column: 3, text: '"', suggestion: '“' }], output: null },
    {
      text: "所谓'医疗产品'包括药品。",
      errors: [
        { messageId: 'straightQuote', column: 3, text: "'", suggestion: '‘' },
        { messageId: 'straightQuote', column: 8, text: "'", suggestion: '’' },
      ],
      output: '所谓‘医疗产品’包括药品。',
    },
    {
      text: "所谓'GDP'是指国内生产总值。",
      errors: [{ text: "'" }, { text: "'" }],
      output: null,
      name: 'single quotes around Latin: report without fix',
    },
    {
      text: '《关于修改<中华人民共和国行政诉讼法>的决定》',
      errors: [{ messageId: 'angleBrackets', column: 6, text: '<中华人民共和国行政诉讼法>', suggestion: '〈中华人民共和国行政诉讼法〉' }],
      output: '《关于修改〈中华人民共和国行政诉讼法〉的决定》',
    },
    {
      text: '依照＜浙江省禁毒条例＞的规定。',
      errors: [{ messageId: 'angleBrackets', column: 3, text: '＜浙江省禁毒条例＞', suggestion: '《浙江省禁毒条例》' }],
      output: '依照《浙江省禁毒条例》的规定。',
    },
    { text: '卡尔.马克思', errors: [{ messageId: 'halfWidthPeriod', column: 3, text: '.' }], output: null },
    // 7. Full-width letters and digits.
    { text: '本条例自２０２１年１月１日起施行。', errors: [{ messageId: 'fullWidthAlnum', column: 5, text: '２０２１', suggestion: '2021' }, { text: '１' }, { text: '１' }], output: '本条例自2021年1月1日起施行。' },
    { text: '比例不得低于１．５％。', errors: [{ messageId: 'fullWidthAlnum', text: '１．５', suggestion: '1.5' }], output: '比例不得低于1.5％。' },
    { text: 'ＡＢＣ公司', errors: [{ messageId: 'fullWidthAlnum', column: 1, text: 'ＡＢＣ', suggestion: 'ABC' }], output: 'ABC公司' },
    // Markdown.
    {
      text: '# 标题\n\n会议决定,明天召开。\n\n- 第一项(试行)\n',
      filename: 'draft.md',
      errors: [
        { messageId: 'halfWidth', line: 3, column: 5, text: ',' },
        { messageId: 'halfWidth', line: 5, column: 6, text: '(' },
        { messageId: 'halfWidth', line: 5, column: 9, text: ')' },
      ],
      output: '# 标题\n\n会议决定，明天召开。\n\n- 第一项（试行）\n',
    },
    {
      text: '会议决定,**明天**召开。',
      filename: 'draft.md',
      errors: [{ messageId: 'halfWidth', column: 5, text: ',' }],
      output: '会议决定，**明天**召开。',
    },
    // English message.
    {
      text: '会议决定,明天召开。',
      errors: [{ message: '中文中使用了半角标点“,”，应为全角“，”' }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation (English messages)', rule as never, {
  valid: ['我市召开防汛工作推进会，副市长王晓明出席会议。'],
  invalid: [
    {
      text: '会议决定,明天召开。',
      errors: [{ messageId: 'halfWidth', message: 'Half-width "," in Chinese text; use full-width "，"', suggestion: '，' }],
      output: '会议决定，明天召开。',
    },
    {
      text: '修改为：“第一段。\n第二段。\n第三段。”',
      errors: [{ message: 'Each paragraph of a multi-paragraph quotation should open with “ (2 paragraphs from here lack it)' }],
    },
  ],
});
