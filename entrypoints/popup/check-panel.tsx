import { activeTabId, checkTab, showFindingInTab, tabReport } from '@/browser/tabs';
import { CheckTab, type CheckTabActions } from '@/components/popup/CheckTab';

const checkActions: CheckTabActions = {
  activeTab: activeTabId,
  report: tabReport,
  checkPage: (tabId) => checkTab(tabId, 'page'),
  showFinding: (tabId, finding) => {
    showFindingInTab(tabId, finding);
    window.close();
  },
};

/** The Check tab, wired to the browser: loaded with the popup, as it opens first. */
export function CheckPanel() {
  return <CheckTab actions={checkActions} />;
}
