import { useId, useRef, useState } from 'react';
import { refusedFile } from '@/lib/documents/read-document';
import type { PendingItem } from './batch-job';

interface AddDocumentsFormProps {
  /** Reads and anonymises the items as one batch. */
  onAnonymise: (items: PendingItem[]) => void;
  busy: boolean;
}

const ACCEPT = '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let nextId = 0;
const newId = () => `item-${++nextId}`;

/**
 * One step from CV to result: files chosen or dropped (the drop zone holds an ordinary file input)
 * are anonymised at once, as one batch; pasted text is anonymised with one press. A file De-bias
 * cannot read (a photo, an old .doc) is refused as it arrives, saying why.
 */
export function AddDocumentsForm({ onAnonymise, busy }: AddDocumentsFormProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const addFiles = (files: FileList | null) => {
    if (!files || files.length === 0 || busy) return;
    const items: PendingItem[] = [];
    const reasons: string[] = [];
    for (const file of files) {
      const why = refusedFile(file);
      if (why) reasons.push(`${file.name}: ${why}`);
      else items.push({ id: newId(), kind: 'file', name: file.name, file });
    }
    setRefused(reasons);
    if (input.current) input.current.value = '';
    if (items.length > 0) onAnonymise(items);
  };

  const anonymisePasted = () => {
    if (!pasted.trim()) return;
    setRefused([]);
    onAnonymise([{ id: newId(), kind: 'text', name: 'Pasted text', text: pasted }]);
    setPasted('');
  };

  return (
    <div className="an-add">
      <fieldset
        className={`an-drop${dragging ? ' an-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addFiles(e.dataTransfer.files);
        }}
        data-testid="drop-zone"
      >
        <legend className="visually-hidden">CV files</legend>
        <label htmlFor={`${id}-files`}>Choose CV files, or drop them here</label>
        <p className="hint" id={`${id}-files-hint`}>
          Word (.docx), PDF or text (.txt) files. Choose many at once to anonymise them as one batch: they start at once.
        </p>
        <input
          ref={input}
          id={`${id}-files`}
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={`${id}-files-hint`}
          disabled={busy}
          onChange={(e) => addFiles(e.target.files)}
        />
      </fieldset>
      {refused.length > 0 && (
        <div role="alert" className="an-problems" data-testid="refused-files">
          <h3>{refused.length === 1 ? 'One file was not added' : `${refused.length} files were not added`}</h3>
          <ul>
            {refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          anonymisePasted();
        }}
      >
        <label htmlFor={`${id}-paste`}>Or paste a CV or supporting statement</label>
        <textarea id={`${id}-paste`} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} disabled={busy} />
        <div className="row">
          <button type="submit" disabled={busy || !pasted.trim()}>
            Anonymise pasted text
          </button>
        </div>
      </form>
    </div>
  );
}
