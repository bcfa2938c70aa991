import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import { currentVacancy } from './current-vacancy';
import { ImportCriteriaFromTab } from './ImportCriteriaFromTab';
import type { InterviewStore } from './interview-store';
import { PopupChecklist } from './PopupChecklist';
import './interview.css';

interface InterviewPopupTabProps {
  store: InterviewStore;
  /** Opens the full interview page in a new tab. */
  openInterviewPage: () => void;
  /** The criteria of the NHS Jobs advert behind the popup, or null when it is not one. */
  tabCriteria: () => Promise<AdvertCriteria | null>;
}

/**
 * The popup's Interview tab: the current vacancy's checklist progress and next open items (critical
 * first), which can be ticked off here; and a way into the full page.
 */
export function InterviewPopupTab({ store, openInterviewPage, tabCriteria }: InterviewPopupTabProps) {
  const { state, update, status, currentId, choose } = store;
  const vacancy = currentVacancy(state, currentId);
  return (
    <div className="iv-popup">
      {status.problem && (
        <p role="alert" className="iv-alert">
          {status.problem}
        </p>
      )}
      {status.saveError && (
        <p role="alert" className="iv-alert">
          {status.saveError}
        </p>
      )}
      {!status.loaded ? (
        !status.problem && <p role="status">Loading…</p>
      ) : vacancy ? (
        <>
          <ImportCriteriaFromTab vacancy={vacancy} update={update} tabCriteria={tabCriteria} />
          <PopupChecklist vacancy={vacancy} vacancies={state.vacancies} onChoose={choose} update={update} onOpenPage={openInterviewPage} />
        </>
      ) : (
        <>
          <h2>Structured interviews</h2>
          <p>No vacancies yet. Create one to plan a fair, structured interview: checklist, questions, scoring and record.</p>
          <button type="button" onClick={openInterviewPage}>
            Create a vacancy
          </button>
        </>
      )}
    </div>
  );
}
