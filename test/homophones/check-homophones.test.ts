import { describe, expect, it } from 'vitest';
import { createHomophoneChecker } from '../../src/homophones/check-homophones.js';

const checker = createHomophoneChecker();
const check = (text: string) => checker.check(text, [{ start: 0, end: text.length }]).map(({ written, official }) => `${written}→${official}`);

describe('the look-alike check', () => {
  it.each([
    ['鼓励保捡公司为物流企业提供融资支持。', '保捡公司→保险公司'],
    ['国务完办公厅关于加强政务公开工作的通知', '国务完→国务院'],
    ['健全应急救暖体系。', '应急救暖→应急救援'],
  ])('flags %s', (text, expected) => {
    expect(check(text)).toEqual([expected]);
  });

  it('says what kind of typo it found', () => {
    const text = '鼓励保捡公司为物流企业提供融资支持。';
    expect(checker.check(text, [{ start: 0, end: text.length }])[0]).toMatchObject({ written: '保捡公司', official: '保险公司', kind: 'lookalike' });
  });

  it('can be switched off', () => {
    const homophonesOnly = createHomophoneChecker({ substitutions: false });
    expect(homophonesOnly.check('健全应急救暖体系。', [{ start: 0, end: 9 }])).toEqual([]);
  });

  it.each([
    ['a real word one stroke from an official one', '市场监管部门开展食品安全抽检，检查冷链食品。'],
    ['a surname before a look-alike (牛 / 生)', '加快发展牛产性服务业。'],
    ['clean official text', '推动农产品加工业转型升级，推进生产性服务业发展。'],
  ])('leaves alone %s: %s', (_kind, text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('findings in company', () => {
  it('takes a weaker correction only in a sentence that already has a finding', () => {
    const alone = createHomophoneChecker({ companionSlack: 0 });
    const text = '大力发站股全融资，合理扩大债券市场规模。';
    expect(alone.check(text, [{ start: 0, end: text.length }]).map((f) => f.written)).toEqual(['大力发站']);
    expect(check(text)).toEqual(['大力发站→大力发展', '股全→股权']);
    // Alone in its sentence, the weaker one stays silent.
    expect(check('合理扩大股全融资规模。')).toEqual([]);
  });

  it('keeps company within the sentence', () => {
    expect(check('大力发站经济。股全融资规模扩大。')).toEqual(['大力发站→大力发展']);
  });

  it('takes a term written the same way three times in a document for a deliberate one', () => {
    const once = '健全管理制渡。';
    expect(check(once)).toEqual(['制渡→制度']);
    expect(check(`${once}${once}`)).toEqual(['制渡→制度', '制渡→制度']);
    expect(check(`${once}${once}${once}`)).toEqual([]);
  });
});

describe('the homophone check', () => {
  it.each([
    ['各地要加快完善社会保障体系，健全管理制渡。', '制渡→制度'],
    ['进一步优化营商环竟，激发市场主体活力。', '环竟→环境'],
    ['坚持以人民为中心的发展思相。', '发展思相→发展思想'],
    ['加快建设现代化产业体西。', '产业体西→产业体系'],
    ['国务园办公厅关于加强政务公开工作的通知', '国务园→国务院'],
    ['切实做好防讯抗旱工作。', '防讯→防汛'],
    ['加强对重点行业企业的坚督检查。', '坚督检查→监督检查'],
  ])('flags %s', (text, expected) => {
    expect(check(text)).toEqual([expected]);
  });

  it('reports the window and the official word', () => {
    const text = '健全管理制渡。';
    expect(checker.check(text, [{ start: 0, end: text.length }])).toEqual([
      { start: 4, end: 6, written: '制渡', official: '制度', margin: expect.any(Number), kind: 'homophone' },
    ]);
  });

  it.each([
    ['correct official text', '深入贯彻落实党的二十大精神，坚持和加强党的全面领导，扎实推进中国式现代化。'],
    ['correct official text', '县级以上人民政府应当加强对安全生产工作的领导，建立健全安全生产工作协调机制。'],
    ['real words that sound like official ones', '市政府指定专人负责此项工作，依法制定实施细则。'],
    ['a word cut by the window (危机 / 之中)', '在危机之中育新机，于变局中开新局。'],
    ['person names', '县委书记李建社、县长王继志出席会议并讲话。'],
    ['person names', '会议由副市长刘建设主持，王志刚同志作工作报告。'],
    ['place names', '内蒙古自治区乌兰察布市、鄂尔多斯市和张家港市签订合作协议。'],
    ['a coined abbreviation in a parallel construction', '坚持以商招商、以企引企，推进优机优补。'],
    ['a numeral and a measure word', '推行一照一码，关停15种小企业。'],
  ])('leaves alone %s: %s', (_kind, text) => {
    expect(check(text)).toEqual([]);
  });

  it('checks only the given ranges, and never across them', () => {
    const text = '健全管理制渡。\n健全管理制渡。';
    expect(checker.check(text, [{ start: 8, end: text.length }]).map((finding) => finding.start)).toEqual([12]);
    expect(checker.check('管理制\n渡', [{ start: 0, end: 3 }, { start: 4, end: 5 }])).toEqual([]);
  });

  it('finds the same in a text whatever it checked before: what it keeps between texts changes no answer', () => {
    const text = '鼓励保捡公司为物流企业提供融资支持。健全管理制渡，优化营商环竟。';
    const expected = createHomophoneChecker().check(text, [{ start: 0, end: text.length }]);
    expect(expected.map((finding) => finding.written)).toEqual(['保捡公司', '制渡', '环竟']);
    const used = createHomophoneChecker();
    // Every pair of neighbouring characters of the common Han block, most of them in a slot of the text's pairs.
    let others = '';
    for (let code = 0x4e00; code < 0x9fa5; code++) others += String.fromCharCode(code);
    used.check(others, [{ start: 0, end: others.length }]);
    expect(used.check(text, [{ start: 0, end: text.length }])).toEqual(expected);
  });

  it('stays fast on long text', () => {
    // Every copy of the paragraph repeats the typo: counted as a slip each time only when repeats are not taken
    // for a deliberate term.
    const repeating = createHomophoneChecker({ deliberateRepeats: Infinity });
    const paragraph = '各地区各部门要深入贯彻落实党中央、国务院决策部署，健全管理制渡，优化营商环境，推动经济社会高质量发展。';
    const text = paragraph.repeat(2000);
    repeating.check(paragraph, [{ start: 0, end: paragraph.length }]);
    const started = performance.now();
    const findings = repeating.check(text, [{ start: 0, end: text.length }]);
    expect(findings).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
