/**
 * Replaces text through the editor's own input path so that the page's framework sees a real edit
 * and Ctrl+Z restores the original. Returns false when the editor refused the change.
 */

/** `<textarea>` and `<input>`: select the span and insert, as typing would. */
export function replaceInField(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, text: string): boolean {
  const doc = field.ownerDocument;
  field.focus();
  field.setSelectionRange(start, end);
  // execCommand is deprecated but is still the only call that gives trusted input events and an undo entry.
  if (doc.execCommand('insertText', false, text) && field.value.slice(start, start + text.length) === text) return true;
  // Fallback: the standard editing API, with an input event so frameworks notice (no undo entry).
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return field.value.slice(start, start + text.length) === text;
}

/** contenteditable editors (Gmail, Outlook): select the range and insert; else offer the edit as `beforeinput`. */
export function replaceInEditable(root: HTMLElement, range: Range, text: string): boolean {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const before = root.textContent;
  root.focus();
  const selection = win.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  if (doc.execCommand('insertText', false, text) && root.textContent !== before) return true;
  // Editors that cancel execCommand (Lexical, Slate and others) take the edit as a beforeinput event.
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    targetRanges: [new win.StaticRange(range)],
    bubbles: true,
    cancelable: true,
  });
  if (root.dispatchEvent(event)) {
    range.deleteContents();
    range.insertNode(doc.createTextNode(text));
    root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
  return root.textContent !== before;
}
