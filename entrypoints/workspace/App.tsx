import { useEffect, useState } from 'react';

type Tool = 'anonymise' | 'interview';

const readTool = (): Tool => (location.hash === '#interview' ? 'interview' : 'anonymise');

/** The larger tools, opened in a tab from the popup: the CV anonymiser and the interview checklist. */
export default function App() {
  const [tool, setTool] = useState<Tool>(readTool);
  useEffect(() => {
    const onHash = () => setTool(readTool());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: 24 }}>
      <h1>{tool === 'anonymise' ? 'Anonymise CVs for shortlisting' : 'Structured interview checklist'}</h1>
    </main>
  );
}
