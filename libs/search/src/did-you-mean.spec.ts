import { closestWord, editDistance, KnownWord, typed } from './did-you-mean';
import { KIND_KNOWN, regionVocabulary } from './query-understanding';

const words: KnownWord[] = [
  ...KIND_KNOWN,
  ...regionVocabulary([
    { code: '440305', name: '南山区' },
    { code: '440304', name: '福田区' },
  ]).known,
];
const everyWord = () => true;
const closest = (text: string, usable: (word: KnownWord) => boolean = everyWord) =>
  closestWord(typed(text), words, usable)?.word;

describe('editDistance', () => {
  it.each([
    ['tianwenguan', 'tianwenguan', 0],
    ['tianwenguna', 'tianwenguan', 1], // two neighbours swapped count one
    ['tianwengan', 'tianwenguan', 1],
    ['kezhiguan', 'kejiguan', 2],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });

  it('stops past the limit', () => {
    expect(editDistance('tianwenguan', 'bowuguan', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  it('reads a Chinese query by its pinyin: a homophone of a kind word or district', () => {
    expect(closest('天文官')).toBe('天文馆');
    expect(closest('博物管')).toBe('博物馆');
    expect(closest('楠山')).toBe('南山');
  });

  it('forgives pinyin typos as Meilisearch does: none below five letters, one below nine, else two', () => {
    expect(closest('tianwenguna')).toBe('天文馆');
    expect(closest('tianwnguna')).toBe('天文馆');
    expect(closest('kejigun')).toBe('科技馆');
    expect(closest('bowugan')).toBe('博物馆');
    expect(closest('futan')).toBe('福田');
    expect(closest('kjs')).toBeUndefined();
    expect(closest('xyzxyzxyz')).toBeUndefined();
  });

  it('takes exact initials of a kind word', () => {
    expect(closest('TWG')).toBe('天文馆');
  });

  it('passes over words the region has none of, and what was typed itself', () => {
    expect(closest('天文官', (word) => word.type !== 'planetarium')).toBeUndefined();
    expect(closest('天文馆')).toBeUndefined();
    expect(closest('123')).toBeUndefined();
  });
});
