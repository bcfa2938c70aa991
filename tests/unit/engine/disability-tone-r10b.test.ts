import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 10 (second wave, disability and tone): fresh wordings of each family added, with their
// offsets, and a trap beside each. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a sense or a steady hand asked for with no reason, and the mind judged', () => {
  it.each<[string, TextKind, string[]]>([
    ["You will need steady hands for the blister packs.", 'advert', ["physical-demands@14:steady hands"]],
    ["You must be able to hear the buzzers from the office.", 'advert', ["physical-demands@17:to hear the buzzers"]],
    ["You will need to hear call bells; we fit pagers that vibrate and make other reasonable adjustments.", 'advert', []],
    ["Patients must be able to hear the alarms before they go home.", 'advert', []],
    ["The surgery is in steady hands under its new partners.", 'advert', []],
    ["Honestly, Monday on the front desk was mental.", 'email', ["ableist-slang@35:was mental"]],
    ["Her post is mental health first aid training for the team.", 'email', []],
    ["The job is mental and physical in equal parts.", 'advert', []],
    ["We need someone who will not crack under the strain of a full list.", 'email', ["mind-judged@20:will not crack"]],
    ["I'd rather not have anyone flaky upstairs.", 'email', ["mind-judged@27:flaky upstairs"]],
    ["He has his own demons, so I would pass.", 'email', ["mind-judged@7:his own demons"]],
    ["Patients with their own issues at home are referred to the social prescriber.", 'email', []],
    ["Let's crack on with the interviews.", 'email', []],
    ["For the reference, could you say how many days Sam was unwell in 2025?", 'email', ["absence-asked@33:how many days"]],
    ["Please tell us how many days a week you would like to work.", 'email', []],
    ["The sickness policy explains how many days you can self-certify when you are off sick.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('pressure, put-downs and a culture for men sold as the job', () => {
  it.each<[string, TextKind, string[]]>([
    ["We want a locum who thrives on a full caseload.", 'advert', ["pressure-thrive@20:thrives on a full caseload"]],
    ["The receptionist will thrive on a busy diary because we support them with a buddy.", 'advert', []],
    ["On this ward only the toughest survive.", 'advert', ["pressure-thrive@13:only the toughest survive"]],
    ["It is survival of the fittest in our dispensary.", 'advert', ["pressure-thrive@6:survival of the fittest"]],
    ["Residents thrive on a full diary of activities.", 'advert', []],
    ["Front of house carries no passengers.", 'email', ["put-downs@23:no passengers"]],
    ["Sorry, tea breaks are for wimps.", 'email', ["put-downs@26:wimps"]],
    ["We need a pharmacist who does not need any hand-holding.", 'email', ["put-downs@25:does not need any hand-holding"]],
    ["The pool car can carry no passengers without insurance.", 'advert', []],
    ["Our estates office is a bit of a boys' club.", 'advert', ["lad-culture@33:boys' club"]],
    ["It's a laddish culture in the workshop, so thick skin helps.", 'email', ["lad-culture@7:laddish culture", "thick-skin@43:thick skin"]],
    ["The lads' football team plays on Sundays.", 'email', []],
    ["New starters get a proper roasting in week one.", 'email', ["banter@13:get a proper roasting"]],
    ["The usual initiation is a round of teas for everyone.", 'email', ["banter@0:The usual initiation"]],
    ["Initiation of insulin follows the diabetes pathway.", 'advert', []],
    ["Roasting tins are in the staff kitchen.", 'email', []],
    ["You just grit your teeth and get through the clinic.", 'email', ["thick-skin@9:grit your teeth", "masculine-relentless@9:grit"]],
    ["Grin and bear it, like the rest of us.", 'email', ["thick-skin@0:Grin and bear it"]],
    ["We don't do sick days in this practice.", 'email', ["long-hours-boast@0:We don't do sick days"]],
    ["Nobody takes a sickie here.", 'email', ["long-hours-boast@0:Nobody takes a sickie"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('ableist slang and a drinking culture in new words', () => {
  it.each<[string, TextKind, string[]]>([
    ["The locum last week was totally doolally.", 'email', ["ableist-slang@32:doolally"]],
    ["Our old practice manager was mad as a hatter.", 'email', ["ableist-slang@29:mad as a hatter"]],
    ["The agency sent someone not the brightest bulb, to be honest.", 'email', ["ableist-slang@24:not the brightest bulb"]],
    ["The rota drives me round the twist.", 'email', ["ableist-slang@19:round the twist"]],
    ["Everyone here can drink anyone under the table.", 'email', ["drinking-culture@18:drink anyone under the table"]],
    ["You'll need to hold your booze at the summer party.", 'email', ["drinking-culture@15:hold your booze"]],
    ["New starters are expected down the pub after the Friday clinic.", 'email', ["drinking-culture@17:expected down the pub"]],
    ["The team goes down the pub after every shift, so join us.", 'email', ["drinking-culture@14:down the pub after every shift"]],
    ["It is a work hard, drink hard kind of pharmacy.", 'advert', ["drinking-culture@8:work hard, drink hard"]],
    ["Patients who can hold their drink may still drink at harmful levels.", 'advert', []],
    ["We will ask whether boozing affects patients at the alcohol service.", 'advert', []],
    ["A bulb in the brightest lamp has gone; the estates team will change it.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('banter before "on": only stick-on things are another sense', () => {
  it.each<[string, TextKind, string[]]>([
    ["Expect plenty of banter on night shifts.", 'advert', ["banter@17:banter"]],
    ["The stores team give each other some stick on the radio.", 'email', ["banter@32:some stick"]],
    ["Order some stick-on labels for the sample bags.", 'email', []],
    ["Put some stick-on dressings in the grab bag.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a condition held against a candidate named as the locum, the chap or the bloke', () => {
  it.each<[string, TextKind, string[]]>([
    ["The locum on Monday has epilepsy, so can we avoid booking them again?", 'email', ["condition-doubted@24:epilepsy, so can we avoid"]],
    ["That bloke from the agency had a tremor; not sure about him.", 'email', ["condition-doubted@33:tremor; not sure"]],
    ["The applicants with dyslexia will get extra time, which we have agreed.", 'email', []],
    ["The locum has diabetes and we are happy to plan the breaks round it.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
