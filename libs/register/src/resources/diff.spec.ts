import { diffContent } from './diff';

describe('diffContent', () => {
  it('names changed fields, nested fields and nothing else, a position as a whole', () => {
    const before = { name: '科学馆', contact: { phone: '0755-1', email: null }, location: { lat: 22.5, lng: 114 } };
    const after = {
      name: '深圳市科学馆',
      contact: { phone: '0755-2', email: null },
      location: { lat: 22.5, lng: 114.1 },
    };
    expect(diffContent(before, after)).toEqual([
      { field: 'name', before: '科学馆', after: '深圳市科学馆' },
      { field: 'contact.phone', before: '0755-1', after: '0755-2' },
      { field: 'location', before: { lat: 22.5, lng: 114 }, after: { lat: 22.5, lng: 114.1 } },
    ]);
  });

  it('compares lists of items with ids item by item', () => {
    const a = { id: 'a', name: '陨石', explanation: '来自太空' };
    const b = { id: 'b', name: '化石', explanation: '很古老' };
    const changes = diffContent({ exhibits: [a, b] }, { exhibits: [{ ...a, name: '铁陨石' }] });
    expect(changes).toEqual([
      { field: 'exhibits[a].name', before: '陨石', after: '铁陨石' },
      { field: 'exhibits[b]', before: b, after: null },
    ]);
  });

  it('reports a reordering and whole-list changes of plain lists', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(diffContent({ x: [a, b] }, { x: [b, a] })).toEqual([{ field: 'x', before: ['a', 'b'], after: ['b', 'a'] }]);
    expect(diffContent({ themes: ['ocean'] }, { themes: ['ocean', 'ecology'] })).toEqual([
      { field: 'themes', before: ['ocean'], after: ['ocean', 'ecology'] },
    ]);
  });

  it('finds nothing between equal versions', () => {
    expect(diffContent({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toEqual([]);
  });
});
