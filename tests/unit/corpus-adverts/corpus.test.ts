import { describe, expect, it } from 'vitest';
import { lineColumnMap } from '@/lib/engine/position';
import { type DocumentResult, evaluateSlice, figures, type Slice } from '../../../scripts/eval/adverts';

/** The slices held to the floors and pinned finding by finding (the held-out slice is held by its totals, below). */
const SLICES: Slice[] = ['tuned'];
const FLOOR = 0.95;

const ratio = ({ right, total }: { right: number; total: number }) => (total === 0 ? 1 : right / total);

/** Every finding as "document line:column rule "text"", then the document findings: one line each. */
function pins(results: DocumentResult[]): string {
  const lines: string[] = [];
  for (const doc of results) {
    const at = lineColumnMap(doc.text);
    for (const f of doc.findings) {
      const { line, column } = at(f.start);
      lines.push(`${doc.id} ${line}:${column} ${f.ruleId} ${JSON.stringify(f.text)}`);
    }
    for (const d of doc.document) lines.push(`${doc.id} document ${d}`);
  }
  return `${lines.join('\n')}\n`;
}

describe.each(SLICES)('the %s slice of the advert and email corpus (tests/corpus)', (slice) => {
  const results = evaluateSlice(slice);
  const f = figures(results);

  it('has documents to measure', () => {
    expect(results.length).toBeGreaterThan(0);
  });
  it(`finds at least ${FLOOR * 100} % of the spans reviewers expect`, () => {
    const missed = results.flatMap((d) => d.expected.filter((e) => e.found.length === 0).map((e) => `${d.id}: ${e.category} "${e.text}"`));
    expect(ratio(f.recall), `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(FLOOR);
  });
  it(`is right about at least ${FLOOR * 100} % of its inline findings`, () => {
    const wrong = results.flatMap((d) => d.judged.filter((j) => !j.expected).map((j) => `${d.id}: ${j.finding.ruleId} "${j.finding.text}"`));
    expect(ratio(f.precision), `not expected:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(FLOOR);
  });
  it('flags no trap', () => {
    expect(results.flatMap((d) => d.traps.filter((t) => t.flaggedBy.length > 0).map((t) => `${d.id}: ${t.label} "${t.text}"`))).toEqual([]);
  });
  it(`gets at least ${FLOOR * 100} % of the whole-document findings right, both ways`, () => {
    expect(ratio(f.documentPrecision)).toBeGreaterThanOrEqual(FLOOR);
    expect(ratio(f.documentRecall)).toBeGreaterThanOrEqual(FLOOR);
  });
  // A change in any finding shows here line by line; after a deliberate change, review the diff and
  // run `npx vitest run tests/unit/corpus-adverts -u`.
  it('finds exactly the pinned findings', async () => {
    await expect(pins(results)).toMatchFileSnapshot(`./findings.${slice}.txt`);
  });
});

/**
 * The held-out slice is held where it stands, totals only (no finding is printed, so a failure
 * teaches nothing about the documents): a change may improve these figures, never lower them.
 * Raise them when a round improves them. The 40 `fresh3-*` documents joined at 2026-12-02 after
 * one honest measurement, the 40 `fresh4-*` the same way later that day, and the 40 `fresh5-*`
 * after the next round and the 40 `fresh6-*` after the one after. The 40 `fresh8-*` joined after
 * round 8's measurement; written in far more idiomatic wording, they lowered every figure, so the
 * floors are set on all 310 documents as they now stand. The 40 `fresh9-*` joined after round 9's
 * measurement, and lowered them again: the floors are set on all 350. The 40 `fresh10-*` joined after
 * round 10's measurement and left for the study slice at the start of round 11 (rules are now fitted
 * to them); the 40 `fresh11-*` and `fresh12-*` joined after rounds 11 and 12's measurements and left
 * for the study slice at the start of the next round the same way. The 40 `fresh13-*` joined after
 * round 13's measurement and left for the study slice at the start of round 14, leaving 350 again;
 * the 48 `fresh14-*` joined after round 14's measurement and left for the study slice at the start
 * of round 15, leaving 350 again; the 48 `fresh15-*` joined after round 15's measurement and left for the
 * study slice at the start of round 16, leaving 350 again; the 48 `fresh16-*` joined after round
 * 16's measurement and left for the study slice at the start of round 17, leaving 350 again; the 48
 * `fresh17-*` joined after round 17's measurement and left for the study slice at the start of round
 * 18, leaving 350 again; the 48 `fresh18-*` joined after round 18's measurement and left for the study slice at the start of
 * round 19, leaving 350 again. In round 19 two new readings (socialising outside work demanded, a welcome
 * statement asked to be taken out), which every writer since round 18 marks, each found one place in
 * the 350 that their older annotators left unmarked (precision .963 to .962 there); the 48 `fresh19-*`
 * then joined after round 19's measurement and left for the study slice at the start of round 20,
 * leaving 350 again. In round 20 a rule for "bubbly", which the writers of rounds 10 to 19 mark in 21
 * places of the study slice, found 9 places in the 350, of which their older annotators marked 4
 * (precision .963 to .960 there). The 48 `fresh20-*` then joined after round 20's measurement (their
 * writer marked more abbreviations as traps or left them unmarked, and far fewer as jargon, than the
 * format's convention) and left for the study slice at the start of round 21, leaving 350 again. The 48
 * `fresh21-*` joined after round 21's measurement and left for the study slice at the start of round 22,
 * leaving 350 again; the 48 `fresh22-*` joined after round 22's measurement and left for the study slice at the
 * start of round 23, leaving 350 again; the 48 `fresh23-*` joined after round 23's measurement (a writer who
 * planted more traps than any before, and lowered every figure) and left for the study slice at the start of
 * round 24, leaving 350 again; the 48 `fresh24-*` joined after round 24's measurement (a writer who put
 * problems in euphemism and indirect wording, and lowered recall most) and left for the study slice at the
 * start of round 25, leaving 350 again; the 48 `fresh25-*` joined after round 25's measurement (scoring notes,
 * Outlook threads and social-media posts, with lawful positive action and occupational requirements as traps) and
 * left for the study slice at the start of round 26, leaving 350 again; the 48 `fresh26-*` joined after round 26's
 * measurement (offer letters, probation and interview feedback, a Teams chat, a staff-side review of a draft; lawful
 * fit-testing, uniform and language requirements as traps) and left for the study slice at the start of round 27,
 * leaving 350 again; the 48 `fresh27-*` joined after round 27's measurement (reference requests, a LinkedIn post, a
 * WhatsApp message, an apprenticeship sent to schools; a chaplain's faith, a peer worker's lived experience and a
 * women-only post explained, as traps) and left for the study slice at the start of round 28, leaving 350 again; the
 * 48 `fresh28-*` joined after round 28's measurement (probation and appraisal notes, scoring comments, rota and dress
 * code messages, a retire-and-return reply; a guaranteed interview, a female chaperone and a lawful dress code with its
 * exceptions, as traps) and left for the study slice at the start of round 29, leaving 350 again; the 48 `fresh29-*`
 * joined after round 29's measurement (agency notes on candidates, redeployment, return-to-work and exit notes, a
 * menopause announcement, a careers evening flyer; a guaranteed interview scheme, positive action for donors, a Deaf
 * worker for a Deaf service and fit-testing with a hood offered, as traps) and left for the study slice at the start
 * of round 30, leaving 350 again. In round 30 a whole-advert reading of flexible working refused ("we do not offer job
 * shares", "No part-time or job shares") found two more missing statements in the 350 and one that their older
 * annotators did not expect (document precision .983 to .981 there); the 48 `fresh30-*` then joined after round 30's
 * measurement (a shortlisting chat, a phone reference, a trial-shift note, a rejection, a recruitment video script;
 * a woman for a sexual assault referral centre and "Ward Sister" as the trust's grade, as traps) and left for the
 * study slice at the start of round 31, leaving 350 again; the 48 `fresh31-*` then joined after round 31's
 * measurement (an exit interview summary, a Teams chat on interview scores, a locum reference, panel moderation notes,
 * a partners' minute, an agency shortlist; a women-only mammography post with its reason and a recruiter calling
 * restrictions on sex, age and nationality unlawful, as traps) and left for the study slice at the start of round 32,
 * leaving 350 again; the 48 `fresh32-*` then joined after round 32's measurement (a telephone screening script, a
 * probation review, a promotion shortlist, a student placement note, a staff survey summary, a flexible working
 * decision; a chaplain's occupational requirement and "HMP" in a prison's name, as traps) and left for the study slice
 * at the start of round 33, leaving 350 again; the 48 `fresh33-*` then joined after round 33's measurement (a panel
 * WhatsApp group, shortlisting spreadsheet comments, a return from sickness note, a night rota survey, a reference reply;
 * a women-only breast screening post under Schedule 9 and a female clinician for a coil clinic's session, as traps)
 * and left for the study slice at the start of round 34, leaving 350 again; the 48 `fresh34-*` then joined after round
 * 34's measurement (a probation extension letter, a workforce planning minute, a refer-a-friend e-mail, a complaint
 * reply, a right-to-work note; a women-only post in a women's secure unit under Schedule 9 and the HART fitness test
 * explained, as traps) and left for the study slice at the start of round 35, leaving 350 again; the 48 `fresh35-*`
 * then joined after round 35's measurement (a Teams chat between two managers, a note to the bank office, a withdrawn
 * offer, an apprenticeship intake plan, a WRES action note; a Muslim chaplain's occupational requirement and positive
 * action explained, as traps) and left for the study slice at the start of round 36, leaving 350 again; the 48 `fresh36-*`
 * then joined after round 36's measurement (an agency request, a plan for recruiting internationally educated nurses,
 * a succession planning note, minutes of a PCN recruitment group, a social media post for volunteers; a women-only
 * forensic examiner post under Schedule 9 and a peer support worker's lived experience, as traps; four documents'
 * essential-reads-as-preference brought to the conventions first) and left for the study slice at the start of round
 * 37, leaving 350 again. In round 37 a standard's code after a standards body's letters (ISO 15189, BS 7671, IEC 62353)
 * became the standard's name rather than jargon, decided on the study slice, whose writers annotate such codes as known
 * 11 times to 1, and on the conventions (forms every applicant to the post knows are not marked): that took 3 spans
 * the 350's older annotators marked as jargon, and the recall floor was lowered from .9139 to .9122 on purpose. The 48
 * `fresh37-*` then joined after round 37's measurement (a shortlisting sheet's panel comments, a telephone pre-screening
 * note, a partners' meeting on a salaried GP, a job-share reply, a rota change notice, a careers fair briefing, a reply
 * to a candidate asking for adjustments, a Teams channel about a vacancy; a Welsh-speaking receptionist where Welsh is a
 * genuine requirement, as a trap) and left for the study slice at the start of round 38, leaving 350 again. The 48
 * `fresh38-*` then joined after round 38's measurement (a partners' WhatsApp chat, an agency's candidate summary, a job
 * description's comment thread, a request to re-advertise, a panel's moderation e-mail, feedback to an unsuccessful
 * candidate, a dental trial-shift note, draft interview questions; "EMIS Web", "T-DOC", "Mangar ELK", "independent
 * scores" and "NVQ Level 2 … or equivalent" as traps) and left for the study slice at the start of round 39, leaving 350
 * again. The 48 `fresh39-*` then joined after round 39's measurement (a newsletter quoting staff, workforce minutes, an
 * interview scoring summary, a consultant's wish list, a shortlisting brief, an exit interview, a bank recruitment drive;
 * a Welsh-essential post with its reason, a shuttle bus "or your own transport, as you prefer", a fitness test built
 * from the job's tasks and a hospice chaplain's faith requirement under Schedule 9 as traps) and left for the study slice
 * at the start of round 40, leaving 350 again. The 48 `fresh40-*` then joined after round 40's measurement (a Teams thread, a text
 * to bank staff, a job description's comment thread, an interview question bank, a reference template, an offer and a
 * rejection letter, a careers FAQ, a radio script and a poster; a C1 licence with its reason, health questions after the
 * offer, "fit and proper person", ISO 15189 and a Schedule 9 post as traps) and left for the study slice at the start of round 41, leaving 350 again. The 48 `fresh41-*`
 * then joined after round 41's measurement (a WhatsApp voice-note transcript, a Facebook group post, a re-posted job-board
 * listing, an online screening questionnaire, a panel pre-brief, a scoring sheet, an open-day and a talent-pool invitation,
 * a chief executive's welcome letter, a board paper on the workforce, a rota message, a LinkedIn post, a probation review
 * note and a reference request; a Schedule 9 peer support post, driving with its reason and an Access to Work alternative,
 * a chaplaincy volunteer's faith requirement limited to paid posts and guaranteed interviews for care leavers as traps):
 * and left for the study slice at the start of round 42, leaving 350 again. The 48 `fresh42-*` then joined after round
 * 42's measurement (a Teams chat, an interview invitation, a careers-fair stall script, an Instagram caption, a staff-bank
 * text blast, a secondment notice, a GP partnership prospectus, a locum booking, a newsletter item, an agency brief, a
 * careers talk's speaker notes, a podcast transcript, a video script, an exit interview summary, an HR casework note and
 * a shortlisting matrix; a women-only post under Schedule 9, a weight limit with its reason, guaranteed interviews,
 * positive action and quoted wording the writer has stopped using as traps) and left for the study slice at the start
 * of round 43, leaving 350 again. In round 43 "presentable" said of the person became a demand for looks, decided on the
 * study slice, whose writers mark it 11 times: that took one finding the 350's older annotators left unmarked
 * (precision 1716/1778 to 1716/1779). The 48 `fresh43-*` then joined after round 43's measurement (a local radio advert, a
 * TikTok script, an open-day flyer, a job description's key result areas, a WhatsApp group, a LinkedIn InMail, a
 * rejection letter, a reference request, a practice manager's note to partners, a rota request, a returners'
 * invitation, a bank staff bulletin, a panel's debrief and an international recruitment brief; a women-only drop-in
 * with its reason, a Schedule 9 chaplaincy post, an occupational fitness assessment, returners "of all ages" and
 * lived-experience positive action as traps) and left for the study slice at the start of round 44, leaving 350 again. The 48 `fresh44-*`
 * then joined after round 44's measurement (a Viva Engage post, a Facebook group post, a recruitment chatbot's script, text
 * messages to a shortlist, a Microsoft Forms questionnaire, an Outlook invite, an interview feedback form, a practice owner's
 * WhatsApp, an agency's candidate e-mail, an acting-up notice, a job description's working conditions and a flattened person
 * specification; a women's ward's Schedule 9 requirement, a HART fitness test and a flight weight limit with their reasons,
 * lived experience for a veterans' post and the right-to-work question as traps) and left for the study slice at the start of
 * round 45, leaving 350 again; round 45's rules took the 350 to 1718/1781 and 1668/1824. The 48 `fresh45-*` then joined after
 * round 45's measurement (a careers fair stall script, an X thread, a LinkedIn post, a Teams chat, a shortlisting matrix, an
 * interview guide, interview questions, a reference template, a relocation page, a job-carving role, a volunteer role and a
 * flattened person specification; a Schedule 9 requirement with a fair route, a licence with its reason, coined trial names
 * in capitals, guaranteed interviews and quoted wording to avoid as traps) and left for the study slice at the start of round 46, leaving 350 again;
 * round 46's rules left the 350 at 1718/1781 and 1668/1824. The 48 `fresh46-*` then joined after round 46's measurement (a
 * WhatsApp group, telephone screen notes, a panel briefing, a scoring sheet with numbered questions, a probation template,
 * a job evaluation reply, a stay interview script, an Instagram caption, a radio script, a partnership prospectus and a
 * competency framework; an occupational requirement considered and not applied, a weight limit explained by the aircraft's
 * maker, young plants, a mature stoma, a dominant symptom, a job evaluation factor and a statistical fit as traps) and left for the study slice at the start of round 47, leaving
 * 350 again; round 47's rules took the 350 to 1719/1781 and 1669/1824. The 48 `fresh47-*` then joined after round 47's
 * measurement (a Teams thread, an offer letter, a reference request, a shortlisting rationale, a panel chat, a return-to-work
 * note, a podcast transcript, a bank staff text, PCN minutes, an agency reply, a rota message, a fair debrief, an exit
 * interview summary, a Slack thread, a TikTok script and an international recruitment FAQ; surnames such as Young, Strong
 * and Gentle, young mothers, native valve disease, mature cataracts, strong sources, fit testing, lived experience as a
 * genuine requirement and "native English" quoted as wording to avoid as traps) and left for the study slice at the start of
 * round 48, leaving 350 again; round 48's rules left the 350 at 1719/1781 and 1669/1824. The 48 `fresh48-*` then joined after
 * round 48's measurement (a voicemail transcript, an internal transfer reply, a comment thread on a draft job description, a
 * flexible working reply, an acting-up e-mail, partners' meeting notes, a buddy scheme e-mail, a WhatsApp voice note, a staff
 * newsletter, a probation note, a LinkedIn post, a Facebook post and an easy-read advert; a fitness test and a C1 licence with
 * their reasons, a lead apron's weight explained, older convictions, the former name of a service and wording quoted to be
 * spelt out as traps) and left for the study slice at the start of round 49, leaving 350 again; round 49's rules took the 350
 * to 1720/1782 and 1670/1824. The 48 `fresh49-*` then joined after round 49's measurement (a banding panel note, an agency
 * brief, a headhunter's InMail, a secondment reply, a bank reactivation e-mail, a student placement welcome, a health
 * questionnaire cover e-mail, a retire-and-return reply, a webinar Q&A, shortlisting comments, an onboarding checklist, a
 * recruitment drive plan, a handover note, a locum booking message, a video script and an Instagram carousel; young
 * tissue, young myopes, active exercise testing, FFP3 fit testing, a Schedule 9 route and lawful positive action as
 * traps) and left for the study slice at the start of round 50, leaving 350 again; round 50's rules left the 350 at
 * 1720/1782 and 1670/1824. The 48 `fresh50-*` then joined after round 50's measurement (a job-share reply, a panel chair's
 * pre-brief, a Teams channel post, a band 7 expression of interest, a feedback call script, an offer withdrawn, a visa
 * sponsorship reply, a relocation e-mail, a careers chat transcript, a talent pool newsletter, a refer-a-friend e-mail, a
 * workforce plan extract, a rota message, a buddy e-mail, a staff survey action note, an HR reply to a complaint, a bank
 * text and a panel's WhatsApp; native valve disease, young plants, mature cataracts, native HLA types, fit testing, a
 * reasoned licence and lifting limit, lived experience as a genuine requirement and wording quoted to avoid as traps) and
 * left for the study slice at the start of round 51, leaving 350 again: the floors are set where the 350 stand.
 */
describe('the held-out slice of the advert and email corpus (totals only)', () => {
  const f = figures(evaluateSlice('held-out'));

  it('keeps its precision, recall and document figures', () => {
    expect(ratio(f.precision)).toBeGreaterThanOrEqual(0.9652);
    expect(ratio(f.recall)).toBeGreaterThanOrEqual(0.9155);
    expect(ratio(f.documentPrecision)).toBeGreaterThanOrEqual(0.9805);
    expect(ratio(f.documentRecall)).toBeGreaterThanOrEqual(0.9915);
    expect(f.trapsFlagged.right).toBeLessThanOrEqual(22);
  });
});

/**
 * The study slice: idiomatic text by writers who never saw the rules (round 9's two, and rounds 10 to
 * 50's `fresh10-*` to `fresh50-*`, moved here from the held-out slice once measured, and rounds 16
 * and 17's `para16a-*` to `para17b-*`, short documents dense in one family of problems each, written
 * as development material), which rules are
 * fitted to but which is not held to the issue's floors. Its findings are pinned like the tuned
 * slice's, and its totals are held where they stand: they may rise, never fall.
 */
describe('the study slice of the advert and email corpus (tests/corpus/study)', () => {
  const results = evaluateSlice('study');
  const f = figures(results);

  it('keeps its precision, recall and traps', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(ratio(f.precision)).toBeGreaterThanOrEqual(0.9364);
    expect(ratio(f.recall)).toBeGreaterThanOrEqual(0.8728);
    expect(f.trapsFlagged.right).toBeLessThanOrEqual(174);
  });
  it('finds exactly the pinned findings', async () => {
    await expect(pins(results)).toMatchFileSnapshot('./findings.study.txt');
  });
});
