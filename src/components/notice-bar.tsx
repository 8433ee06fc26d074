/** Corrections the app made on the learner's behalf (bad link values, unreadable saved data). */
import { useLabStore } from '../store/lab-store';

export function NoticeBar() {
  const notices = useLabStore((s) => s.notices);
  const dismiss = useLabStore((s) => s.dismissNotices);
  return (
    <div role="status" aria-live="polite" className="notice-bar-region">
      {notices.length > 0 && (
        <div className="notice notice-bar">
          <p>Some settings were corrected:</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
