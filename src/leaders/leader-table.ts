// The leaders table as the check uses it: posts by the titles written before a name, people by name, and who held
// which post when. Built from the shipped national table and the local leaders of a config.
import type { LeaderTableFile, LocalLeader } from './schema.js';

export type TableSource = 'national' | 'local';

export interface Post {
  id: string;
  /** How the post is named in messages and suggestions. */
  title: string;
  aliases: string[];
  /** The table knows every period any listed person held this post in (so a missing period is a mismatch). */
  exclusive: boolean;
  source: TableSource;
}

export interface Tenure {
  post: Post;
  /** First day held (YYYY-MM-DD); absent: always. */
  from?: string;
  /** Last day held, counted as held; absent: still held. */
  until?: string;
}

export interface Person {
  name: string;
  source: TableSource;
  tenures: Tenure[];
}

export class LeaderTable {
  readonly posts: Post[];
  readonly people: Person[];
  /** Every alias of every post, longest first, as one pattern. */
  readonly aliasPattern: RegExp | undefined;
  private readonly postsByAlias = new Map<string, Post[]>();
  private readonly peopleByName = new Map<string, Person[]>();
  private readonly lookAlike = new Map<string, Set<string>>();
  private readonly holders = new Map<Post, Array<{ person: Person; tenure: Tenure }>>();
  readonly longestName: number;

  constructor(posts: Post[], people: Person[], readonly lookAlikeGroups: readonly string[] = []) {
    this.posts = posts;
    this.people = people;
    for (const post of posts) {
      for (const alias of post.aliases) {
        const list = this.postsByAlias.get(alias) ?? [];
        if (!list.includes(post)) list.push(post);
        this.postsByAlias.set(alias, list);
      }
    }
    for (const person of people) {
      const list = this.peopleByName.get(person.name) ?? [];
      list.push(person);
      this.peopleByName.set(person.name, list);
      for (const tenure of person.tenures) {
        const holders = this.holders.get(tenure.post) ?? [];
        holders.push({ person, tenure });
        this.holders.set(tenure.post, holders);
      }
    }
    for (const group of lookAlikeGroups) {
      const chars = [...group];
      for (const char of chars) {
        const set = this.lookAlike.get(char) ?? new Set<string>();
        for (const other of chars) if (other !== char) set.add(other);
        this.lookAlike.set(char, set);
      }
    }
    const aliases = [...this.postsByAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.aliasPattern = aliases.length > 0 ? new RegExp(aliases.map(escapeRegExp).join('|'), 'gu') : undefined;
    this.longestName = Math.max(0, ...people.map((person) => person.name.length));
  }

  postsWithAlias(alias: string): readonly Post[] {
    return this.postsByAlias.get(alias) ?? [];
  }

  peopleNamed(name: string): readonly Person[] {
    return this.peopleByName.get(name) ?? [];
  }

  /** The listed name that `text` has at `offset`, the longest if several; undefined when none. */
  nameAt(text: string, offset: number): string | undefined {
    for (let length = Math.min(this.longestName, text.length - offset); length >= 2; length--) {
      const candidate = text.slice(offset, offset + length);
      if (this.peopleByName.has(candidate)) return candidate;
    }
    return undefined;
  }

  looksAlike(a: string, b: string): boolean {
    return this.lookAlike.get(a)?.has(b) ?? false;
  }

  /** Everyone who held `post` at some time, with the periods. */
  holdersOf(post: Post): ReadonlyArray<{ person: Person; tenure: Tenure }> {
    return this.holders.get(post) ?? [];
  }
}

/** True when the tenure covers `date` (both ends count as held). */
export function holdsOn(tenure: Tenure, date: string): boolean {
  return (tenure.from === undefined || tenure.from <= date) && (tenure.until === undefined || date <= tenure.until);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The national table from its validated file data; throws on a reference to an unknown post or a reversed period. */
export function nationalTable(file: LeaderTableFile, where = 'leaders'): LeaderTable {
  const posts = Object.entries(file.posts).map(([id, raw]): Post => ({
    id,
    title: raw.title,
    aliases: raw.aliases.includes(raw.title) ? raw.aliases : [raw.title, ...raw.aliases],
    exclusive: raw.exclusive,
    source: 'national',
  }));
  const byId = new Map(posts.map((post) => [post.id, post]));
  const names = new Set<string>();
  const people = file.people.map((raw, index): Person => {
    if (names.has(raw.name)) throw new Error(`${where}: people[${index}] ${raw.name} is listed twice`);
    names.add(raw.name);
    return {
      name: raw.name,
      source: 'national',
      tenures: raw.posts.map((period, periodIndex) => {
        const post = byId.get(period.post);
        if (!post) throw new Error(`${where}: people[${index}].posts[${periodIndex}] names an unknown post "${period.post}"`);
        if (period.until !== undefined && period.until < period.from) throw new Error(`${where}: people[${index}].posts[${periodIndex}] ends before it begins`);
        return { post, from: period.from, ...(period.until ? { until: period.until } : {}) };
      }),
    };
  });
  return new LeaderTable(posts, people, file.lookAlike);
}

/**
 * The national table with a config's local leaders added: each local title is an exclusive post of its own, and
 * entries with the same name are one person (张三 副市长 until 2023-01-10, then 市长).
 */
export function withLocalLeaders(national: LeaderTable, locals: readonly LocalLeader[]): LeaderTable {
  if (locals.length === 0) return national;
  const localPosts = new Map<string, Post>();
  const localPeople = new Map<string, Person>();
  for (const local of locals) {
    const person = localPeople.get(local.name) ?? { name: local.name, source: 'local' as const, tenures: [] };
    localPeople.set(local.name, person);
    for (const title of local.titles) {
      let post = localPosts.get(title);
      if (!post) {
        post = { id: `local:${title}`, title, aliases: [title], exclusive: true, source: 'local' };
        localPosts.set(title, post);
      }
      person.tenures.push({ post, ...(local.from ? { from: local.from } : {}), ...(local.until ? { until: local.until } : {}) });
    }
  }
  return new LeaderTable([...national.posts, ...localPosts.values()], [...national.people, ...localPeople.values()], national.lookAlikeGroups);
}
