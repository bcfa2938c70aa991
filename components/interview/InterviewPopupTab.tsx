import { browser } from 'wxt/browser';
import { useCurrentVacancyId, useInterviewState } from '@/components/extension/interview-storage';
import { currentVacancy } from './current-vacancy';
import { ImportCriteriaFromTab } from './ImportCriteriaFromTab';
import { PopupChecklist } from './PopupChecklist';
import './interview.css';

/** Opens the full interview page in a new tab. */
function openInterviewPage() {
  void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html#interview') });
}

/**
 * The popup's Interview tab: the current vacancy's checklist progress and next open items (critical
 * first), which can be ticked off here; and a way into the full page.
 */
export function InterviewPopupTab() {
  const [state, update, status] = useInterviewState();
  const [chosenId, choose] = useCurrentVacancyId();
  const vacancy = currentVacancy(state, chosenId);
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
          <ImportCriteriaFromTab vacancy={vacancy} update={update} />
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
