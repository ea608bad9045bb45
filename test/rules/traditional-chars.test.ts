import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/traditional-chars.js';

new RuleTester().run('traditional-chars', rule as never, {
  valid: [
    '完善体制机制，推动高质量发展。',
    '乾隆年间修建的古桥得到保护。',
    '每年至少开展一次二噁英监测。',
    '新西门（乾健门）已修缮完毕。',
    '设立瞭望塔，加强森林防火。',
    '洪山菜薹入选国家农业品牌目录。',
    { text: '香港上市公司“長江實業”来访。', options: { allowNames: ['長江實業'] }, name: 'a name the config allows' },
  ],
  invalid: [
    { text: '完善體制機制', errors: [{ text: '體', suggestion: '体', column: 3 }, { text: '機', suggestion: '机', column: 5 }], output: '完善体制机制' },
    { text: '推動發展', errors: [{ text: '動發', suggestion: '动发' }], output: '推动发展' },
    { text: '启动审査程序', errors: [{ text: '査', suggestion: '查' }], output: '启动审查程序' },
    { text: '香港上市公司“長江實業”来访。', errors: [{ text: '長' }, { text: '實業' }], name: 'not allowed without config' },
  ],
});
