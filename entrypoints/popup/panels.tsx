import { activeTabCriteria, activeTabId, checkTab, openExtensionPage, showFindingInTab, tabReport } from '@/browser/tabs';
import { useAnonymiseOptions } from '@/browser/use-anonymise';
import { useInterviewStore } from '@/browser/use-interview';
import { AnonymisePopupTab } from '@/components/anonymise/AnonymisePopupTab';
import { InterviewPopupTab } from '@/components/interview/InterviewPopupTab';
import { CheckTab, type CheckTabActions } from '@/components/popup/CheckTab';

// Each tab's view, wired to the browser. A tab's storage is read only once the tab is opened.

const checkActions: CheckTabActions = {
  activeTab: activeTabId,
  report: tabReport,
  checkPage: (tabId) => checkTab(tabId, 'page'),
  showFinding: (tabId, finding) => {
    showFindingInTab(tabId, finding);
    window.close();
  },
};

export function CheckPanel() {
  return <CheckTab actions={checkActions} />;
}

const openAnonymiser = () => void openExtensionPage('/workspace.html#anonymise');
const openInterviews = () => void openExtensionPage('/workspace.html#interview');

export function AnonymisePanel() {
  const [options, setOptions] = useAnonymiseOptions();
  return <AnonymisePopupTab options={options} setOptions={setOptions} openWorkspace={openAnonymiser} />;
}

export function InterviewPanel() {
  return <InterviewPopupTab store={useInterviewStore()} openInterviewPage={openInterviews} tabCriteria={activeTabCriteria} />;
}
