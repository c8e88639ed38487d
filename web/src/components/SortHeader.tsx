import { useState } from 'react';

export type SortState<K extends string> = { key: K; dir: 1 | -1 };

/** The sort of a table: clicking the active column again reverses it. */
export function useSort<K extends string>(key: K, dir: 1 | -1 = 1) {
  const [sort, setSort] = useState<SortState<K>>({ key, dir });
  const toggle = (next: K, firstDir: 1 | -1 = 1) =>
    setSort((s) => ({ key: next, dir: s.key === next ? (s.dir === 1 ? -1 : 1) : firstDir }));
  return { sort, toggle };
}

/** A column header with a sort button; aria-sort tells screen readers how the table is sorted now. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  firstDir = 1,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (key: K, firstDir: 1 | -1) => void;
  firstDir?: 1 | -1;
}) {
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className="utrecht-table__header-cell"
      aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="wk-sort" onClick={() => onSort(column, firstDir)}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
