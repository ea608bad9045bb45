import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/word-usage.js';

new RuleTester().run('word-usage', rule as never, {
  valid: [
    '报名截止时间为2026年12月10日。',
    '申报工作于2026年3月31日截止。',
    '截至2025年底，全市共有企业1200家。',
    '全市约有300人参加培训。',
    '参训人员300人左右。',
    '超过50%的企业完成整改。',
    '30人以上的单位应当设立工会。',
    '事故起数同比下降30%。',
    '发挥了积极的推动作用。',
    '根据当时有效的执行依据作出决定。',
    '认真地做好各项工作。',
    '排污单位执行的更加严格的排放标准。',
    '这项工作做得很好。',
    '他说的很有道理的话。',
    '他写的很多文章被转载。',
    '正如报告所说的更加注重质量。',
    '参会人数超过300，以上人员均已登记。',
    '请提前预约3天左右。',
  ],
  invalid: [
    { text: '截止2025年底，全市共有企业1200家。', errors: [{ messageId: 'jiezhiBeforeTime', column: 1, text: '截止', suggestion: '截至' }], output: '截至2025年底，全市共有企业1200家。' },
    { text: '截止目前，已完成整改。', errors: [{ messageId: 'jiezhiBeforeTime' }], output: '截至目前，已完成整改。' },
    { text: '截止到11月20日，共受理425件。', errors: [{ messageId: 'jiezhiDao', text: '截止到' }], output: '截至11月20日，共受理425件。' },
    { text: '截至到目前，全部办结。', errors: [{ messageId: 'jiezhiDao', text: '截至到' }], output: '截至目前，全部办结。' },
    { text: '全市约300人左右参加。', errors: [{ messageId: 'redundantApprox', column: 3, text: '约300人左右', suggestion: '约300人' }], output: '全市约300人参加。' },
    { text: '累计超过七日以上未供热的。', errors: [{ messageId: 'redundantOver', text: '超过七日以上' }], output: '累计超过七日未供热的。' },
    { text: '成本下降了3倍。', errors: [{ messageId: 'decreaseTimes', text: '下降了3倍' }], output: null },
    { text: '要认真的做好防汛工作。', errors: [{ messageId: 'deForAdverb', column: 4, text: '的' }], output: '要认真地做好防汛工作。' },
    { text: '切实的推进整改落实。', errors: [{ messageId: 'deForAdverb' }], output: '切实地推进整改落实。' },
    { text: '这项工作做的很好。', errors: [{ messageId: 'deForComplement', column: 6, text: '的', suggestion: '得' }], output: null },
  ],
});
