import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/standard-names.js';

const FUJIN_LEADERS = {
  leaders: [
    { name: '王建军', titles: ['市长', '富锦市市长', '市人民政府市长'], from: '2021-06-01' },
    { name: '李志刚', titles: ['常务副市长'], from: '2021-06-01' },
    { name: '张三', titles: ['副市长'], until: '2023-01-10' },
    { name: '张三', titles: ['市委书记'], from: '2023-01-10' },
  ],
};

// The leaders table alone (no dictionary entries), so that what is tested is the name–title check.
new RuleTester({ dictionaries: [] }).run('standard-names', rule as never, {
  valid: [
    // Titles held at the document's date.
    { text: '国务院总理李强主持召开国务院常务会议。', date: '2025-03-01' },
    { text: '中共中央政治局常委、国务院副总理丁薛祥出席开幕式并致辞。', date: '2025-06-01' },
    { text: '国务院副总理丁薛祥、何立峰、张国清、刘国中出席会议。', date: '2025-06-01' },
    { text: '中共中央政治局常委、全国人大常委会委员长赵乐际主持闭幕会。', date: '2024-03-11' },
    { text: '中共中央政治局常委、全国政协主席王沪宁出席。', date: '2023-03-12' },
    { text: '国家主席习近平签署第二号主席令。', date: '2023-03-12' },
    { text: '中华人民共和国主席　习近平\n2024年6月28日', date: '2024-06-28', name: 'a signature, the name after spaces' },
    { text: '国务院总理李克强主持召开国务院常务会议。', date: '2019-05-01', name: 'a title held at the date' },
    { text: '国家副主席王岐山会见外宾。', date: '2020-06-01' },
    { text: '国务院副总理李克强会见外宾。', date: '2010-06-01', name: 'a post held before 2013 is in the table too' },
    { text: '国务委员王勇出席会议。', date: '2016-06-01' },
    { text: '国务院总理李克强主持会议。', date: '2023-03-11', name: 'on a handover day both holders are accepted' },
    { text: '国务院总理李强、国务院副总理丁薛祥出席会议。', date: '2023-03-12' },
    // The sentence speaks of the past.
    { text: '2019年5月，国务院总理李克强来我省考察。', date: '2025-06-01', name: 'another year in the sentence' },
    { text: '3月5日，国务院总理李克强作政府工作报告。', date: '2023-05-01', name: 'another month in the sentence' },
    { text: '时任国务院总理李克强来我市视察。', date: '2025-06-01' },
    { text: '原中共中央政治局常委、国务院副总理刘鹤出席论坛。', date: '2025-06-01' },
    { text: '国务院原总理李克强同志的遗体在北京火化。', date: '2023-11-02' },
    // Other posts than the one the table knows.
    { text: '国务院常务副总理韩正主持会议。', date: '2020-06-01', name: '常务 before 副总理' },
    { text: '全国政协副主席胡春华出席会议。', date: '2025-03-04', name: '全国政协副主席 is not 全国政协主席' },
    { text: '全国政协副主席石泰峰、胡春华、沈跃跃、王勇、周强出席会议。', date: '2025-03-04' },
    { text: '县政协主席王勇主持召开主席会议。', date: '2025-06-01', name: 'a county post and a common name' },
    { text: '国务委员兼外交部长王毅会见外宾。', date: '2020-06-01', name: 'a post between title and name' },
    { text: '湖南省委书记杜家毫在衡阳调研。', date: '2017-05-01' },
    { text: '广东省委书记汪洋调研。', date: '2010-06-01', name: 'a provincial post the table does not own' },
    // Not names after the title.
    { text: '习近平总书记强调，要坚持以人民为中心。', date: '2025-06-01' },
    { text: '总书记重要讲话精神，国务委员会同有关部门落实。', date: '2025-06-01' },
    { text: '中央政治局常委会会议研究部署有关工作。', date: '2025-06-01' },
    { text: '国务院副总理何时出席尚未确定。', date: '2025-06-01' },
    { text: '村民杜家豪获评致富带头人。', date: '2017-05-01' },
    { text: '省委书记杜家浩在衡阳调研。', date: '2025-05-01', name: 'a look-alike of a holder out of office at the date' },
    { text: '国务院总理李克强主持会议。', date: '2019-05-01', filename: 'draft.md' },
    // Local leaders from the options.
    { text: '市长王建军主持召开市政府常务会议。', date: '2025-06-01', options: FUJIN_LEADERS },
    { text: '市长 王建军 主持召开市政府常务会议。', date: '2025-06-01', options: FUJIN_LEADERS, name: 'a space between title and name' },
    { text: '富锦市市长王建军、常务副市长李志刚出席。', date: '2025-06-01', options: FUJIN_LEADERS },
    { text: '副市长张三调研春耕备耕工作。', date: '2022-04-01', options: FUJIN_LEADERS },
    { text: '市委书记张三调研春耕备耕工作。', date: '2024-04-01', options: FUJIN_LEADERS },
    { text: '佳木斯市长李四出席。', date: '2024-04-01', options: FUJIN_LEADERS, name: 'an unlisted name' },
  ],
  invalid: [
    {
      text: '国务院副总理李强出席会议并讲话。',
      date: '2025-03-01',
      errors: [
        {
          messageId: 'wrongTitle',
          message: '领导人职务错误：“国务院副总理李强”——按文档日期（2025年3月1日），李强任国务院总理、中央政治局常委，不是国务院副总理',
          text: '国务院副总理李强',
          suggestion: '国务院总理李强',
          line: 1,
          column: 1,
          severity: 'error',
          urgency: 'urgent',
        },
      ],
      output: null,
    },
    {
      text: '国务院总理李克强主持召开国务院常务会议。',
      date: '2024-05-01',
      errors: [
        {
          messageId: 'wrongTitle',
          message: '领导人职务错误：“国务院总理李克强”——李克强2013年3月15日至2023年3月11日任国务院总理，按文档日期（2024年5月1日）已不再担任；回顾往事应写“时任国务院总理”',
          suggestion: '时任国务院总理李克强',
        },
      ],
      output: null,
    },
    {
      text: '国务院副总理韩正出席。',
      date: '2025-06-01',
      errors: [{ messageId: 'wrongTitle', text: '国务院副总理韩正', suggestion: '国家副主席韩正' }],
    },
    {
      text: '全国政协主席汪洋出席开幕会。',
      date: '2024-03-04',
      errors: [{ messageId: 'wrongTitle', suggestion: '时任全国政协主席汪洋' }],
    },
    {
      text: '时任国务院副总理李强来我市调研。',
      date: '2025-06-01',
      errors: [{ messageId: 'wrongTitle', message: '领导人职务错误：“国务院副总理李强”——李强未担任过国务院副总理', suggestion: undefined }],
      name: 'a title never held is wrong in a sentence about the past too',
    },
    {
      text: '国务院副总理李克强会见外宾。',
      date: '2005-06-01',
      errors: [{ messageId: 'wrongTitle', message: '领导人职务错误：“国务院副总理李克强”——李克强2008年3月17日至2013年3月16日任国务院副总理，按文档日期（2005年6月1日）已不再担任；回顾往事应写“时任国务院副总理”' }],
    },
    {
      text: '中华人民共和国主席　李强',
      date: '2024-06-28',
      errors: [{ messageId: 'wrongTitle', text: '中华人民共和国主席　李强', suggestion: '国务院总理李强' }],
    },
    {
      text: '湖南省委书记杜家豪在衡阳调研。',
      date: '2017-05-01',
      errors: [
        {
          messageId: 'wrongName',
          message: '领导人姓名错误：“杜家豪”应为“杜家毫”（杜家毫2016年8月28日至2020年11月20日任湖南省委书记）',
          text: '杜家豪',
          suggestion: '杜家毫',
          column: 7,
        },
      ],
      output: null,
    },
    {
      text: '时任湖南省委书记杜家豪到衡阳调研。',
      date: '2025-05-01',
      errors: [{ messageId: 'wrongName', suggestion: '杜家毫' }],
      name: 'a former holder after 时任',
    },
    { text: '国务院副总理何立锋出席开幕式。', date: '2025-06-01', errors: [{ messageId: 'wrongName', text: '何立锋', suggestion: '何立峰' }] },
    { text: '国务委员王永出席会议。', date: '2016-06-01', errors: [{ messageId: 'wrongName', text: '王永', suggestion: '王勇' }] },
    { text: '全国政协主席王泸宁出席会议。', date: '2025-06-01', errors: [{ messageId: 'wrongName', text: '王泸宁', suggestion: '王沪宁' }], name: 'a look-alike' },
    {
      text: '中共中央政治局常委、中央纪委书记李熙主持会议。',
      date: '2025-06-01',
      errors: [{ messageId: 'wrongName', text: '李熙', suggestion: '李希' }],
    },
    {
      text: '国务院总理李克强主持会议。',
      date: '2024-05-01',
      filename: 'draft.md',
      errors: [{ messageId: 'wrongTitle', line: 1, column: 1 }],
    },
    {
      text: '---\ndate: 2025-06-01\n---\n\n国家副主席王岐山会见外宾。\n',
      filename: 'draft.md',
      errors: [{ messageId: 'wrongTitle', line: 5, suggestion: '时任国家副主席王岐山' }],
      name: 'the front matter date decides',
    },
    // Local leaders.
    {
      text: '副市长王建军调研春耕备耕工作。',
      date: '2025-06-01',
      options: FUJIN_LEADERS,
      errors: [{ messageId: 'wrongTitle', text: '副市长王建军', suggestion: '市长王建军' }],
    },
    {
      text: '副市长张三调研春耕备耕工作。',
      date: '2024-04-01',
      options: FUJIN_LEADERS,
      errors: [{ messageId: 'wrongTitle', suggestion: '市委书记张三' }],
    },
    {
      text: '市长 王建君主持召开市政府常务会议。',
      date: '2025-06-01',
      options: FUJIN_LEADERS,
      errors: [{ messageId: 'wrongName', text: '王建君', column: 4 }],
    },
    {
      text: '市长王建君主持召开市政府常务会议。',
      date: '2025-06-01',
      options: FUJIN_LEADERS,
      errors: [{ messageId: 'wrongName', text: '王建君', suggestion: '王建军', message: '领导人姓名错误：“王建君”应为“王建军”（王建军2021年6月1日起任市长）' }],
    },
  ],
});

// With the shipped dictionaries: an entry for the same misspelt name reports it once, with its fix.
new RuleTester().run('standard-names', rule as never, {
  valid: ['全国政协主席王沪宁出席会议。', '中央政治局常委、国务院副总理丁薛祥出席开幕式。'],
  invalid: [
    {
      text: '全国政协主席王护宁出席会议。',
      errors: [{ messageId: 'withReplacement', text: '王护宁', suggestion: '王沪宁' }],
      output: '全国政协主席王沪宁出席会议。',
    },
    {
      text: '湖南省委书记杜家豪在衡阳调研。',
      date: '2017-05-01',
      errors: [{ messageId: 'withReplacement', text: '杜家豪', suggestion: '杜家毫' }],
      output: '湖南省委书记杜家毫在衡阳调研。',
    },
  ],
});

// In English.
new RuleTester({ dictionaries: [], locale: 'en' }).run('standard-names', rule as never, {
  valid: [],
  invalid: [
    {
      text: '国务院副总理李强出席会议。',
      date: '2025-03-01',
      errors: [{ message: 'Wrong title for a leader: "国务院副总理李强" — at the document\'s date (2025-03-01) 李强 is 国务院总理, 中央政治局常委, not 国务院副总理' }],
    },
    {
      text: '国务院副总理何立锋出席。',
      date: '2025-06-01',
      errors: [{ message: 'Wrong leader’s name: "何立锋" should be "何立峰" (何立峰: 国务院副总理 since 2023-03-12)' }],
    },
  ],
});
