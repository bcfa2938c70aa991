/**
 * The writer saying what they are, which the readings of gender, family and age share: "I am", "I'm",
 * "Im" (writer-capitals.ts), "I was", "being" and "as" ("as a mother"), but not the "as" of "such as" or "as well as", which lists
 * other people ("families such as the few women who came").
 */
export const WRITER_IS = String.raw`(?:I[ \t]+am|I['’]?m|I[ \t]+was|[Bb]eing|(?<!\b(?:such|well)[ \t]+)[Aa]s)`;
