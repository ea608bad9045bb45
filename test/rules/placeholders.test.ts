import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/placeholders.js';

new RuleTester().run('placeholders', rule as never, {
  valid: [
    '我市召开防汛工作推进会，副市长王晓明出席会议。',
    '本条例自2026年1月1日起施行。',
    'Windows XP 系统已停止维护。',
    { text: '联系人：张三（18）', name: 'parentheses with content' },
  ],
  invalid: [
    { text: '请XXX单位于本周内报送材料。', errors: [{ messageId: 'placeholder', line: 1, column: 2, text: 'XXX' }] },
    { text: '某某同志任办公室主任。', errors: [{ messageId: 'placeholder', column: 1, text: '某某' }] },
    { text: '会议时间：待定', errors: [{ messageId: 'placeholder', column: 6, text: '待定' }] },
    { text: '详细情况（略）。', errors: [{ text: '（略）' }] },
    { text: '【】关于开展安全检查的通知', errors: [{ messageId: 'emptyBrackets', text: '【】' }] },
    { text: 'TODO 补充数据', errors: [{ text: 'TODO' }] },
    { text: '负责人×××，电话待补充。', errors: [{ text: '×××' }, { text: '待补充' }] },
    { text: '请填写单位名称', options: { extra: ['请填写'] }, errors: [{ text: '请填写' }] },
  ],
});
