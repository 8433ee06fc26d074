/** The list of keyboard shortcuts, opened with `?` or the toolbar button. */
import { ModalDialog } from '../components/modal-dialog';
import { SHELL_TEXT, SHORTCUTS } from '../content/modes';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title={SHELL_TEXT.shortcutsTitle} onClose={onClose}>
      <table className="data-table compact shortcuts">
        <caption className="visually-hidden">{SHELL_TEXT.shortcutsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>
                {s.action}
                {s.presentOnly ? ` ${SHELL_TEXT.presentOnly}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{SHELL_TEXT.shortcutsNote}</p>
    </ModalDialog>
  );
}
