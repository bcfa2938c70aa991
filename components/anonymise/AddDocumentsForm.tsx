import { useId, useRef, useState } from 'react';
import type { PendingItem } from './read-files';

interface AddDocumentsFormProps {
  /** Reads and anonymises the items as one batch; the list is cleared once it resolves. */
  onAnonymise: (items: PendingItem[]) => Promise<void>;
  busy: boolean;
}

const ACCEPT = '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let nextId = 0;
const newId = () => `item-${++nextId}`;

/**
 * Collects one batch: files chosen or dropped (the drop zone holds an ordinary file input), and
 * pasted text. File names are shown only here, to whoever prepares the batch.
 */
export function AddDocumentsForm({ onAnonymise, busy }: AddDocumentsFormProps) {
  const id = useId();
  const [items, setItems] = useState<PendingItem[]>([]);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const addFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const tagOf = (file: File) => `${file.name}/${file.size}/${file.lastModified}`;
    const known = new Set(items.flatMap((i) => (i.kind === 'file' ? [tagOf(i.file)] : [])));
    const added: PendingItem[] = [];
    for (const file of files) {
      const tag = tagOf(file);
      if (known.has(tag)) continue;
      known.add(tag);
      added.push({ id: newId(), kind: 'file', name: file.name, file });
    }
    setItems((list) => [...list, ...added]);
    const skipped = files.length - added.length;
    setNote(`Added ${added.length} ${added.length === 1 ? 'file' : 'files'}.${skipped ? ` ${skipped} already in the list.` : ''}`);
    if (input.current) input.current.value = '';
  };

  const addPasted = () => {
    const text = pasted.trim();
    if (!text) return;
    const n = items.filter((i) => i.kind === 'text').length + 1;
    setItems((list) => [...list, { id: newId(), kind: 'text', name: `Pasted text ${n}`, text: pasted }]);
    setPasted('');
    setNote(`Added pasted text ${n}.`);
  };

  const run = async () => {
    await onAnonymise(items);
    setItems([]);
    setNote('');
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
          Word (.docx), PDF or text (.txt) files. You can choose many at once.
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

      <label htmlFor={`${id}-paste`}>Or paste a CV or supporting statement</label>
      <textarea id={`${id}-paste`} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} disabled={busy} />
      <div className="row">
        <button type="button" className="secondary" onClick={addPasted} disabled={busy || !pasted.trim()}>
          Add pasted text
        </button>
      </div>

      <p role="status" className="an-status">
        {note}
      </p>

      {items.length > 0 && (
        <section aria-labelledby={`${id}-list`} className="an-pending">
          <h3 id={`${id}-list`}>Ready to anonymise ({items.length})</h3>
          <p className="hint">File names are shown only here. Once anonymised, the panel sees only codes such as “Candidate 07”.</p>
          <ul>
            {items.map((item) => (
              <li key={item.id} className="row">
                <span>{item.name}</span>
                <button
                  type="button"
                  className="secondary an-small"
                  aria-label={`Remove ${item.name}`}
                  disabled={busy}
                  onClick={() => setItems((list) => list.filter((i) => i.id !== item.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="row">
        <button type="button" onClick={() => void run()} disabled={busy || items.length === 0}>
          {items.length === 0 ? 'Anonymise CVs' : items.length === 1 ? 'Anonymise 1 CV' : `Anonymise ${items.length} CVs`}
        </button>
      </div>
    </div>
  );
}
