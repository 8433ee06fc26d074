/** "Instructor's kit": opens the kit's dialog, whose code loads on first open (never on the first screen). */
import { lazy, Suspense, useState } from 'react';
import { KIT_TEXT } from '../../content/kit';

const KitDialog = lazy(() => import('./kit-dialog').then((m) => ({ default: m.KitDialog })));

export function KitButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {KIT_TEXT.button}
      </button>
      {open && (
        <Suspense fallback={<span className="muted">Opening the kit…</span>}>
          <KitDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
