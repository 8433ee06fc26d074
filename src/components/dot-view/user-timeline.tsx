/**
 * How `time_since_last_click` is computed, on one real user of the run: their
 * sessions along the collection window (filled = at least one click), and an
 * arrow from one session back to that user's previous clicking session.
 */
import { exampleGap, type UserTimeline as Timeline } from '../../pipeline/dot-data';
import { PALETTE } from './draw-marks';
import { INK } from '../../pipeline/dot-layout/types';

const W = 600;
const H = 56;
const AXIS = 40;

export function UserTimeline({ user, days }: { user: Timeline; days: number }) {
  const gap = exampleGap(user);
  const x = (t: number) => 8 + t * (W - 16);
  const day = (t: number) => Math.min(days, Math.floor(t * days) + 1);
  const clicked = user.clicks.filter((c) => c > 0).length;
  return (
    <figure className="user-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="user-timeline-text" preserveAspectRatio="none">
        <line x1={8} x2={W - 8} y1={AXIS} y2={AXIS} stroke="currentColor" strokeWidth={1} />
        {gap && (
          <path
            d={`M${x(user.times[gap.at])},${AXIS - 10} C${x(user.times[gap.at])},6 ${x(user.times[gap.from])},6 ${x(user.times[gap.from])},${AXIS - 10}`}
            fill="none"
            stroke={PALETTE[INK.converted]}
            strokeWidth={2}
            markerEnd="url(#user-timeline-arrow)"
          />
        )}
        <defs>
          <marker id="user-timeline-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0L10,5L0,10z" fill={PALETTE[INK.converted]} />
          </marker>
        </defs>
        {user.times.map((t, i) => (
          <rect
            key={i}
            x={x(t) - 5}
            y={AXIS - 5}
            width={10}
            height={10}
            fill={user.clicks[i] > 0 ? PALETTE[INK.notConverted] : 'white'}
            stroke={PALETTE[INK.notConverted]}
            strokeWidth={2}
          />
        ))}
      </svg>
      <figcaption id="user-timeline-text">
        User {user.userId}: {user.times.length} sessions, {clicked} with a click (filled squares).
        {gap
          ? ` The session on day ${day(user.times[gap.at])} gets time_since_last_click = ${user.hoursSince[gap.at].toFixed(1)} h: the arrow goes back to this user’s previous session with a click, on day ${day(user.times[gap.from])}.`
          : ''}
      </figcaption>
    </figure>
  );
}
