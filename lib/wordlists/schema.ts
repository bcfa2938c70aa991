import { z } from 'zod';
import { TEXT_KINDS } from '../engine/document';
import { categorySchema, severitySchema, suggestionSchema } from '../engine/finding';
import { HANDLERS } from '../engine/handlers/names';

/** Wordlist sources must be real public pages. */
const sourceSchema = z.object({ name: z.string().min(1), url: z.url() }).strict();

const phrases = z.array(z.string().min(1));

/**
 * What a stretch of text can be about (lib/engine/lexicon.ts); 'staff' for words about people at work,
 * and 'workplace' for a place of work described as the people in it are ("a competitive environment"),
 * not the market or field it is in (lib/engine/targets.ts, describesWorkSetting).
 */
const describesSchema = z.enum(['person', 'patient', 'organisation', 'service', 'place', 'pay', 'thing', 'staff', 'workplace']);

/**
 * Words of the surrounding text that change what a match means: the rule's senses and targets, as
 * data. Phrases are compared lower-case, whole words. "Sentence" is a sentence or a list item;
 * "clause" is a part of one, split at , ; : brackets and words such as "so", "but" or "which".
 */
const contextSchema = z
  .object({
    /** Skip the match when one of these phrases comes straight before it ("NHS" before "Trust"). */
    notAfter: phrases.optional(),
    /** Skip the match when one of these phrases comes straight after it ("young" + "people"). */
    notBefore: phrases.optional(),
    /**
     * Skip the match when the head noun it describes is one of these words, read past the adjectives
     * joined to it ("a dynamic and flexible clinical role"), where notBefore reads only the next words.
     */
    notBeforeHead: phrases.optional(),
    /** Only match when one of these phrases comes straight before it ("be" before "mature"). */
    onlyAfter: phrases.optional(),
    /** Only match when one of these phrases comes straight after it. */
    onlyBefore: phrases.optional(),
    /** Skip the match when its sentence contains one of these phrases ("or equivalent" after "GCSEs"). */
    notInSentenceWith: phrases.optional(),
    /** Only match when its sentence contains one of these phrases ("essential" for "own car"). */
    onlyInSentenceWith: phrases.optional(),
    /**
     * With onlyInSentenceWith: a phrase of that list does not count where one of these starts with it
     * ("young" in "young carers" names a group the service is for, not the person wanted).
     */
    cueNotIn: phrases.optional(),
    /** Skip the match when its clause contains one of these phrases. */
    notInClauseWith: phrases.optional(),
    /**
     * Skip the match when one of these phrases comes after it in its sentence (or criterion item): an
     * equivalent offered for what it asks ("extensive experience of triage, or equivalent"), not one
     * offered for an earlier requirement of the same list ("a degree or equivalent and extensive experience").
     */
    notLaterInSentenceWith: phrases.optional(),
    /**
     * Skip the match when one of these phrases comes before it in its sentence: the match is what the phrase
     * governs ("our team includes students and mature workers"), not a word said before it ("a mature
     * receptionist; the salary ranges from …").
     */
    notEarlierInSentenceWith: phrases.optional(),
    /**
     * Skip the match when it ends a range that one of these phrases opens earlier in its sentence: "from young
     * people … to [older] members" describes the people already there. Without the "to", "moved away from
     * younger recruits and now want older nurses" still asks for an age.
     */
    notEndingRangeFrom: phrases.optional(),
    /**
     * Skip the match when its sentence, or the next sentence on its line, contains one of these
     * phrases: the route an advert adds straight after a requirement ("Adjustments can be considered
     * in line with the Equality Act").
     */
    notNearWith: phrases.optional(),
    /**
     * Skip the match when its sentence offers one of these routes, and no negation just before the route
     * denies it: "we run a return to practice scheme" clears a word on gaps, "we do not run a return to
     * practice scheme" does not.
     */
    notOfferedInSentence: phrases.optional(),
    /**
     * Only match when its sentence, or the sentence before it, contains one of these phrases: what a
     * word like "there" points back to ("She qualified in Egypt. Should we check the training there?").
     */
    onlyNearBefore: phrases.optional(),
    /** Only match when its clause contains one of these phrases. */
    onlyInClauseWith: phrases.optional(),
    /** Skip the match when the document anywhere contains one of these phrases (a stated exemption). */
    notInDocumentWith: phrases.optional(),
    /** Skip the match in a negated clause ("you do not need a driving licence"). */
    negatable: z.boolean().optional(),
    /** Match only this exact capitalisation (for names and titles). */
    caseSensitive: z.boolean().optional(),
    /**
     * Skip a match written with a capital in a sentence that names someone by a title of address: the
     * office that person holds ("Our Chairman, Sir Peter Langley"); the writer's own word in small
     * letters is still read ("our chairman, Mr Desai").
     */
    titleHeld: z.boolean().optional(),
    /**
     * Only match when the words describe one of these (the candidate, role or team is 'person'), or
     * when the text does not say; 'staff' needs evidence that the words are about people at work.
     */
    describes: z.array(describesSchema).min(1).optional(),
    /**
     * Inside names and titles: 'skip' (the default) never matches there; 'titles' still matches job
     * titles and headings but not a person's, organisation's or law's name; 'any' ignores names.
     */
    names: z.enum(['skip', 'titles', 'any']).optional(),
    /** Skip the match when its sentence gives an equivalent route ("or equivalent", "eligible to register"). */
    fairRoute: z.boolean().optional(),
    /** Skip the match in a desirable criterion or a sentence that makes it a preference. */
    required: z.boolean().optional(),
    /** Only match a trait asked of the person, not a task the job involves ("lead the ward round", "able to analyse data"). */
    trait: z.boolean().optional(),
    /** Only match when a preference, doubt or refusal in its sentence holds it for or against the person (lib/engine/judgement/). */
    judged: z.boolean().optional(),
    /**
     * Skip a role word that names the one colleague in post ("support the ward sister with rotas"),
     * unless the sentence goes on to give the post a sex ("deputise for the ward sister when she is away").
     */
    colleague: z.boolean().optional(),
    /**
     * In notes and e-mails, skip words said of a particular candidate that nothing in their sentence
     * demands or holds against them: they describe the candidate ("the other trained in the UK").
     */
    described: z.boolean().optional(),
    /** Skip a match in a sentence that asks whether it is needed: it opens with "is" or "are", or "do I", "will I" or "does the", and ends in "?" ("Is a car needed?", "Do I need a car?"). */
    asked: z.boolean().optional(),
    /**
     * Skip what is said of the staff in post ("many of our nurses have children of their own") where its
     * sentence neither turns it on the reader ("so you will understand") nor asks it of the hire.
     */
    staffInPost: z.boolean().optional(),
    /** Skip a match in equality monitoring: a heading or note up to three lines above, or its own line, says so (lib/engine/form-question.ts). */
    monitoring: z.boolean().optional(),
  })
  .strict();

export const examplesSchema = z
  .object({
    /** Sentences in which the rule must fire (the first phrase it fires on is checked). */
    flag: z.array(z.string().min(1)).min(1),
    /** Sentences in which it must not fire: the NHS traps. */
    pass: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const ruleEntrySchema = z
  .object({
    /** Stable id, kebab-case, never reused. Users' ignore lists refer to it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Literal phrases (lower case unless caseSensitive); `(a|b)`, `{poss}` and `<verb>` are slots (expandPhrase in compile.ts). */
    phrases: z.array(z.string().min(1)).optional(),
    /**
     * Regular expressions (source text, matched case-insensitively) for what phrases cannot say. Write
     * letters as [a-zà-ÿ] rather than \\p{L}: a \\p{…} class needs the u flag, which makes V8 scan the
     * whole text about ten times slower.
     */
    patterns: z.array(z.string().min(1)).optional(),
    /** A rule whose logic is code in lib/engine/handlers/ (pronouns, acronyms, document structure), not a word list. */
    handler: z.enum(HANDLERS).optional(),
    /** Which inflections the build adds: plurals for nouns, tenses for verbs, -ly/-ness forms for adjectives. */
    inflect: z.enum(['noun', 'verb', 'adjective', 'none']).default('none'),
    severity: severitySchema,
    /** Plain-English reason. `{match}` is replaced by the text found. */
    message: z.string().min(10),
    suggestions: z.array(suggestionSchema).min(1),
    source: sourceSchema,
    /** 1 = always, 2 = standard and strict, 3 = strict only. */
    strictness: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
    /** Gender-coded words: which way they lean (Gaucher et al. 2011). */
    gender: z.enum(['masculine', 'feminine']).optional(),
    /** Only for these kinds of text; default all. */
    contexts: z.array(z.enum(TEXT_KINDS)).optional(),
    context: contextSchema.optional(),
    /** Other messages a handler can choose ("unknown" and "ambiguous" acronyms). */
    variants: z.record(z.string(), z.object({ message: z.string().min(10), suggestions: z.array(suggestionSchema).min(1) }).strict()).optional(),
    examples: examplesSchema,
  })
  .strict()
  .refine((e) => (e.phrases?.length ?? 0) + (e.patterns?.length ?? 0) > 0 || e.handler !== undefined, {
    message: 'give the rule at least one phrase or pattern, or a handler',
  });
export type RuleEntry = z.infer<typeof ruleEntrySchema>;

/** One wordlist file: one rule family. */
export const wordlistSchema = z
  .object({
    category: categorySchema,
    description: z.string(),
    /**
     * Phrase lists that several rules' contexts share, by name: a context list names one as "@name" among its
     * phrases, and the set's phrases stand there (rules split from one reading keep its senses in one place).
     * Names are shared by every file: a rule may name a set another file writes.
     */
    phraseSets: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), phrases.min(1)).optional(),
    rules: z.array(ruleEntrySchema).min(1),
  })
  .strict();
export type Wordlist = z.infer<typeof wordlistSchema>;

/** NHS acronyms for the jargon rule: flagged at first use unless expanded in the text. */
export const acronymListSchema = z
  .object({
    source: sourceSchema,
    /** Acronyms everyone knows; never flagged. */
    understood: z.array(z.string()),
    /** An acronym's expansion, or every meaning of an ambiguous one ("PA"). */
    acronyms: z.record(z.string().regex(/^[A-Za-z0-9&]+$/), z.union([z.string().min(3), z.array(z.string().min(3)).min(2)])),
  })
  .strict();
export type AcronymList = z.infer<typeof acronymListSchema>;

/** Phrases in which no rule fires: patient groups, organisations, places, laws, NHS job titles. */
export const allowlistSchema = z
  .object({
    description: z.string(),
    phrases: z.array(z.string().min(1)),
    /** Exact capitalisation only (so "the Trust" passes but "trust" is still read as a word). */
    caseSensitive: z.array(z.string().min(1)),
  })
  .strict();
export type Allowlist = z.infer<typeof allowlistSchema>;

export { contextSchema, suggestionSchema };
