import { activeTabCriteria, openExtensionPage } from '@/browser/tabs';
import { useAnonymiseOptions } from '@/browser/use-anonymise';
import { useInterviewStore } from '@/browser/use-interview';
import { AnonymisePopupTab } from '@/components/anonymise/AnonymisePopupTab';
import { InterviewPopupTab } from '@/components/interview/InterviewPopupTab';

// The Anonymise and Interview tabs, wired to the browser; loaded when first opened (see App.tsx).

const openAnonymiser = () => void openExtensionPage('/workspace.html#anonymise');
const openInterviews = () => void openExtensionPage('/workspace.html#interview');

export function AnonymisePanel() {
  const [options, setOptions] = useAnonymiseOptions();
  return <AnonymisePopupTab options={options} setOptions={setOptions} openWorkspace={openAnonymiser} />;
}

export function InterviewPanel() {
  return <InterviewPopupTab store={useInterviewStore()} openInterviewPage={openInterviews} tabCriteria={activeTabCriteria} />;
}
