import { useEffect, useState } from 'react';
import { AnonymiseTool, InterviewTool } from './tools';

type Tool = 'anonymise' | 'interview';

const readTool = (): Tool => (location.hash.startsWith('#interview') ? 'interview' : 'anonymise');

/** The larger tools, opened in a tab from the popup: the CV anonymiser and the interview checklist. */
export default function App() {
  const [tool, setTool] = useState<Tool>(readTool);
  useEffect(() => {
    const onHash = () => setTool(readTool());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = tool === 'anonymise' ? 'De-bias: anonymise CVs' : 'De-bias: structured interviews';
  }, [tool]);
  return (
    <>
      <nav className="workspace-nav" aria-label="De-bias tools">
        <a href="#anonymise" aria-current={tool === 'anonymise' ? 'page' : undefined}>
          Anonymise CVs
        </a>
        <a href="#interview" aria-current={tool === 'interview' ? 'page' : undefined}>
          Structured interviews
        </a>
      </nav>
      <main className="workspace">{tool === 'anonymise' ? <AnonymiseTool /> : <InterviewTool />}</main>
    </>
  );
}
