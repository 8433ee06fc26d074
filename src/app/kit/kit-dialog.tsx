/**
 * The instructor's kit, one dialog from the toolbar (and from Present mode's
 * classroom panel): the class summary of the learners' results files, the quiz
 * bank as a QTI 2.1 package, and the printable handout. A dialog rather than a
 * learning mode: it is a tool for the instructor before or after class, not a
 * way to learn, so it stays out of the learner's mode list and leaves the
 * lesson where it was.
 */
import { KIT_TEXT } from '../../content/kit';
import { ModalDialog } from '../../components/modal-dialog';
import { useLabStore } from '../../store/lab-store';
import { QtiExport } from '../../stages/quiz/qti/qti-export';
import { ClassSummary } from '../../stages/quiz/results/class-summary';
import './kit.css';

export function KitDialog({ onClose }: { onClose: () => void }) {
  const setHandout = useLabStore((s) => s.setHandout);
  const openHandout = () => {
    onClose();
    setHandout(true);
  };
  return (
    <ModalDialog title={KIT_TEXT.title} onClose={onClose} className="kit-dialog">
      <p className="muted">{KIT_TEXT.lead}</p>
      <section aria-labelledby="kit-class">
        <h3 id="kit-class">{KIT_TEXT.classHeading}</h3>
        <ClassSummary />
      </section>
      <section aria-labelledby="kit-qti">
        <h3 id="kit-qti">{KIT_TEXT.qtiHeading}</h3>
        <QtiExport />
      </section>
      <section aria-labelledby="kit-handout">
        <h3 id="kit-handout">{KIT_TEXT.handoutHeading}</h3>
        <p>{KIT_TEXT.handoutNote}</p>
        <button type="button" onClick={openHandout}>
          {KIT_TEXT.handoutButton}
        </button>
      </section>
    </ModalDialog>
  );
}
