import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorklist, serializeWorklist, writeWorklist } from '../../src/worklist/worklist-file.js';
import { makeTempProject } from '../helpers/temp-dir.js';
import { item } from './fixtures.js';

const KEYS = ['id', 'fingerprint', 'unit', 'filePath', 'line', 'column', 'ruleId', 'category', 'urgency', 'text', 'context', 'suggestions', 'foundAt', 'deadline', 'status'];

describe('worklist.json', () => {
  it('keeps the documented keys in order and round-trips', () => {
    const root = makeTempProject();
    const target = path.join(root, 'worklist.json');
    const worklist = { generatedAt: '2026-11-27T10:30:00+08:00', items: [item({ unit: null })] };
    writeWorklist(target, worklist);
    const raw = JSON.parse(fs.readFileSync(target, 'utf8'));
    expect(Object.keys(raw)).toEqual(['generatedAt', 'items']);
    expect(Object.keys(raw.items[0])).toEqual(KEYS);
    expect(readWorklist(target)).toEqual(worklist);
  });

  it('explains what is wrong with a file that is not a worklist', () => {
    const root = makeTempProject({ 'a.json': serializeWorklist({ generatedAt: 'yesterday', items: [] }), 'b.json': '[]', 'c.json': '{' });
    expect(() => readWorklist(path.join(root, 'a.json'), 'a.json')).toThrow(/a\.json is not a worklist written by cuomin worklist \(generatedAt:/);
    expect(() => readWorklist(path.join(root, 'b.json'), 'b.json')).toThrow(/b\.json is not a worklist/);
    expect(() => readWorklist(path.join(root, 'c.json'), 'c.json')).toThrow(/c\.json is not valid JSON/);
    expect(() => readWorklist(path.join(root, 'missing.json'), 'missing.json')).toThrow(/Cannot read worklist missing\.json \(ENOENT\)/);
  });
});
