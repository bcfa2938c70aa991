import type { UpdateInterview } from './interview-store';
import type { InterviewState, Vacancy } from '@/lib/interview';
import { ChecklistView } from './ChecklistView';
import { DecisionsView } from './DecisionsView';
import { ExportView } from './ExportView';
import { ModerationView } from './ModerationView';
import { MonitoringView } from './MonitoringView';
import { PanelEditor } from './PanelEditor';
import { QuestionsView } from './QuestionsView';
import { ScoringView } from './ScoringView';
import { type Step, Stepper } from './Stepper';
import { VacancyDetails } from './VacancyDetails';

const STEPS = [
  { id: 'plan', label: 'Plan' },
  { id: 'questions', label: 'Questions' },
  { id: 'scoring', label: 'Candidates and scoring' },
  { id: 'moderation', label: 'Moderation' },
  { id: 'decisions', label: 'Decisions' },
  { id: 'monitoring', label: 'Monitoring' },
  { id: 'record', label: 'Record' },
] as const satisfies readonly Step<string>[];
export type SectionId = (typeof STEPS)[number]['id'];

/**
 * One vacancy, one stage at a time: plan (details, panel and the fairness checklist), questions,
 * candidates and scoring, moderation, decisions, monitoring, and the record.
 */
export function VacancyWorkspace({
  vacancy,
  all,
  update,
  onPrintView,
  section,
  onSection,
}: {
  vacancy: Vacancy;
  all: InterviewState['vacancies'];
  update: UpdateInterview;
  onPrintView: () => void;
  section: SectionId;
  onSection: (section: SectionId) => void;
}) {
  const props = { vacancy, update };
  return (
    <section className="iv-vacancy" aria-labelledby="iv-vacancy-title">
      <h2 id="iv-vacancy-title">
        {vacancy.title}
        {vacancy.reference && <span className="hint"> ({vacancy.reference})</span>}
      </h2>
      <Stepper label={`Steps for ${vacancy.title}`} steps={STEPS} selected={section} onSelect={onSection}>
        {section === 'plan' && (
          <>
            <VacancyDetails {...props} />
            <PanelEditor {...props} />
            <ChecklistView {...props} stages={['before']} />
          </>
        )}
        {section === 'questions' && <QuestionsView {...props} />}
        {section === 'scoring' && (
          <>
            <ScoringView {...props} />
            <ChecklistView {...props} stages={['during']} />
          </>
        )}
        {section === 'moderation' && <ModerationView {...props} />}
        {section === 'decisions' && (
          <>
            <DecisionsView {...props} />
            <ChecklistView {...props} stages={['after']} />
          </>
        )}
        {section === 'monitoring' && <MonitoringView {...props} all={all} />}
        {section === 'record' && <ExportView vacancy={vacancy} onPrintView={onPrintView} />}
      </Stepper>
    </section>
  );
}
