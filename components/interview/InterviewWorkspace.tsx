import { useEffect, useId, useState } from 'react';
import { printRecord } from '@/lib/interview';
import { BackupPanel } from './BackupPanel';
import { currentVacancy } from './current-vacancy';
import { interviewDeps, type InterviewStore } from './interview-store';
import { NewVacancyForm } from './NewVacancyForm';
import { PrintRecordView } from './PrintRecordView';
import { StorageProblem } from './StorageProblem';
import { VacancyList } from './VacancyList';
import { type SectionId, VacancyWorkspace } from './VacancyWorkspace';
import './interview.css';

/**
 * The structured-interview page (workspace.html#interview): vacancies, and for the chosen one its
 * checklist, questions, independent scoring, moderation, decisions, monitoring and record.
 * The records come from `store`; the rules all live in lib/interview.
 */
export function InterviewWorkspace({ store }: { store: InterviewStore }) {
  const id = useId();
  const { state, update, status, currentId: chosenId, choose } = store;
  const [printing, setPrinting] = useState(false);
  const [creating, setCreating] = useState(false);
  const [section, setSection] = useState<SectionId>('plan');
  const vacancy = currentVacancy(state, chosenId);

  useEffect(() => {
    if (printing && !vacancy) setPrinting(false);
  }, [printing, vacancy]);

  if (printing && vacancy)
    return <PrintRecordView record={printRecord(vacancy, { generatedAt: interviewDeps.now() })} onClose={() => setPrinting(false)} />;

  return (
    <div className="iv-workspace">
      <h1>Structured interviews</h1>
      <p className="hint">
        Plan and run a fair, structured interview for each vacancy, and keep the evidence. Everything stays in this browser.
      </p>
      <StorageProblem status={status} brokenCopies={state.brokenCopies} update={update} />
      {!status.loaded ? (
        !status.problem && <p role="status">Loading your interview records…</p>
      ) : (
        <>
          <section aria-labelledby={`${id}-vacancies`} className="no-print">
            <h2 id={`${id}-vacancies`}>Vacancies</h2>
            <VacancyList vacancies={state.vacancies} currentId={vacancy?.id ?? null} onChoose={choose} />
            {creating || state.vacancies.length === 0 ? (
              <NewVacancyForm
                update={update}
                onCreated={(created) => {
                  setCreating(false);
                  setSection('plan');
                  choose(created);
                }}
                onCancel={state.vacancies.length > 0 ? () => setCreating(false) : undefined}
              />
            ) : (
              <button type="button" onClick={() => setCreating(true)}>
                New vacancy
              </button>
            )}
          </section>
          {vacancy && (
            <VacancyWorkspace
              key={vacancy.id}
              vacancy={vacancy}
              all={state.vacancies}
              update={update}
              onPrintView={() => setPrinting(true)}
              section={section}
              onSection={setSection}
            />
          )}
          <BackupPanel state={state} update={update} />
        </>
      )}
    </div>
  );
}
