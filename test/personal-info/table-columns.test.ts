import { describe, expect, it } from 'vitest';
import { isNonPersonalNumberHeader, judgeCell, personalColumns } from '../../src/personal-info/table-columns.js';

const options = { today: '2026-11-27', hasEmail: false, listsPeople: true };

describe('personal-data columns', () => {
  it('recognises personal headers', () => {
    expect(personalColumns(['序号', '姓名', '身份证号码', '联系电话', '家庭住址', '银行卡号'])).toEqual([
      { index: 2, kind: 'residentId' },
      { index: 3, kind: 'phone' },
      { index: 4, kind: 'address' },
      { index: 5, kind: 'bankCard' },
    ]);
  });

  it('counts generic addresses, e-mail and health columns only in a list of people', () => {
    expect(personalColumns(['单位', '地址', '电子邮箱', '残疾类别'])).toEqual([]);
    expect(personalColumns(['户主姓名', '地址', '电子邮箱', '残疾类别']).map((column) => column.kind)).toEqual(['address', 'email', 'health']);
  });

  it('knows columns of amounts and serials', () => {
    for (const header of ['资金（元）', '补贴金额', '户数', '许可证编号', '统一社会信用代码']) expect(isNonPersonalNumberHeader(header), header).toBe(true);
    for (const header of ['身份证号', '联系电话', '备注', '证件号码']) expect(isNonPersonalNumberHeader(header), header).toBe(false);
  });
});

describe('cells of personal-data columns', () => {
  it('skips empty and masked values', () => {
    for (const value of ['', '—', '无', ' / ', '2308**********341X']) expect(judgeCell('residentId', value, options), value).toBeUndefined();
  });

  it('counts ID numbers, even with a wrong check digit, but not organisation codes', () => {
    expect(judgeCell('residentId', '23088119850312412X', options)).toEqual({ masked: '230881********412X' });
    expect(judgeCell('residentId', '230881198503124121', options)).toEqual({ masked: '230881********4121' });
    expect(judgeCell('residentId', '122308814145678903', options)).toBeUndefined();
    expect(judgeCell('residentId', '230881100012345', options)).toBeUndefined();
    expect(judgeCell('residentId', 'E12345678', options)).toEqual({ masked: 'E1*****78' });
  });

  it('counts mobile numbers in phone columns but not landlines, except in a home-phone column', () => {
    expect(judgeCell('phone', '13845671234', options)).toEqual({ masked: '138****1234' });
    expect(judgeCell('phone', '0454-5823456', options)).toBeUndefined();
    expect(judgeCell('homePhone', '5823456', options)).toEqual({ masked: '58****56' });
  });

  it('counts account numbers in a list of people, card numbers only elsewhere', () => {
    expect(judgeCell('bankCard', '0812 0101 0400 1234 5', options)).toEqual({ masked: '**** **** **** *234 5' });
    expect(judgeCell('bankCard', '0812 0101 0400 1234 5', { ...options, listsPeople: false })).toBeUndefined();
    expect(judgeCell('bankCard', '6217001234567893', { ...options, listsPeople: false })).toEqual({ masked: '************7893' });
  });

  it('counts addresses finer than the township', () => {
    expect(judgeCell('address', '七星泡镇新发村三组', options)).toEqual({ masked: '七星泡镇***' });
    expect(judgeCell('address', '宝清县育才路12号', options)).toEqual({ masked: '宝清县***' });
    expect(judgeCell('address', '七星泡镇', options)).toBeUndefined();
  });

  it('counts e-mail cells by the addresses the prose hides, and any health entry', () => {
    expect(judgeCell('email', '\uFFFC', { ...options, hasEmail: true })).toEqual({ masked: '' });
    expect(judgeCell('email', '\uFFFC', options)).toBeUndefined();
    expect(judgeCell('health', '视力残疾二级', options)).toEqual({ masked: '' });
  });
});
