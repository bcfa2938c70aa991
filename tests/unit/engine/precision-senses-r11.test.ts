import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 11 (engine-24, precision): senses and fair routes that keep a word from being read as a
// demand on the person, and the category a reviewer reads each family under. Fresh wordings, none
// from the corpus, each positive beside a trap.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('driving a vehicle, a route to a licence, patients\' injuries, adjustments or correction offered, both ends of a career and a reason given', () => {
  it.each<[string, TextKind, string[]]>([
    ["Drive under blue lights to category 1 calls once trained.", "advert", []],
    ["Crews drive the ambulance under emergency conditions.", "advert", []],
    ["You will drive a pool car safely between the three clinics.", "advert", []],
    ["We want a nurse with real drive and a driven attitude.", "advert", ["masculine-driven@26:drive", "masculine-driven@38:driven"]],
    ["Must hold a full driving licence, or show willingness to obtain one within six months.", "advert", []],
    ["Must hold a full driving licence.", "advert", ["driving-licence@0:Must hold a full driving licence"]],
    ["Most of my Tuesday list is elderly wrist fractures.", "email", []],
    ["An elderly locum would struggle with our lists.", "email", ["age-older@3:elderly"]],
    ["You must be physically fit to move patients, and reasonable adjustments will be made.", "advert", []],
    ["You must be physically fit to move patients.", "advert", ["physically-fit@12:physically fit"]],
    ["You will need good eyesight for the slit lamp, with correction if needed.", "advert", []],
    ["You will need good eyesight for the slit lamp.", "advert", ["physical-demands@14:good eyesight"]],
    ["The role would suit a newly qualified GP or an experienced GP looking for a change.", "advert", []],
    ["The role would suit a newly qualified GP.", "advert", ["age-recently-qualified-preferred@22:newly qualified"]],
    ["Post-registration experience of at least two years in critical care, because you will run the unit at night.", "advert", []],
    ["At least two years in critical care, as we like a safe pair of hands.", "advert", ["age-years-experience@0:At least two years"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('aggression idioms are masculine-coded, ambition compounds are not an age proxy, looks asked for are a requirement', () => {
  it.each<[string, TextKind, string[]]>([
    ["The new manager is cut-throat with suppliers, which is what we want.", "email", ["masculine-aggressive-idiom@19:cut-throat"]],
    ["We want someone who will steamroller the other practices.", "email", ["masculine-aggressive-idiom@25:steamroller"]],
    ["It's sink or swim on the counter in December.", "email", ["aggressive-idioms@5:sink or swim"]],
    ["We are not a dog-eat-dog practice.", "advert", []],
    ["We want a target-hungry optometrist.", "advert", ["masculine-ambitious@10:target-hungry"]],
    ["Someone hungry for results would suit the role.", "advert", ["masculine-ambitious@8:hungry for results"]],
    ["We want someone hungry and ready to learn.", "advert", ["age-hungry@16:hungry"]],
    ["We want a glamorous receptionist with a pleasing appearance.", "advert", ["appearance-led@10:glamorous", "appearance@40:pleasing appearance"]],
    ["She has an attractive appearance and a lovely manner.", "email", ["appearance@11:attractive appearance"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('who a word is about in an e-mail: someone who has done the job or answered the offer, one the writer has met, a starter already appointed, staff whose view is reported', () => {
  it.each<[string, TextKind, string[]]>([
    ["The agency nurse was excellent, please ask for her again.", "email", []],
    ["Please ask the agency for a nurse who knows the ward; she will need to start at 7.", "email", ["generic-pronoun@54:she"]],
    ["Hi Sam, the new starter begins on Monday; could you arrange her ID badge and smartcard?", "email", []],
    ["The new receptionist will need to be flexible, as she will cover the late shifts.", "email", ["generic-pronoun@50:she"]],
    ["Our new call handler starts on Monday. She will need her headset ordered.", "email", []],
    ["The call handler will need a calm voice, as she will take 999 calls alone.", "email", ["generic-pronoun@44:she"]],
    ["The last agency nurse you sent could not use the system, so he went home early.", "email", []],
    ["Please send a nurse who can use the system, as he will be on his own.", "email", ["generic-pronoun@47:he", "generic-pronoun@61:his"]],
    ["We need a nurse who worked in a GP surgery before; she will run the clinics alone.", "email", ["generic-pronoun@51:she"]],
    ["The candidate we saw on Tuesday was excellent and she accepted the offer today.", "email", []],
    ["Our preferred candidate accepted the offer; she starts in April.", "email", []],
    ["The successful candidate has accepted; her references are back.", "email", []],
    ["The applicant who withdrew said she had found a post nearer home.", "email", []],
    ["Thanks for the referral of your colleague. She sounds ideal and I'll send her the job description.", "email", []],
    ["Whoever we appoint, she will need an induction.", "email", ["generic-pronoun@20:she"]],
    ["The younger ones think the title sounds old-fashioned.", "email", []],
    ["The younger ones tend to leave after a year.", "email", ["age-young@4:younger"]],
    ["The older ones said the new rota is fairer.", "email", []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a faith judged is an exclusionary requirement, and yields to a faith asked about', () => {
  const categories = (text: string) => analyse(text, { context: 'email' }).findings.map((f) => `${f.ruleId}:${f.category}@${f.start}:${f.text}`);
  it.each<[string, string[]]>([
    ['He goes to mosque on Fridays, so the late clinic might be tricky.', ['faith-judged:exclusionary-requirement@11:mosque']],
    ['Candidate 2 wears a turban, so he might not suit the theatre team.', ['faith-asked:exclusionary-requirement@12:wears a turban']],
  ])('%j', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('a demand lifted or refused: "you don\'t need to be young", "not looking for a rockstar", "whether you are ... or"', () => {
  it.each<[string, TextKind, string[]]>([
    ["You don't need to be young or super-fit to do this job well.", "advert", []],
    ["You need to be young to keep up.", "advert", ["age-young@15:young"]],
    ["We do not want anyone young on nights.", "email", ["age-young@22:young"]],
    ["We are not looking for a rockstar; we want a kind, careful nurse.", "advert", []],
    ["We want a rockstar receptionist.", "advert", ["rockstar@10:rockstar"]],
    ["We don't mind whether you are a recent graduate or have decades of experience.", "advert", []],
    ["You will have decades of experience in general practice.", "advert", ["age-years-experience@14:decades of experience"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
