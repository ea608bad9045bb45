import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/approval.js';
import { Linter } from '../../src/engine/linter.js';
import { parseText } from '../../src/document/parse-text.js';

const BODY = '3月18日，市水务局召开防汛工作推进会，安排部署今年防汛备汛工作。';
const frontMatter = (fields: string) => `---\ntitle: 我市召开防汛工作推进会\n${fields}\n---\n\n${BODY}\n`;
const CLEARED = 'unit: 富锦市水务局\ncolumn: 新闻中心\ndate: 2026-11-20\neditor: 王晓明\nreviewer: 李红\nsupervisor: 赵刚\napproval: FJ-2026-0457\nurgent: false';

const siteOptions = {
  units: ['富锦市水务局', '富锦市教育局', '富锦市营商环境建设监督局'],
  columns: { 新闻中心: ['富锦市营商环境建设监督局', '富锦市水务局'], 通知公告: [], 政策文件: ['富锦市营商环境建设监督局'] },
};

new RuleTester().run('approval', rule as never, {
  valid: [
    { text: frontMatter(CLEARED), filename: 'draft.md', name: 'front matter with every field' },
    { text: frontMatter(CLEARED), filename: 'draft.md', options: siteOptions, name: 'unit and column allowed by the site configuration' },
    {
      text: `${BODY}\n监审：赵刚\n审核：李红\n编辑：王晓明\n审批单号：FJ-2026-0457\n`,
      name: 'sign-off lines at the end of a text file',
    },
    {
      text: `${BODY}\n编辑:王晓明  审核:李红  监审:赵刚  审批单号:FJ-2026-0457\n`,
      name: 'one sign-off line, half-width colons',
    },
    {
      text: `# 我市召开防汛工作推进会\n\n${BODY}\n\n（责任编辑：王晓明　审核：李红　监审：赵刚）\n\n审批单号：FJ-2026-0457\n`,
      filename: 'draft.md',
      name: 'news-style sign-off in brackets, Markdown',
    },
    {
      text: '---\n供稿单位: 富锦市水务局\n栏目: 新闻中心\n编辑: 王晓明\n审核: 李红\n监审: 赵刚\n审批单号: FJ-2026-0457\n---\n\n' + BODY,
      filename: 'draft.md',
      options: siteOptions,
      name: 'Chinese front matter keys',
    },
    {
      text: '---\neditor: 王晓明\nreviewer: 李红\nurgent: true\n---\n\n' + BODY + '\n\n监审：赵刚\n审批单号：FJ-2026-0460',
      filename: 'draft.md',
      name: 'front matter and sign-off lines together',
    },
    {
      text: frontMatter(CLEARED.replace('FJ-2026-0457', 'FJ-2026-0457')),
      filename: 'draft.md',
      options: { approvalPattern: '^FJ-\\d{4}-\\d{4}$' },
      name: 'approval number in the configured format',
    },
  ],
  invalid: [
    {
      text: `${BODY}\n监审：\n审核：李红\n编辑：王晓明\n审批单号：FJ-2026-0457`,
      errors: [{ messageId: 'emptyRole', line: 2, column: 1, text: '监审：', severity: 'error', urgency: 'general' }],
      output: null,
      name: 'an empty 监审 line means nobody reviewed it',
    },
    {
      text: BODY,
      // Findings at one place are sorted by their text.
      errors: [
        { messageId: 'missingApproval', line: 1, column: 1 },
        { messageId: 'missingRole', message: '缺少审核：稿件须经编辑、审核、监审三级审核后方可发布', line: 1, column: 1 },
        { messageId: 'missingRole', message: '缺少监审：稿件须经编辑、审核、监审三级审核后方可发布' },
        { messageId: 'missingRole', message: '缺少编辑：稿件须经编辑、审核、监审三级审核后方可发布' },
      ],
      name: 'a draft with no clearance at all',
    },
    {
      text: frontMatter('unit: 富锦市水务局\neditor: 王晓明\nreviewer: 李红\napproval: FJ-2026-0457'),
      filename: 'draft.md',
      errors: [{ messageId: 'missingRole', line: 1, column: 1, endColumn: 4, text: '---' }],
      name: 'missing supervisor is reported at the front matter',
    },
    {
      text: frontMatter('unit: 富锦市水务局\neditor: 王晓明\nreviewer: 李红\nsupervisor:\napproval: FJ-2026-0457'),
      filename: 'draft.md',
      errors: [{ messageId: 'emptyRole', line: 6, column: 1, text: 'supervisor' }],
      name: 'an empty front matter value is reported at its key',
    },
    {
      text: frontMatter('editor: 王晓明\nreviewer: 王 晓明\nsupervisor: 王晓明\napproval: FJ-2026-0457'),
      filename: 'draft.md',
      errors: [
        { messageId: 'sameReviewer', message: '“王 晓明”同时担任编辑和审核：三级审核须由三人分别负责', line: 4, column: 11, text: '王 晓明' },
        { messageId: 'sameReviewer', message: '“王晓明”同时担任编辑和监审：三级审核须由三人分别负责', line: 5, column: 13, text: '王晓明' },
      ],
      name: 'the same person in two roles',
    },
    {
      text: `${BODY}\n编辑：王晓明\n审核：李红\n监审：李红\n审批单号：FJ-2026-0457`,
      errors: [{ messageId: 'sameReviewer', line: 4, column: 4, text: '李红' }],
      name: 'reviewer and supervisor the same person, sign-off lines',
    },
    {
      text: frontMatter('editor: 王晓明\nreviewer: 李红\nsupervisor: 赵刚\nurgent: true'),
      filename: 'draft.md',
      errors: [{ messageId: 'paperworkDue', message: '紧急信息可先行发布，但须在发布后3个工作日内补办信息发布审批单', severity: 'warning' }],
      name: 'urgent item without approval number: paperwork due',
    },
    {
      text: frontMatter('editor: 王晓明\nreviewer: 李红\nsupervisor: 赵刚\n紧急信息: 是'),
      filename: 'draft.md',
      options: { urgentPaperworkDays: 1 },
      errors: [{ messageId: 'paperworkDue', message: '紧急信息可先行发布，但须在发布后1个工作日内补办信息发布审批单', severity: 'warning' }],
      name: 'urgent flag in Chinese, configured deadline',
    },
    {
      text: frontMatter('editor: 王晓明\nreviewer: 李红\nsupervisor: 赵刚\nurgent: false'),
      filename: 'draft.md',
      errors: [{ messageId: 'missingApproval', severity: 'error' }],
      name: 'not urgent and no approval number',
    },
    {
      text: frontMatter(CLEARED.replace('FJ-2026-0457', '待定')),
      filename: 'draft.md',
      errors: [{ messageId: 'missingApproval', line: 9, column: 11, text: '待定' }],
      name: 'a placeholder approval number counts as none',
    },
    {
      text: frontMatter(CLEARED.replace('FJ-2026-0457', '2026-457')),
      filename: 'draft.md',
      options: { approvalPattern: '^FJ-\\d{4}-\\d{4}$' },
      errors: [{ messageId: 'badApproval', text: '2026-457' }],
      name: 'approval number not in the configured format',
    },
    {
      text: frontMatter(CLEARED.replace('富锦市水务局', '水务局')),
      filename: 'draft.md',
      options: siteOptions,
      errors: [{ messageId: 'unknownUnit', line: 3, column: 7, text: '水务局', suggestion: '富锦市水务局' }],
      name: 'unit not in the configured list',
    },
    {
      text: frontMatter(CLEARED.replace('新闻中心', '政策文件')),
      filename: 'draft.md',
      options: siteOptions,
      errors: [{ messageId: 'columnNotAllowed', message: '“富锦市水务局”无权向栏目“政策文件”发布信息（该栏目由富锦市营商环境建设监督局发布）', text: '政策文件' }],
      name: 'a column the unit may not publish to',
    },
    {
      text: frontMatter(CLEARED.replace('新闻中心', '图片新闻')),
      filename: 'draft.md',
      options: siteOptions,
      errors: [{ messageId: 'unknownColumn', text: '图片新闻' }],
      name: 'column not in the configured list',
    },
    {
      text: frontMatter('editor: 王晓明\nreviewer: 李红\nsupervisor: 赵刚\napproval: FJ-2026-0457'),
      filename: 'draft.md',
      options: siteOptions,
      errors: [{ messageId: 'missingUnit', line: 1 }, { messageId: 'missingColumn', line: 1 }],
      name: 'no unit and no column when the site configures them',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('approval (English)', rule as never, {
  valid: [],
  invalid: [
    {
      text: `${BODY}\n监审：\n审核：李红\n编辑：王晓明\n审批单号：FJ-2026-0457`,
      errors: [{ message: 'The supervising reviewer slot is empty: nobody has reviewed it at that level' }],
    },
  ],
});

describe('approval on published HTML pages', () => {
  const lintAsHtml = (options: Record<string, unknown>) => {
    const document = { ...parseText('已发布的页面没有审核信息。', 'page.html'), format: 'html' as const };
    const settings = { approval: { severity: 'error' as const, explicit: false, options: rule.meta.options!.parse(options) as Record<string, unknown> } };
    return new Linter({ rules: new Map([['approval', rule as never]]), settings }).lintDocument(document);
  };
  it('are not checked by default', () => expect(lintAsHtml({})).toEqual([]));
  it('are checked with the html option', () => expect(lintAsHtml({ html: true }).map((message) => message.ruleId)).toEqual(['approval', 'approval', 'approval', 'approval']));
});

describe('approval: what is not a sign-off', () => {
  new RuleTester().run('approval', rule as never, {
    valid: [],
    invalid: [
      {
        text: `${BODY}\n审核：对申报材料进行审核。\n编辑：王晓明\n审核：李红\n监审：赵刚\n审批单号：FJ-2026-0457`,
        errors: 0,
        name: 'a procedure step in the body stops the sign-off block but the trailing lines still count',
      },
      {
        text: `办理流程如下。\n审核：对申报材料进行审核。`,
        errors: 4,
        name: 'a procedure step as the last line is not a sign-off',
      },
    ],
  });
});
