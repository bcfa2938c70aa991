/** What reading a file gives: its text, or one plain-English sentence saying why not. */
export type ReadDocumentResult = { ok: true; text: string } | { ok: false; message: string };
