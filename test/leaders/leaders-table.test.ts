// The shipped leaders table: its examples, its internal consistency (who held each post on any day), and the build's
// JSON copy of it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import rule from '../../rules/standard-names.js';
import type { Rule } from '../../src/engine/types.js';
import { DictionaryError } from '../../src/dictionary/parse-dictionary.js';
import { holdsOn } from '../../src/leaders/leader-table.js';
import {
  buildLeaderTable,
  compiledLeadersPath,
  leadersFilePath,
  loadLeaderTableFile,
  nationalLeaders,
  parseLeaderTableYaml,
} from '../../src/leaders/load-leaders.js';
import { builtinDictionaryFiles } from '../../src/io/load-dictionaries.js';

const file = loadLeaderTableFile();
const table = nationalLeaders();

function linterOn(date: string): Linter {
  return new Linter({
    rules: new Map([['standard-names', rule as unknown as Rule<never>]]),
    settings: { 'standard-names': { severity: 'error', explicit: false, options: { leaders: [] } } },
    dictionaries: [],
    date,
  });
}

describe('leaders table specs', () => {
  for (const spec of file.specs.flag) {
    it(`flags ${spec.text} (${spec.date})`, () => {
      expect(linterOn(spec.date).lintText(spec.text, 'spec.txt').length).toBeGreaterThan(0);
    });
  }
  for (const spec of file.specs.pass) {
    it(`passes ${spec.text} (${spec.date})`, () => {
      expect(linterOn(spec.date).lintText(spec.text, 'spec.txt').map((message) => message.message)).toEqual([]);
    });
  }
});

/** Every day from `from` to `to`, stepping `step` days. */
function* days(from: string, to: string, step = 1): Generator<string> {
  for (let time = Date.parse(from); time <= Date.parse(to); time += step * 86_400_000) yield new Date(time).toISOString().slice(0, 10);
}

function holdersOn(postId: string, date: string): string[] {
  const post = table.posts.find((candidate) => candidate.id === postId)!;
  return table.holdersOf(post).filter(({ tenure }) => holdsOn(tenure, date)).map(({ person }) => person.name);
}

describe('leaders table consistency', () => {
  it('has exactly one holder of each single-holder post on every day since March 2013 (two on a handover day)', () => {
    const single = ['general-secretary', 'president', 'cmc-chairman', 'vice-president', 'premier', 'npc-chairman', 'cppcc-chairman', 'ccdi-secretary'];
    const handovers = new Set(['2013-03-14', '2013-03-15', '2017-10-25', '2018-03-14', '2018-03-17', '2022-10-23', '2023-03-10', '2023-03-11']);
    for (const date of days('2013-03-16', '2026-12-31')) {
      for (const post of single) {
        const holders = holdersOn(post, date);
        expect(holders.length, `${post} on ${date}: ${holders.join(', ')}`).toBeGreaterThanOrEqual(1);
        if (!handovers.has(date)) expect(holders.length, `${post} on ${date}: ${holders.join(', ')}`).toBe(1);
      }
    }
  });

  it('has seven Standing Committee members, four vice premiers and five state councillors in each term', () => {
    for (const date of ['2013-06-01', '2016-06-01', '2019-06-01', '2021-06-01', '2023-06-01', '2025-06-01']) {
      expect(holdersOn('politburo-standing-committee', date), date).toHaveLength(7);
      expect(holdersOn('vice-premier', date), date).toHaveLength(4);
    }
    for (const date of ['2013-06-01', '2016-06-01', '2019-06-01', '2021-06-01', '2023-06-01']) expect(holdersOn('state-councillor', date), date).toHaveLength(5);
    expect(holdersOn('state-councillor', '2024-06-01').sort()).toEqual(['吴政隆', '王小洪', '谌贻琴'].sort());
    expect(holdersOn('politburo-standing-committee', '2025-06-01')).toEqual(['习近平', '李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希']);
  });

  it('gives every alias to one post only, and lists every person once', () => {
    const aliases = table.posts.flatMap((post) => post.aliases);
    expect(aliases.length).toBe(new Set(aliases).size);
    const names = table.people.map((person) => person.name);
    expect(names.length).toBe(new Set(names).size);
  });

  it('is not read as a dictionary', () => {
    expect(builtinDictionaryFiles().some((path) => path.endsWith('leaders.yaml'))).toBe(false);
  });
});

describe('leaders table file', () => {
  const minimal = (extra: string) => `table: leaders
posts:
  premier: { title: 国务院总理, aliases: [总理] }
people:
${extra}
specs: { flag: [{ text: 总理李强, date: "2025-01-01" }], pass: [] }
`;

  it('adds the title to the aliases', () => {
    const parsed = buildLeaderTable(parseLeaderTableYaml(minimal('  - { name: 李强, posts: [{ post: premier, from: "2023-03-11" }] }'), 't.yaml'), 't.yaml');
    expect(parsed.posts[0]!.aliases).toEqual(['国务院总理', '总理']);
  });

  it('rejects an unknown post, a reversed period and a bad date, naming the place', () => {
    expect(() => buildLeaderTable(parseLeaderTableYaml(minimal('  - { name: 李强, posts: [{ post: premeir, from: "2023-03-11" }] }'), 't.yaml'), 't.yaml')).toThrow(/premeir/);
    expect(() => buildLeaderTable(parseLeaderTableYaml(minimal('  - { name: 李强, posts: [{ post: premier, from: "2023-03-11", until: "2020-01-01" }] }'), 't.yaml'), 't.yaml')).toThrow(DictionaryError);
    expect(() => parseLeaderTableYaml(minimal('  - { name: 李强, posts: [{ post: premier, from: "2023-3-11" }] }'), 't.yaml')).toThrow(/people\.0\.posts\.0\.from/);
  });

  it('is compiled by the build with the hash of its YAML', () => {
    if (!fs.existsSync(compiledLeadersPath())) return; // running from source without a build
    const yamlText = fs.readFileSync(leadersFilePath(), 'utf8');
    const compiled = JSON.parse(fs.readFileSync(compiledLeadersPath(), 'utf8'));
    expect(compiled.sha256).toBe(crypto.createHash('sha256').update(yamlText).digest('hex'));
    expect(compiled.data.people.length).toBe(file.people.length);
  });
});
