// The character language-model check on real sentences: corrections it must make (ECSpell odw.train sentences, never
// a test split) and official text it must leave alone.
import { describe, expect, it } from 'vitest';
import { createLanguageModelCorrector, raisedThresholds } from '../../src/language-model/corrector.js';
import { charLanguageModel, fingerprint, parseModel, serializeModel, tokenize } from '../../src/language-model/model.js';

const corrector = createLanguageModelCorrector();
const corrections = (text: string, options?: Parameters<typeof corrector.check>[1]) =>
  corrector.check(text, options).map((f) => `${f.written}→${f.replacement}@${f.start}`);

describe('character language model', () => {
  it('is shipped, small and loads', () => {
    const model = charLanguageModel();
    expect(model).toBeDefined();
    expect(model!.order).toBe(4);
    expect(model!.header.vocabulary.length).toBeGreaterThan(3000);
  });

  it('scores official text above the same text with a typo', () => {
    const model = charLanguageModel()!;
    const score = (text: string) => {
      const { ids, length } = tokenize(text, (code) => model.idOfCode(code));
      return model.logScoreRange(ids, 1, length);
    };
    expect(score('培育发展大数据产业')).toBeGreaterThan(score('培育发展大数局产业') + 10);
  });

  it('round-trips through its file format', () => {
    const keys = Uint32Array.from([fingerprint([5, 6], 0, 2)]);
    const bytes = serializeModel(
      { order: 2, vocabulary: '中国', total: 10, scale: 10, sizes: [1], source: 'test' },
      Uint32Array.from([0, 0, 0, 0, 6, 4]),
      [{ keys, counts: Uint8Array.from([Math.round(Math.log(3) * 10)]) }],
    );
    const model = parseModel(bytes);
    const ids = [model.idOfCode('中'.charCodeAt(0)), model.idOfCode('国'.charCodeAt(0))];
    expect(ids).toEqual([4, 5]);
    expect(model.logCount([4, 5], 0, 2)).toBe(-Infinity);
    expect(model.logCount([5, 6], 0, 2)).toBeCloseTo(Math.log(3), 1);
  });
});

describe('language-model corrector', () => {
  it('corrects a homophone inside a word', () => {
    expect(corrections('内蒙古自治区乌兰察布市大力培育发展大数局产业。')).toEqual(['局→据@19']);
  });

  it('corrects a whole two-character word written by sound', () => {
    expect(corrections('创新投融资模式，墙画监督管理，抓好项目建设。')).toEqual(['墙画→强化@8']);
  });

  it('corrects a character next to a numeral without touching the numeral', () => {
    expect(corrections('国家自然科学奖分为一等奖、二登奖2个等级。')).toEqual(['登→等@14']);
  });

  it('leaves clean official text alone', () => {
    for (const text of [
      '开展更大范围、更高水平、更加紧密的科学素质国际交流，共筑对话平台，增进开放互信，深化创新合作，推动经验互鉴和资源共享，共同应对全球性挑战，推进全球可持续发展和人类命运共同体建设。',
      '政府直接授权的国有资本投资、运营公司党组织隶属中央或地方党委管理，领导班子及其成员由中央或地方党委管理。',
      '依照《中华人民共和国行政许可法》第十二条的规定，设定本项许可。',
      '她认为怎样礼赞天下的母亲都不为过。',
    ]) {
      expect(corrections(text), text).toEqual([]);
    }
  });

  it('never changes a quoted title', () => {
    expect(corrections('印发《关于培育发展大数局产业的通知》。')).toEqual([]);
  });

  it('keeps corrections it is given and does not report them again', () => {
    const text = '内蒙古自治区乌兰察布市大力培育发展大数局产业。';
    expect(corrections(text, { fixed: [{ start: 19, end: 20, replacement: '据' }] })).toEqual([]);
  });

  it('leaves names in a list alone (蔡奇 is no typo of 采集)', () => {
    expect(corrections('李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席。')).toEqual([]);
  });

  it('never changes the ranges it is told to keep', () => {
    const text = '内蒙古自治区乌兰察布市大力培育发展大数局产业。';
    expect(corrections(text, { keep: [{ start: 18, end: 20 }] })).toEqual([]);
  });

  it('holds the rest of a sentence to the base thresholds once the stricter settings have found a typo', () => {
    const strict = createLanguageModelCorrector(raisedThresholds(6));
    const text = '肿大经营管理事项必须经党组研究讨论后，再由董事会或者经理层作出绝顶。';
    expect(strict.check(text).map((f) => `${f.written}→${f.replacement}@${f.start}`)).toEqual(['肿→重@0', '绝顶→决定@31']);
    expect(strict.check('重大经营管理事项必须经党组研究讨论后，再由董事会或者经理层作出决定。')).toEqual([]);
  });

  it('changes a function character only in a sentence that already has a finding', () => {
    const text = '结合科技、教育和国有企业等该革，放开市场、放活主体。';
    expect(corrections(text)).toEqual([]);
    const companion = { start: 2, end: 3, replacement: '技' };
    expect(corrections(text, { fixed: [companion] })).toEqual(['该→改@13']);
    const never = createLanguageModelCorrector({ functionCharacterPenalty: Infinity });
    expect(never.check(text, { fixed: [companion] })).toEqual([]);
  });

  it('leaves the names of villages and towns alone', () => {
    expect(corrections('长武县洪家镇姜曹村村民、村级电子伤务负责人')).toEqual(['伤→商@16']);
  });

  it('leaves transliterated names and names after a title alone, even in a sentence with a finding', () => {
    const strict = createLanguageModelCorrector(raisedThresholds(6));
    for (const text of ['委员会主席马格坦戈尔·圭尼贡多宣布，前总统马科斯的存款将归还政府。', '会议由名誉副主席贾亦斌主持，副主席李赣骝、钮小明出席。']) {
      expect(strict.check(text), text).toEqual([]);
      expect(corrections(text, { fixed: [{ start: 0, end: 1, replacement: text[0] }] }), text).toEqual([]);
    }
  });

  it('still corrects beside ordinary words that look like a place suffix or a surname after a title', () => {
    expect(corrections('要统愁城乡发展')).toEqual(['愁→筹@2']);
    expect(corrections('坚持统愁县域发展')).toEqual(['愁→筹@3']);
    expect(corrections('省委书记高度众视')).toEqual(['众→重@6']);
    expect(corrections('电子伤务负责人马格坦戈尔·圭尼贡多宣布。')).toEqual(['伤→商@2']);
  });

  it('leaves reduplicated characters, measure words after a number and one-character list items alone', () => {
    const withFinding = (text: string) => corrections(text, { fixed: [{ start: 0, end: 1, replacement: text[0] }] });
    expect(withFinding('村里坎坎坷坷的石板路')).toEqual([]);
    expect(withFinding('发生重大自然灾害，一次灾害过程出现下列情况之一的，启动Ⅲ级响应。')).toEqual([]);
    expect(withFinding('本办法所称能源矿产包括煤、石油、天然气、铀、钍、地热。'), 'one-character items of a list').toEqual([]);
  });

  it('stays silent on text without Han characters', () => {
    expect(corrections('Version 2.0, January 2004')).toEqual([]);
  });
});
