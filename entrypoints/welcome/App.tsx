import './welcome.css';

/** Where De-bias works on its own, and what to do elsewhere. */
const SITES = [
  {
    name: 'NHS Jobs adverts',
    what: 'Open any advert on jobs.nhs.uk. De-bias underlines wording that could put good candidates off, and a small summary beside the advert counts what to fix.',
  },
  {
    name: 'Writing an advert on NHS Jobs',
    what: 'On the employer pages, the advert and person specification boxes are checked as you type. Choose a suggestion and the words are changed for you; Ctrl+Z puts them back.',
  },
  {
    name: 'Emails in Gmail and Outlook on the web (including NHSmail)',
    what: 'Your drafts are checked as you write, such as a message inviting candidates to interview.',
  },
  {
    name: 'Any other page',
    what: 'Click the De-bias button in the toolbar and choose “Check this page”, or select some text, right-click and choose “Check this text for biased wording”.',
  },
] as const;

/** The first-run page, opened once on install: what De-bias does and where, that nothing leaves the browser, and two ways to try it. */
export default function App() {
  return (
    <main className="welcome">
      <h1>De-bias is ready</h1>
      <p className="lead">
        De-bias helps you recruit fairly. It points out wording in job adverts and emails that could put good candidates off or
        break the Equality Act 2010, says why, and suggests fairer words. It also anonymises CVs for shortlisting and guides fair
        structured interviews.
      </p>
      <div className="actions">
        <a className="button" href="/demo.html">
          Try it on a demo advert
        </a>
        <a className="button secondary" href="/workspace.html#anonymise">
          Open the CV anonymiser
        </a>
      </div>
      <h2>Where it works</h2>
      <ul className="sites">
        {SITES.map((s) => (
          <li key={s.name}>
            <strong>{s.name}.</strong> {s.what}
          </li>
        ))}
      </ul>
      <h2>Nothing leaves your browser</h2>
      <p>
        Every check runs on this computer. De-bias sends nothing anywhere: there is no account and no tracking, and the CVs you
        anonymise, with the key to who is who, stay in this browser until you delete them.
      </p>
      <p>
        You can choose which checks run and on which sites in the <a href="/options.html">settings</a>.
      </p>
    </main>
  );
}
