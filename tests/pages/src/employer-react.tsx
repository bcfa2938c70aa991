// Fixture written for De-bias: a React-controlled advert form, as a site built with React has.
// Built into ../nhs-jobs/employer-react.js by tests/e2e/global-setup.ts. The <output> shows
// React's own state, so tests can tell whether React saw an edit.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function AdvertForm() {
  const [overview, setOverview] = useState('');
  return (
    <form>
      <label htmlFor="job-overview">Job overview</label>
      <textarea id="job-overview" name="jobOverview" value={overview} onChange={(e) => setOverview(e.target.value)} />
      <p>
        Saved draft: <output id="react-state">{overview}</output>
      </p>
    </form>
  );
}

createRoot(document.getElementById('app')!).render(<AdvertForm />);
