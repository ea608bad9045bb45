import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/placeholders.js';

new RuleTester().run('placeholders', rule as never, {
  valid: [
    '我市召开防汛工作推进会，副市长王晓明出席会议。',
    '本条例自2026年1月1日起施行。',
    'Windows XP 系统已停止维护。',
    { text: '联系人：张三（18）', name: 'parentheses with content' },
    { text: '被告孟某某系该公司唯一股东，周某某、肖某举行婚礼。', name: 'anonymised names in a published case' },
    { text: '附件二 飞行高度层配备标准示意图（略）', name: 'an omitted attachment in a published law' },
    { text: '号的编排方式为：X妆XXXXXXXX。', name: 'a number format described by example' },
    { text: '注册证编号的编排方式为：×1械注×2××××3×4××5××××6。', name: 'a code format with indices' },
    { text: '代表机构的名称应当为“××律师事务所驻××代表处”；', name: 'a naming format in quotes' },
    { text: '## 某某公司申请执行李某某承揽合同案\n某某公司向某法院申请强制执行。', filename: 'case.md', name: 'a company anonymised in a published case' },
    { text: '附件1\n中华人民共和国最高人民法院决定书\n再审申请人×××诉×××一案', name: 'an attachment that is a form' },
    { text: '附件：主要文书参考样式\n×××人民法院\n（××××）……执……号', name: 'blanks of a form template attachment' },
  ],
  invalid: [
    { text: '请XXX单位于本周内报送材料。', errors: [{ messageId: 'placeholder', line: 1, column: 2, text: 'XXX' }] },
    { text: '某某同志任办公室主任。', errors: [{ messageId: 'placeholder', column: 1, text: '某某' }] },
    { text: '请于本周内向某某单位报送。', errors: [{ text: '某某' }] },
    { text: '联系人张某，请某某单位报送。', errors: [{ text: '某某' }], name: 'one anonymised name does not make a template an anonymised case' },
    { text: '×××人民法院\n附件：主要文书参考样式', errors: [{ text: '×××' }] },
    { text: '具体措施（略）。', errors: [{ text: '（略）' }] },
    { text: '发文时间：××××年××月××日', errors: [{ text: '××××' }, { text: '××' }, { text: '××' }] },
    { text: '附件：1.报名表\n联系人：XXX', errors: [{ text: 'XXX' }] },
    { text: '会议时间：待定', errors: [{ messageId: 'placeholder', column: 6, text: '待定' }] },
    { text: '详细情况（略）。', errors: [{ text: '（略）' }] },
    { text: '【】关于开展安全检查的通知', errors: [{ messageId: 'emptyBrackets', text: '【】' }] },
    { text: 'TODO 补充数据', errors: [{ text: 'TODO' }] },
    { text: '负责人×××，电话待补充。', errors: [{ text: '×××' }, { text: '待补充' }] },
    { text: '请填写单位名称', options: { extra: ['请填写'] }, errors: [{ text: '请填写' }] },
  ],
});
