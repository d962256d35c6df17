import * as assert from 'node:assert/strict';
import { cjkvOrder, isVietnameseOrder } from '../../../../../src/core/extract/people/cjkvNames';

function order(name: string): string | undefined {
  return cjkvOrder(name.split(' '))?.join(' ');
}

describe('cjkvOrder', () => {
  it('keeps names written family name first', () => {
    for (const name of ['Kim Jong-un', 'Kim Jong Un', 'Xi Jinping', 'Moon Jae-in', 'Tsai Ing-wen', 'Wong Kar-wai', 'Lee Hsien Loong', 'Pham Minh Chinh', 'Nguyen Thi Kim Ngan']) {
      assert.equal(order(name), name, name);
    }
  });

  it('puts the family name first when a source writes the given name first', () => {
    assert.equal(order('Jae-in Moon'), 'Moon Jae-in');
    assert.equal(order('Suk-yeol Yoon'), 'Yoon Suk-yeol');
    assert.equal(order('Suk Yeol Yoon'), 'Yoon Suk Yeol');
    assert.equal(order('Jinping Xi'), 'Xi Jinping');
    assert.equal(order('Keqiang Li'), 'Li Keqiang');
    assert.equal(order('Minh Chinh Pham'), 'Pham Minh Chinh');
  });

  it('moves a Vietnamese given name written in front back to the end', () => {
    assert.equal(order('Chinh Pham Minh'), 'Pham Minh Chinh');
    assert.equal(order('Phuc Nguyen Xuan'), 'Nguyen Xuan Phuc');
  });

  it('leaves Western names that hold a CJKV word alone', () => {
    for (const name of ['Sandra Oh', 'Andrew Wang', 'Bruce Lee', 'Lisa Su', 'Kim Kardashian', 'Lee Anderson', 'Lee Ryan', 'Kim Novak', 'Kim Mason', 'Lee Nolan', 'Young Kim', 'Marine Le Pen', 'Mary-Kate Wu', 'Jo-Ann Chan', 'Jean-Pierre Ho', 'Lee Harvey Oswald']) {
      assert.equal(order(name), undefined, name);
    }
  });

  it('does not decide where the spelling alone does not tell ("Selina", "Ang", "Jensen" are Western names too)', () => {
    for (const name of ['Selina Wang', 'Ang Lee', 'Jensen Huang', 'Zemin Jiang', 'Yo-Yo Ma', 'Channing Lee', 'Kim Jongun']) assert.equal(order(name), undefined, name);
  });

  it('knows Vietnamese names by their family name', () => {
    assert.ok(isVietnameseOrder(['Pham', 'Minh', 'Chinh']));
    assert.ok(!isVietnameseOrder(['Moon', 'Jae-in']));
  });
});
