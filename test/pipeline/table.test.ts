import { rowAt, shapeOf, takeRows } from '../../src/pipeline/table';
import { copyColumns, expectColumnsUnchanged, rawTable } from './fixtures';

const t = rawTable([
  { user_id: 5, clicks: 1 },
  { user_id: 6, clicks: NaN },
  { user_id: 7, clicks: 3 },
]);

describe('table helpers', () => {
  it('shapeOf gives [rows, columns]', () => {
    expect(shapeOf(t)).toEqual([3, 10]);
    expect(shapeOf({ length: 0, columns: {} })).toEqual([0, 0]);
  });

  it('takeRows copies the chosen rows in the given order, keeping column types', () => {
    const before = copyColumns(t);
    const out = takeRows(t, [2, 0, 2]);
    expect(out.length).toBe(3);
    expect(Array.from(out.columns.user_id)).toEqual([7, 5, 7]);
    expect(Array.from(out.columns.clicks)).toEqual([3, 1, 3]);
    for (const name of Object.keys(t.columns) as (keyof typeof t.columns)[]) {
      expect(out.columns[name].constructor).toBe(t.columns[name].constructor);
      expect(out.columns[name]).not.toBe(t.columns[name]);
    }
    expect(Object.keys(out.columns)).toEqual(Object.keys(t.columns));
    expectColumnsUnchanged(t, before);
    expect(takeRows(t, []).length).toBe(0);
  });

  it('rowAt gives one row as a plain object (NaN kept)', () => {
    const row = rowAt(t, 1);
    expect(row.user_id).toBe(6);
    expect(row.clicks).toBeNaN();
    expect(Object.keys(row)).toHaveLength(10);
  });
});
