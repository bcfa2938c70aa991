import { useAnonymiseOptions, useAnonymiseStore } from '@/browser/use-anonymise';
import { useInterviewStore } from '@/browser/use-interview';
import { AnonymiseWorkspace } from '@/components/anonymise/AnonymiseWorkspace';
import { InterviewWorkspace } from '@/components/interview/InterviewWorkspace';

// The workspace's two tools, wired to the browser's storage.

export function AnonymiseTool() {
  const [options, setOptions] = useAnonymiseOptions();
  return <AnonymiseWorkspace store={useAnonymiseStore()} options={options} setOptions={setOptions} />;
}

export function InterviewTool() {
  return <InterviewWorkspace store={useInterviewStore()} />;
}
