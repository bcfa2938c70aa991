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
import { type SectionTab, SectionTabs } from './SectionTabs';
import { VacancyDetails } from './VacancyDetails';

const SECTIONS = [
  { id: 'details', label: 'Vacancy and panel' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'questions', label: 'Criteria and questions' },
  { id: 'scoring', label: 'Candidates and scoring' },
  { id: 'moderation', label: 'Moderation' },
  { id: 'decisions', label: 'Decisions' },
  { id: 'monitoring', label: 'Outcome monitoring' },
  { id: 'export', label: 'Record and export' },
] as const satisfies readonly SectionTab<string>[];
export type SectionId = (typeof SECTIONS)[number]['id'];

/** One vacancy, in steps: details and panel, checklist, questions, scoring, moderation, decisions, monitoring, export. */
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
      <SectionTabs label={`Steps for ${vacancy.title}`} tabs={SECTIONS} selected={section} onSelect={onSection}>
        {section === 'details' && (
          <>
            <VacancyDetails {...props} />
            <PanelEditor {...props} />
          </>
        )}
        {section === 'checklist' && <ChecklistView {...props} />}
        {section === 'questions' && <QuestionsView {...props} />}
        {section === 'scoring' && <ScoringView {...props} />}
        {section === 'moderation' && <ModerationView {...props} />}
        {section === 'decisions' && <DecisionsView {...props} />}
        {section === 'monitoring' && <MonitoringView {...props} all={all} />}
        {section === 'export' && <ExportView vacancy={vacancy} onPrintView={onPrintView} />}
      </SectionTabs>
    </section>
  );
}
