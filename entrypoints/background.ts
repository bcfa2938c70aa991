import { defineBackground } from 'wxt/utils/define-background';
import { answerAnalysis } from '@/browser/answer-analysis';
import { setBadge } from '@/browser/badge';
import { addCheckSelectionMenu } from '@/browser/context-menu';
import { onMessage } from '@/browser/messages';
import { openWelcomeOnInstall } from '@/browser/welcome';
import { badgeTitle } from '@/components/labels';

export default defineBackground(() => {
  openWelcomeOnInstall();
  addCheckSelectionMenu();
  // Listeners are added as the worker starts, so the message that wakes it is answered.
  answerAnalysis();
  onMessage('findings-count', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) void setBadge(sender.tab.id, data?.total ?? 0, badgeTitle(data));
  });
});
