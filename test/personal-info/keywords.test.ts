import { describe, expect, it } from 'vitest';
import { keywordsNear, labelKinds } from '../../src/personal-info/keywords.js';

function near(text: string, value: string) {
  const start = text.indexOf(value);
  return keywordsNear(text, start, start + value.length);
}

describe('labels near a number', () => {
  it('finds the label before a number and calls it the nearest', () => {
    const result = near('收款人：张三，银行卡号：6217001234567893', '6217001234567893');
    expect(result.kinds.has('bankCard')).toBe(true);
    expect([...result.nearest]).toEqual(['bankCard']);
  });

  it('lets the nearest label win: a serial label right before a number outweighs a personal one further back', () => {
    const result = near('联系电话：0454-5823456，合同编号：13845671234', '13845671234');
    expect(result.kinds.has('phone')).toBe(true);
    expect([...result.nearest]).toEqual(['serial']);
  });

  it('reads a label after the number when none stands before it', () => {
    expect([...near('黑A12345号小型轿车', '黑A12345').nearest]).toEqual(['licencePlate']);
  });

  it('does not reach across the end of a sentence or a line', () => {
    expect(near('持有护照。E12345678', 'E12345678').kinds.size).toBe(0);
    expect(near('身份证\n230881850312412', '230881850312412').kinds.size).toBe(0);
  });

  it('stays within its window', () => {
    expect(near(`身份证${'的'.repeat(30)}230881850312412`, '230881850312412').kinds.has('residentId')).toBe(false);
  });

  it('classifies a header', () => {
    expect([...labelKinds('许可证编号')]).toEqual(['serial']);
    expect(labelKinds('身份证号').has('residentId')).toBe(true);
  });
});
