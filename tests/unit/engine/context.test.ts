import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Fresh cases in our own words, one per kind of context the engine judges: each general fix made
// while measuring on the corpus has cases here that the corpus does not contain.
const findings = (text: string) =>
  analyse(text, { context: text.endsWith('?') ? 'question' : 'advert', minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map(
    (f) => `${f.ruleId}:${f.text}`,
  );

describe('traits vs tasks', () => {
  it.each<[string, string[]]>([
    ["You will lead the pharmacy team and manage the rota.", []],
    ["We are after a born leader with real drive.", ["masculine-lead:born leader","masculine-driven:drive"]],
    ["The ideal candidate is competitive, assertive and self-reliant.", ["masculine-competitive:competitive","masculine-assertive:assertive","masculine-self-reliant:self-reliant"]],
    ["Analyse prescribing data each month and report to the board.", []],
    ["Experience of leading audits is essential.", []],
    ["You will be expected to challenge poor practice.", []],
    ["We want a fearless and headstrong ward manager.", ["masculine-fearless:fearless","masculine-headstrong:headstrong"]],
    ["We need someone driven who loves a challenge.", ["masculine-driven:driven", "masculine-challenge:loves a challenge"]],
    // A trait after a comma, before the person it describes, is one of a list, not an instruction.
    ["We are recruiting a patient, fearless theatre practitioner.", ["masculine-fearless:fearless"]],
    ["You will audit prescribing, champion change and lead audits.", []],
    // Glasses and hearing aids are a route only when allowed: "without glasses" is the bar itself.
    ["Essential: sharp eyesight without glasses.", ["sensory-standard:sharp eyesight", "health-history-bar:without glasses"]],
    ["Essential: good eyesight, with glasses or contact lenses if you use them.", []],
    ["You will need clear hearing, with or without a hearing aid.", []],
    // A criterion listed under an Essential heading is essential without the word.
    ["Person specification\nEssential\n- EU national\n- Good IT skills\nDesirable\n- Experience in retail", ["nationality-required:EU national"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('who the words describe', () => {
  it.each<[string, string[]]>([
    ["We are the leading provider of community dental care in the county.", []],
    ["Patients value their independence, and our team helps them keep it.", []],
    ["Our town is vibrant and friendly, with good rail links.", []],
    ["We offer competitive pay and a generous pension.", []],
    ["The practice is part of an independent healthcare group.", []],
    ["You will help older people stay active at home.", []],
    ["Our young team is looking for an energetic administrator.", ["age-young:young","age-energetic:energetic"]],
    ["This role suits someone mature and reliable.", ["age-mature:mature"]],
    ["We run a youth clinic for young people aged 13 to 19.", []],
    ["Residents are encouraged to be physically active, and you must be physically fit to lift them.", ["physically-fit:physically fit"]],
    // A membership said of its subject: the practice's, or the person's.
    ["The surgery team explains that we are an active partner in the local research network.", []],
    ["You will be an active member of a busy outpatient team.", ["masculine-active:active"]],
    // A clause opened by a conjunction, whose subject is a thing ("as the rota is tough").
    ["Please ask about weekend cover, since the on-call timetable is tough in winter.", []],
    ["Please ask about weekend cover, since the new nurse must be tough.", ["masculine-tough:tough"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('names and titles', () => {
  it.each<[string, string[]]>([
    ["Please contact our Lead Pharmacist, Dr Amir Young, for a chat.", []],
    ["Report to the Clinical Lead for Respiratory Care.", []],
    ["The Women and Children Directorate includes the Young Persons Unit.", []],
    ["Ward Sister Patel will show you round.", []],
    ["We are recruiting a Ward Sister for our surgical unit.", ["sister-title:Ward Sister"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('staff called girls', () => {
  it.each<[string, string[]]>([
    ["You will join the girls in the dispensary.", ["office-girls:girls in the dispensary"]],
    ["Our ladies on reception are brilliant.", ["reception-girls:ladies on reception"]],
    ["We give the HPV vaccine to boys and girls in Year 8.", ["unexpanded-acronym:HPV"]],
    ["The lads in the print room will show you the ropes.", ["staff-called-girls:lads"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('origin questions (question context)', () => {
  it.each<[string, string[]]>([
    ["Where were you brought up?", ["question-nationality:Where were you brought up"]],
    ["Where is your family from originally?", ["question-nationality:Where is your family from"]],
    ["Where would you be travelling from for interviews?", []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('qualifications, photos, driving, one-sex', () => {
  it.each<[string, string[]]>([
    ["Applicants must hold a degree from a UK university.", ["uk-only-qualification:from a UK university"]],
    ["A UK degree or an equivalent overseas qualification is essential.", []],
    ["Please send a photo of yourself with your CV.", ["photo-request:send a photo"]],
    ["A full driving licence is essential.", ["driving-licence:full driving licence"]],
    ["A full driving licence is essential as you will visit patients across a rural patch.", []],
    ["Desirable: a full driving licence.", []],
    ["We are looking for a male support worker for our men-only ward.", ["one-sex-advert:male support worker"]],
    ["We are looking for a male support worker: being male is an occupational requirement under Schedule 9 of the Equality Act 2010.", []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('years and statutory periods', () => {
  it.each<[string, string[]]>([
    ["You must have lived in the UK for the past 5 years for the security check.", []],
    ["References covering the last 3 years of employment are required.", []],
    ["Three years of post-registration experience is essential.", ["age-years-experience:Three years"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('acronyms', () => {
  it.each<[string, string[]]>([
    ["You will join our CMHT and attend MDT meetings.", ["unexpanded-acronym:CMHT","unexpanded-acronym:MDT"]],
    ["You will join our Community Mental Health Team (CMHT).", []],
    ["Applicants need a PGCE or equivalent.", ["unexpanded-acronym:PGCE"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('tone', () => {
  it.each<[string, string[]]>([
    ["You will need broad shoulders and a thick skin on the phones.", ["thick-skin:broad shoulders", "thick-skin:a thick skin"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('quotations', () => {
  it.each<[string, string[]]>([
    ["One patient wrote \"the nurses here are so young and energetic\".", []],
    ["He said \"we want energetic people. Apply today.", ["age-energetic:energetic"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('more wordings of the same families', () => {
  it.each<[string, string[]]>([
    ["Are you an ambitious physiotherapist looking for your next step?", []],
    ["Our ambitious plans for the new health centre are on our website.", []],
    ["The trust has an ambitious five-year strategy.", []],
    ["We need a confident communicator who is comfortable with IT.", ["masculine-confident:confident"]],
    ["Staff feel confident raising concerns here.", []],
    ["You will be an independent thinker who can work without supervision.", ["masculine-independent:independent thinker"]],
    ["We are an independent optometry practice in Leeds.", []],
    ["The post holder must be assertive with consultants.", ["masculine-assertive:assertive"]],
    ["Our dietitians support patients to be more assertive about their needs.", []],
    ["Our staff are young at heart and love a challenge.", ["age-idioms:young at heart", "masculine-challenge:love a challenge"]],
    ["The Young Adults Service needs a nurse.", []],
    ["We welcome mature students onto our apprenticeship.", []],
    ["Applicants should be digital natives.", ["age-digital-native:digital natives"]],
    ["This role would suit a recent nursing graduate.", ["age-graduate:recent nursing graduate"]],
    ["A minimum of two years in a similar role is required.", ["age-years-experience:A minimum of two years"]],
    ["The fixed-term contract runs for two years.", []],
    ["We have been caring for patients for over 100 years.", []],
    ["You will need to be physically fit as the job involves lifting patients.", ["physically-fit:physically fit"]],
    ["We help patients become physically fit after surgery.", []],
    ["Candidates must be able-bodied.", ["able-bodied:able-bodied"]],
    ["Native Urdu speakers are encouraged to apply.", ["native-english:Native Urdu speakers"]],
    ["Fluent Punjabi is desirable as many patients speak it.", []],
    ["Please state your date of birth on the form.", ["date-of-birth:date of birth"]],
    ["Check the patient’s date of birth before giving the vaccine.", []],
    ["No gaps in employment history.", ["employment-gaps:No gaps in employment history"]],
    ["Must hold a clean UK driving licence.", ["driving-licence:clean UK driving licence"]],
    ["The chairman of the PPG chairs the meeting.", ["chairman:chairman","unexpanded-acronym:PPG"]],
    ["Each applicant must send his CV to the manager.", ["generic-pronoun:his"]],
    ["The successful applicant will organise her own diary.", ["generic-pronoun:her"]],
    ["Our receptionist Sarah says she loves the team.", []],
    ["We work hard and play hard.", ["work-hard-play-hard:work hard and play hard"]],
    ["We want a rockstar receptionist.", ["rockstar:rockstar"]],
    ["You will be a good cultural fit for our team.", ["culture-fit:good cultural fit"]],
    ["Appointments can be fitted in around school runs.", []],
    ["We offer flexible working and part-time hours.", []],
    ["Our vibrant, multicultural team serves a diverse community.", ["age-vibrant:vibrant"]],
    ["Leeds is a vibrant, multicultural city.", []],
    ["The job suits a hungry, ambitious salesperson.", ["age-hungry:hungry","masculine-ambitious:ambitious"]],
    ["Patients who are hungry can ask for a snack.", []],
    ["We want people who are determined to succeed.", ["masculine-determined:determined"]],
    ["Pay is determined by experience.", []],
    ["Please include a headshot with your application.", ["photo-request:headshot"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('negation: a requirement taken back passes, a group turned away does not', () => {
  it.each<[string, string[]]>([
    ["You won't need to be physically fit for this desk-based role.", []],
    ["A full driving licence is not required.", []],
    ["We are not looking for anyone aggressive.", []],
    ["No recent graduates, please.", ["age-graduate:recent graduates"]],
    ["She is not a native English speaker, so I would not shortlist her.", ["native-english-speaker:native English speaker"]],
    ["We would want someone in good health as we cannot cover another absence.", ["health-requirement:in good health"]],
    ["Not only energetic but also kind.", ["age-energetic:energetic"]],
    // After "and" a negation belongs to the next verb, not to the match before it.
    ["The ideal candidate will rule the roost and doesn't flinch.", ["masculine-lead:rule the roost", "masculine-unflinching:doesn't flinch"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('wordings added from the guidance', () => {
  it.each<[string, string[]]>([
    ["We are looking for the right man for the job.", ["right-man:right man for the job"]],
    ["The chaps in the workshop will train you.", ["staff-called-girls:chaps"]],
    ["We need a good fit for our team.", ["culture-fit:good fit for our team"]],
    ["We want new blood in the department.", ["age-fresh:new blood"]],
    ["Decades of experience in a similar role is essential.", ["age-years-experience:Decades of experience"]],
    ["You must be fully mobile.", ["physically-fit:fully mobile"]],
    ["You must have indefinite leave to remain.", ["no-sponsorship:must have indefinite leave to remain"]],
    ["PLEASE NOTE: the ICB funds this post.", ["unexpanded-acronym:ICB"]],
    ["IMPORTANT: apply by Friday.", []],
    ["Contact the CAMHS team.", ["unexpanded-acronym:CAMHS"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('staff called by words for their sex, not patient groups', () => {
  it.each<[string, string[]]>([
    ["Our reception team are all girls, so ask for help.", ["staff-called-girls:girls"]],
    ["Our dispensary team (three girls and a lad) are friendly.", ["staff-called-girls:girls", "staff-called-girls:lad"]],
    ["A strong lad for the Saturday shift would help.", ["staff-called-girls:lad"]],
    ["Can we find a young lad to do the post round?", ["age-young-hire:young lad", "staff-called-girls:lad"]],
    ["The young lads group meets weekly.", []],
    ["Patients (mostly girls) are referred by their school nurse.", []],
    ["We need two handymen for the estates team.", ["handyman:handymen"]],
    ["A handyman service for older residents is run by the council.", []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('masculine-coded free phrasing about the person, not skills or tasks', () => {
  it.each<[string, string[]]>([
    ["We need someone who is not afraid to challenge the status quo.", ["masculine-challenge:challenge the status quo"]],
    ["You will drive the service forward.", ["masculine-drive-change:drive the service forward"]],
    ["A strong personality is a must.", ["masculine-strong-character:strong personality"]],
    ["Strong communication skills are essential.", []],
    ["You will help drive down waiting times.", []],
    ["Encourage staff to stay active through the walking group.", []],
    ["Confident using a computer.", []],
    ["Able to work independently and as part of a team.", []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('generic pronouns by who they point at', () => {
  it.each<[string, string[]]>([
    ["The post holder will be based at our main site. Parking is free. There is a canteen. He'll also cover the branch on Fridays.", ["generic-pronoun:He'll"]],
    ["The nurse will run clinics. She's also the infection control link.", ["generic-pronoun:She's"]],
    ["Support each patient with the care plan, for example prompting a patient to take his tablets.", []],
    ["We need a reference for Tomasz Nowak. You are named as his manager. The form asks about his role. It covers the last two years of his employment.", []],
    ["The receptionists at Kingfisher Lane are friendly. The new receptionist will shadow them until she is settled.", ["generic-pronoun:she"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('nationality, residence and training demands beyond the right to work', () => {
  it.each<[string, string[]]>([
    ["Applicants must be UK nationals.", ["nationality-required:UK nationals"]],
    ["EEA citizens preferred for this post.", ["nationality-required:EEA citizens"]],
    ["If you are not a British or Irish citizen, you will need a visa.", []],
    ["A UK pharmacy degree is essential.", ["uk-only-qualification:UK pharmacy degree"]],
    ["A pharmacy degree (UK or overseas equivalent) is essential.", []],
    ["Must have completed dental training in England.", ["uk-only-qualification:completed dental training in England"]],
    ["Spoken English at a native level is essential.", ["native-level-language:native"]],
    ["Sorry, we cannot accept international applicants.", ["overseas-applicants-refused:international applicants"]],
    ["International applicants are welcome and we offer sponsorship.", []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('years of experience in other wordings', () => {
  it.each<[string, string[]]>([
    ["You will have worked in a community pharmacy for at least two years.", ["age-years-experience:at least two years"]],
    ["A few years' experience on a busy ward is needed.", ["age-years-experience:few years' experience"]],
    ["The practice has worked with the local council for 20 years.", []],
    ["Our two nurses have over 60 years' service between them.", []],
    ["Applicants should be aged 30 or under.", ["age-limit:aged 30 or under"]],
    ["Applicants must be born after 1995.", ["age-limit:born after 1995"]],
    ["Applicants must be aged 18 or over for this role.", []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('tone, photos and gendered words added in round 3', () => {
  it.each<[string, string[]]>([
    ["You will need nerves of steel on a Monday morning.", ["thick-skin:nerves of steel"]],
    ["We want a real go-getter for the dispensary.", ["rockstar:go-getter"]],
    ["You should gel well with our small team.", ["culture-fit:gel well with"]],
    ["We want someone who will mesh with the nursing team.", ["culture-fit:mesh with"]],
    ["The right personality matters more to us than experience.", ["culture-fit:right personality"]],
    ["We will find a good fit for your caring commitments.", []],
    ["We can slot in extra sessions in the winter.", []],
    ["CVs sent without a photograph will not be considered.", ["photo-request:without a photograph"]],
    ["You do not need to send a photograph.", []],
    ["Our dispensary lady will show you the ropes.", ["staff-called-girls:lady"]],
    ["Ask the night sister for the keys.", ["sister-generic:night sister"]],
    ["The hours would suit a working mum.", ["working-mums:suit a working mum"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('round 8: the person wanted restated, the employer helped, one person named politely, man as a verb, someone who would apply', () => {
  it.each<[string, string[]]>([
    ["We want a practice manager with real presence: someone who commands respect from the partners.",["masculine-lead:commands respect"]],
    ["The nurses support someone who commands respect in the community.",[]],
    ["Help us dominate the market for private ear care.",["masculine-dominant:dominate"]],
    ["Help them dominate their fears with graded exposure.",[]],
    ["The lady from the pathology lab will collect the samples at noon.",[]],
    ["The lady on reception will book you in.",["staff-called-girls:lady"]],
    ["Another man would settle in better with the porters.",["sex-preferred:man"]],
    ["Another man would be admitted to the ward tonight.",[]],
    ["Who can man the switchboard over lunch?",["man-the-desk:man"]],
    ["We need a man for the night shift.",["one-sex-advert:need a man"]],
    ["The crew would rather have another bloke on nights.",["sex-preferred:bloke"]],
    ["Any lad who applies will need a forklift licence.",["staff-called-girls:lad"]],
    ["A lady who attends the clinic asked about parking.",[]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

// Idioms added to existing rules with their slots (wordlists: accent, name-judged, thick-skin,
// unbounded-availability, aggressive-idioms): a fresh wording of each and a trap for its other sense.
describe('idioms with their variable parts', () => {
  it.each<[string, string[]]>([
    ["Number 3 has a lovely Welsh lilt, but the patients won't follow it.", ["accent:lilt"]],
    ["Candidate B is good, though the surname's a mouthful for reception.", ["name-judged:surname's a mouthful"]],
    ["The partners couldn't get their tongue round the applicant's name.", ["name-judged:couldn't get their tongue round"]],
    ["I can't get my tongue round the new drug names.", []],
    ["If you cannot take a joke, you won't last here.", ["thick-skin:cannot take a joke"]],
    ["You must be free of other commitments and stay late as often as needed.", ["unbounded-availability:free of other commitments", "unbounded-availability:stay late", "unbounded-availability:as often as needed"]],
    ["She went for the jugular with the suppliers.", ["masculine-aggressive-idiom:went for the jugular"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

// Concept fields widened from the fresh engine-18 documents: each with a fresh wording and a trap.
describe('combat, long-hours, speech and body idioms', () => {
  it.each<[string, string[]]>([
    ["Our advisers step into the ring with the commissioners and go the distance.", ["masculine-combat-idiom:step into the ring", "masculine-combat-idiom:go the distance"]],
    ["Report unexplained bruising to the safeguarding lead.", []],
    ["It is a bruising culture, so we want a heavyweight.", ["masculine-combat-idiom:bruising culture", "masculine-combat-idiom:heavyweight"]],
    ["Tap out the door code and come in.", []],
    ["Patients with muscle weakness are seen in the gym.", []],
    ["Our pharmacists rarely take a proper break and live on caffeine.", ["long-hours-boast:rarely take a proper break", "long-hours-boast:live on caffeine"]],
    ["Ask the patient whether they live on coffee and crisps.", []],
    ["I'd rather have someone who sounds like a local.", ["accent:sounds like a local"]],
    ["The second applicant seemed too frail for the stairs.", ["body-judged:seemed too frail"]],
    ["We visit frail older patients at home.", []],
    ["You must pick up shifts whenever we ring.", ["unbounded-availability:whenever we ring"]],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
