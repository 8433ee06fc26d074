/** Labelled values as a description list: each label a <dt>, its value the <dd> beside it (labels are the keys: unique). */
import type { ReactNode } from 'react';

export function NumberList({ items, className }: { items: readonly (readonly [string, ReactNode])[]; className: string }) {
  return (
    <dl className={className}>
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
