/**
 * The app's introduction under the title. On a narrow screen (a phone) it is
 * its first sentence and a "More about this lab" disclosure, so the step — the
 * thing to do — is near the top instead of below a screen of prose; wider
 * screens show it whole.
 */
import { useId, useState } from 'react';
import { INTRO, INTRO_LEAD, INTRO_MORE, INTRO_REST } from '../content/intro';
import { NARROW_SCREEN, useMediaQuery } from '../components/use-media-query';

export function AppIntro() {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState(false);
  const restId = useId();
  if (!narrow) return <p className="intro">{INTRO}</p>;
  return (
    <>
      <p className="intro">
        {INTRO_LEAD}{' '}
        <button type="button" className="link-button" aria-expanded={open} aria-controls={restId} onClick={() => setOpen(!open)}>
          {INTRO_MORE}
        </button>
      </p>
      <p className="intro" id={restId} hidden={!open}>
        {INTRO_REST}
      </p>
    </>
  );
}
