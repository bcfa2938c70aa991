/**
 * Where the current selection falls in `root`'s text, as offsets into the text it renders, or
 * null when nothing inside `root` is selected. The rendered text content must equal the document
 * text exactly (no extra text nodes), which `AnonymisedText` guarantees.
 */
export function selectionOffsets(root: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number): number => {
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const total = root.textContent?.length ?? 0;
  const start = root.contains(range.startContainer) ? offsetOf(range.startContainer, range.startOffset) : 0;
  const end = root.contains(range.endContainer) ? offsetOf(range.endContainer, range.endOffset) : total;
  return start < end ? { start, end } : null;
}
