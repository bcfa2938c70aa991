import { GAP, SHAPE, type Token } from './tokenize';

// Small closed word classes that the context model reads: who a clause is about, what a name or a
// title ends with, which words carry a sentence's grammar. Per-rule senses are data in wordlists/.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** What a stretch of text is about, for rules that only apply to the candidate, the role or the team. */
export type Target = 'person' | 'patient' | 'organisation' | 'service' | 'place' | 'pay' | 'thing';

/**
 * Jobs by name that neither the general words for staff nor TITLE_HEADS cover, singular and plural: a
 * head noun for a person, and a post-holder a pronoun may stand for ("we want a prosthetist to manage his
 * own caseload").
 */
export const JOB_NOUNS = set(`
    scientist scientists physicist physicists technologist technologists engineer engineers psychologist psychologists
    psychotherapist psychotherapists psychiatrist psychiatrists physician physicians anaesthetist anaesthetists
    radiographer radiographers sonographer sonographers dietitian dietitians dietician dieticians podiatrist podiatrists
    audiologist audiologists orthoptist orthoptists orthotist orthotists prosthetist prosthetists phlebotomist
    phlebotomists perfusionist perfusionists pathologist pathologists radiologist radiologists geneticist geneticists
    embryologist embryologists counsellor counsellors chaplain chaplains educator educators lecturer lecturers tutor
    tutors apprentice apprentices accountant accountants auditor auditors developer developers programmer programmers
    adviser advisers advisor advisors director directors matron matrons chef chefs porter porters electrician
    electricians plumber plumbers carpenter carpenters joiner joiners gardener gardeners mechanic mechanics caretaker
    caretakers housekeeper housekeepers clerk clerks
    hca hcas hcsw hcsws rgn rgns rmn rmns rnld rnlds anp anps acp acps cpn cpns odp odps`);

/** Head nouns (singular and plural, lower case) by what they name. */
const NOUNS: Record<Target, Set<string>> = {
  person: set(`
    candidate candidates applicant applicants holder holders postholder postholders jobholder jobholders individual
    person someone somebody anyone anybody team teams colleague colleagues staff workforce member members
    professional professionals practitioner practitioners clinician clinicians nurse nurses doctor doctors
    receptionist receptionists manager managers leader leaders pharmacist pharmacists technician technicians
    assistant assistants administrator administrators coordinator coordinators co-ordinator co-ordinators worker
    workers therapist therapists dentist dentists hygienist hygienists optometrist optometrists optician opticians
    paramedic paramedics physiotherapist physiotherapists midwife midwives associate associates trainee trainees
    registrar registrars consultant consultants surgeon surgeons gp gps dispenser dispensers navigator navigators
    secretary secretaries supervisor supervisors partner partners role roles post posts position positions job
    jobs career workplace attitude personality character graduate graduates starter
    starters recruit recruits mindset manner self-starter people player players hire hires employee employees
    specialist specialists officer officers analyst analysts approach approaches partnership partnerships locum locums
    visitor volunteer volunteers ordinator ordinators handler handlers rockstar rockstars ninja ninjas guru gurus superstar superstars
    crowd crowds bunch gang squad outfit ${[...JOB_NOUNS].join(' ')}`), // "health visitor" is the post (its "health" no patient); "co-ordinator" reaches the head-noun reading as "co", "ordinator"
  patient: set(`
    patient patients user users client clients resident residents population populations child children adult
    adults families family carer carers parent parents mother mothers father fathers baby babies infant infants
    pupil pupils student students learner learners community communities public customer customers clientele visitors relative relatives
    donor donors participant participants caller callers
    women men girls boys adolescents teenagers teens youth elderly lives life individuals citizens survivors
    offenders veterans refugees behaviour behaviours condition conditions needs goals recovery wellbeing health
    outcomes lifestyle lifestyles`),
  organisation: set(`
    trust trusts practice practices surgery surgeries organisation organisations organization organizations provider
    providers hospital hospitals group groups company companies employer employers network networks pharmacy pharmacies centre centres center charity charities board boards system systems sector
    institution institutions foundation university universities federation federations business businesses firm
    agency enterprise enterprises alliance alliances subsidiary subsidiaries collaborative we us icb pcn nhs`),
  service: set(`
    service services clinic clinics unit units ward wards department departments pathway pathways programme
    programmes program treatment treatments therapy therapies care intervention interventions project projects rehab rehabilitation class classes
    research model models initiative initiatives strategy strategies plan plans portfolio provision medicine
    medicines drug drugs disease diseases infection infections illness symptoms injury injuries fracture fractures
    epilepsy seizure seizures asthma diabetes relapse relapses
    wound wounds cancer cancers tumour tumours dementia assessment assessments process
    processes agenda vision transformation improvement improvements change changes growth
    development developments expansion speciality specialities specialty specialties subspecialty subspecialties`),
  place: set(`
    city cities town towns area areas county counties region regions location locations village villages
    countryside coast coastline neighbourhood neighbourhoods borough boroughs street streets seaside nightlife scene
    capital district districts suburb suburbs landscape landscapes park parks site sites building buildings premises
    campus countryside surroundings destination mix branch branches
    island islands isle isles beach beaches bay bays valley valleys hill hills moor moors moorland lake lakes loch lochs
    river rivers riverside forest forests woodland woodlands mountain mountains peninsula harbour harbours shore
    shores estuary scenery waterfront seafront garden gardens grounds`),
  pay: set(`
    salary salaries pay rate rates package packages benefit benefits pension pensions price prices terms
    remuneration policy policies scheme schemes allowance allowances bonus bonuses wage wages reward rewards
    discount discounts fee fees`),
  // Among them "active medical devices" and "active problems" on a patient's record ("problem solver" is left
  // a person's), "older paper records" (plural only: "a good attendance record" is the person's own) and
  // "challenging employee relations issues" (the issues, not the employee).
  thing: set(`
    banter chat humour buzz pace choir choirs transport connection connections link links road roads rail economy market markets sport sports shopping arts
    idea ideas food air fruit water results evidence data figures targets prices environment environments culture
    atmosphere setting settings field fields deadlines priorities demands pipeline pipelines method methods tool
    tools techniques software platform platforms activity activities caseload caseloads workload workloads rota rotas
    roster rosters timetable timetables schedule schedules option options choice choices alternative alternatives meal meals
    dish dishes item items product products equipment supplies resource resources material materials linen gown gowns sheet sheets towel towels bedding
    uniform uniforms scrubs dressing dressings survey surveys audit audits inquiry inquiries evaluation evaluations
    device devices problems records notes letters documents files paperwork correspondence envelopes forms report reports
    appliance appliances brace braces retainer retainers aligner aligners implant implants denture dentures
    machine machines analyser analysers analyzer analyzers scanner scanners computer computers laptop laptops printer printers
    context contexts situation situations circumstances design designs layout layouts website websites webpage webpages
    graphics interface interfaces artwork scoring marking shortlisting moderation
    guidance advice feedback recommendation recommendations burden burdens cost costs expense expenses
    period periods era eras
    relations issue issues calls incident incidents referral referrals enquiry enquiries query queries request requests
    stores kit van vans vehicle vehicles minibus minibuses fleet accounts finances budget budgets roof lawn lawns`),
};

/** Each head noun's class, the first list that names it winning (looked up for every word read around a match). */
const NOUN_CLASS = new Map<string, Target>();
for (const target of Object.keys(NOUNS) as Target[]) for (const word of NOUNS[target]) if (!NOUN_CLASS.has(word)) NOUN_CLASS.set(word, target);

/**
 * A condition named by its medical ending ("hypertension", "bronchiolitis", "psychosis", "psoriasis", "anaemia",
 * "neuropathy"): the head of "persistent pulmonary hypertension" is an illness, as "infection" is.
 */
const CONDITION_ENDING = /(?:[a-z]{3}itis|[a-z]{3}osis|[a-z]{2}iasis|[a-z]aemia|[a-z]opathy|[a-z]{2}algia|[a-z]plegia|hypertension|hypotension)$/;

/** The class of a head noun, or undefined for any other word. */
export function nounClass(word: string): Target | undefined {
  return NOUN_CLASS.get(word) ?? (word.length >= 6 && CONDITION_ENDING.test(word) ? 'service' : undefined);
}

/** Words of wanting or recruiting someone for a post: "we are recruiting a", "we would prefer a", "seeking a". */
export const RECRUITING = set('like prefer ideally looking seeking recruiting recruit advertise advertising require requires required need needs want wants hiring hire appoint appointing employ employing');

/** Words that open a clause as conjunctions, though some are prepositions elsewhere ("as", "since", "before"). */
export const SUBORDINATORS = new Set(['as', 'since', 'because', 'while', 'whilst', 'when', 'if', 'although', 'though', 'before', 'after', 'until', 'unless']);
/** Words that never start or continue a noun phrase's modifiers: the grammar words of a clause. */
/** One person named by sex, and groups so named: words a verb of wanting can make the hire ("we want a strong lad", "young ladies wanted"). */
export const ONE_OF_SEX = set('girl lad lady woman man guy gentleman boy');
export const GROUPS_OF_SEX = set('men women lads girls ladies guys gentlemen');
/** Words for a post being filled: "the post", "this role", "a vacancy for". */
export const POSTS = set('post posts job jobs role roles position positions vacancy vacancies');
export const DETERMINERS = set('a an the this that these those our your their my his her its every each any some no');
export const PREPOSITIONS = set(`
  of to in on at for with from by across within into about through over under between among around after before
  during without via per towards toward alongside including like than as`);
export const AUXILIARIES = set(`
  is are was were be been being am will would can could shall should may might must do does did have has had
  need needs to you'll you're we're we'll it's they're they'll`);
// A map, not an object read with `in`: "constructor" or "toString" is no pronoun, and a word sliced
// from the text is found by its characters, not first looked up among V8's property names.
export const SUBJECT_PRONOUNS: ReadonlyMap<string, Target | 'unknown'> = new Map<string, Target | 'unknown'>([
  ['you', 'person'], ["you'll", 'person'], ["you're", 'person'], ["you've", 'person'], ["you'd", 'person'], ['yourself', 'person'],
  ['your', 'person'], ['we', 'organisation'], ["we're", 'organisation'], ["we'll", 'organisation'], ["we've", 'organisation'],
  ['us', 'organisation'], ['they', 'unknown'], ['them', 'unknown'], ['it', 'unknown'], ["it's", 'unknown'],
  // A candidate or a patient: the text around says which, so a clause about "she" is not about "us".
  ['he', 'unknown'], ['she', 'unknown'], ["he's", 'unknown'], ["she's", 'unknown'], ["he'd", 'unknown'], ["she'd", 'unknown'],
]);
/** Words after which a noun phrase is what the action is done for: "help patients", "support people to". */
export const HELP_VERBS = set(`
  help helps helped helping support supports supported supporting enable enables enabled enabling empower empowers
  empowered empowering encourage encourages encouraged encouraging assist assists assisted assisting motivate
  motivates motivating promote promotes promoting maintain maintains maintaining improve improves improving increase
  increases increasing regain regaining restore restoring maximise maximising maximize maximizing teach teaching
  coach coaching allow allows allowing let lets get getting keep keeping build building boost boosting develop
  developing rebuild rebuilding achieve achieving reach reaching fulfil fulfilling realise realising`);

/**
 * Words that judge what a person is like or how well they do: "women are hopeless with the rota", "men
 * get stroppy", "women make great nurses". Not words of fact or of being treated ("invited", "paid").
 */
export const EVALUATIVE = set(`
  good bad great better best worse worst excellent brilliant fantastic wonderful perfect ideal natural naturals poor terrible awful
  rubbish useless hopeless lousy emotional hormonal hysterical irrational illogical moody bossy bitchy catty stroppy mardy lazy
  messy clumsy sloppy weak weaker strong stronger tough tougher soft softer sensitive aggressive caring kinder gentle gentler
  delicate fragile dramatic difficult unreliable incapable stubborn petty vain fussy nosy chatty gossipy pushy jealous flustered
  competitive squeamish proud precious cut suited built wired programmed personally seriously badly offence forever ages longer
  pieces quiet mad crazy fuss drama scene excuses`);

/** Places of work people are said to be "on" or "in": "the girls on reception", "the lads in estates". */
export const WORKPLACES = set(`
  reception desk office admin administration dispensary pharmacy ward wards estates kitchen lab laboratory switchboard
  counter surgery practice team rota shift staffroom secretaries front maintenance workshop stores lodge
  portering catering housekeeping`);

/** Hospital departments, places of work where someone is, not comes from: "the lads in radiology", "girls on coding" (not "the lady from pathology"). */
export const DEPARTMENTS = set(`
  anaesthetics theatre theatres radiology imaging pathology physio physiotherapy records accounts finance payroll
  coding audiology endoscopy decontamination`);

/** Title Case words that end a job title: "Responsible Pharmacist", "Haematology Lead". */
export const TITLE_HEADS = set(`
  nurse nurses sister sisters matron pharmacist pharmacists clinician clinicians lead leads manager managers director
  directors officer officers coordinator coordinators co-ordinator co-ordinators administrator administrators
  assistant assistants secretary receptionist receptionists technician technicians practitioner practitioners
  therapist therapists worker workers consultant consultants registrar registrars doctor doctors gp gps partner
  partners associate associates supervisor supervisors navigator navigators advisor advisors adviser advisers
  specialist specialists dentist dentists hygienist hygienists optometrist optometrists optician opticians dispenser
  dispensers physiotherapist physiotherapists paramedic paramedics midwife midwives visitor visitors chair
  chairman head heads leader leaders champion champions guardian guardians executive executives controller analyst
  engineer porter porters cleaner cleaners housekeeper caretaker clerk clerks apprentice apprentices trainee
  trainees fellow fellows lecturer tutor scientist scientists psychologist psychologists psychiatrist
  psychiatrists surgeon surgeons physician physicians anaesthetist radiographer radiographers sonographer
  dietitian dietitians podiatrist podiatrists counsellor counsellors buyer accountant auditor steward
  educator educators facilitator facilitators mentor mentors deputy commissioner`);
/** Title Case words that end the name of an organisation, a service or a place of work. */
export const ORGANISATION_HEADS = set(`
  trust trusts foundation hospital hospitals group partnership practice surgery pharmacy pharmacies centre
  centres clinic clinics network council board university college school service services unit units department
  ward wards ltd limited plc llp federation alliance collaborative hub academy society association
  institute charity team teams programme directorate division campus house road street lane avenue way
  pcn pcns icb icbs ccg ccgs ics csu authority authorities commission agency executive ombudsman tribunal registry
  organisation organisations organization union`);
/** Title Case words that end the name of a law: "Mental Health Act 1983". */
export const STATUTE_HEADS = set('act acts regulations order directive code bill');
/** Words after "our" that make a role the post being filled, not a colleague in it: "our new nurse", "our ideal candidate". */
export const TO_COME = set('new next future ideal successful chosen preferred');
/** People the advert or e-mail is about hiring: "the successful candidate", "the ideal person", "you". */
export const HIRED = set('candidate applicant person postholder jobholder holder hire recruit you starter appointee');
/** Words before a personal name. */
export const PERSONAL_TITLES = set('mr mrs ms miss mx dr prof professor sir dame lady lord rev revd');
/** Lower-case words inside names: "Guy's and St Thomas'", "Department of Health and Social Care". */
export const NAME_CONNECTORS = set("and of for the in on at upon & de la le van von der y to");

/** Phrases that give an equivalent route to a qualification, experience or registration. */
export const FAIR_ROUTES: string[][] = [
  'equivalent', 'equivalents', 'equivalence', 'comparable', 'or similar', 'eligible to register',
  'eligibility to register', 'eligible for registration', 'eligibility for registration', 'overseas qualifications',
  'international qualifications', 'recognised overseas', 'or overseas', 'non uk', 'outside the uk', 'trained abroad',
  'any country',
  // UK ENIC (formerly NARIC) states how an overseas qualification compares: naming it gives the route.
  'naric', 'enic', 'comparability',
  // The GP Induction and Refresher Scheme is the route into UK general practice for GPs trained abroad.
  'induction and refresher',
  // The GMC's specialist and GP registers take doctors trained outside UK programmes by CESR and CEGPR
  // (now the portfolio pathway).
  'cesr', 'cegpr', 'portfolio pathway', 'eligibility for specialist registration', 'eligible for specialist registration',
].map((p) => p.split(' '));

/** Words that negate what their clause requires ("you do not need a driving licence"). */
/** Courtesy titles before a name, which NHS e-mails most often give the person cared for ("Mrs Khan would prefer a female GP"); not "Dr". */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** Titles of address before a person's name, courtesy titles among them ("Dr Okafor", "Sir Peter", "Councillor Hughes"). */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set([...COURTESY_TITLES, 'dr', 'professor', 'prof', 'sir', 'dame', 'councillor', 'cllr']);
const MONTH_NAMES = 'january february march april may june july august september october november december';
/** Days and months: capitalised words that are never a person's name. */
export const CALENDAR = set(`monday tuesday wednesday thursday friday saturday sunday ${MONTH_NAMES}`);
/** The months in full and as written short ("Sept", "Jan"). */
export const MONTHS = set(`${MONTH_NAMES} jan feb mar apr jun jul aug sep sept oct nov dec`);
/**
 * Nationalities and peoples of the world as adjectives, written with a capital ("Polish", "Nigerian"):
 * the words a note labels or judges someone's origin by (handlers/person-judged.ts,
 * handlers/origin-labelled.ts, each adding the few its reading needs).
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = set(`
  afghan african albanian arab asian bangladeshi brazilian bulgarian caribbean chinese czech
  egyptian eritrean estonian ethiopian european filipina filipino french german ghanaian greek
  hungarian indian iranian iraqi irish italian jamaican kenyan kurdish latvian lithuanian
  malaysian moroccan nepalese nepali nigerian pakistani polish portuguese romanian russian slovak
  somali spanish sudanese syrian turkish ugandan ukrainian vietnamese zambian zimbabwean`);

/** Another person's possessive: "her English", "his wife", "their start date". */
export const THIRD_PERSON_POSSESSIVES = set('her his their');

/** A person's family, each one person: "his wife", "Sue's son", "my nan". */
export const ONE_RELATIVE = set(`
  mum mother mam dad father parent grandson granddaughter grandmother grandfather gran nan grandma grandad husband wife
  partner son daughter brother sister nephew niece cousin uncle aunt boyfriend girlfriend fiance fiancee`);
/** A person's family, several at once: "her kids", "his parents". */
export const SEVERAL_RELATIVES = set('parents grandchildren grandkids children kids');

/** Idioms that name people by a part of them, as their two words: "new blood", "fresh faces", "young guns". */
export const PEOPLE_IDIOMS: ReadonlySet<string> = new Set([
  'new blood', 'fresh blood', 'young blood', 'younger blood', 'fresher blood', 'new faces', 'fresh face', 'fresh faces',
  'young face', 'young faces', 'younger faces', 'young gun', 'young guns', 'young legs', 'younger legs',
]);

/** A year as written in full ("2003"), which numbers no person and no item. */
export const YEAR = /^(?:19|20)\d\d$/;

/** Words naming a generation, which only people belong to: "Gen Z", "millennials", "baby boomers". */
export const GENERATION_WORDS = set('gen gen-z gen-x gen-y genz generation millennial millennials boomer boomers zoomer zoomers');

/** Words that open a case put rather than a statement made: "if there's no job share …", "unless a woman is needed". */
export const CONDITION_OPENERS = set('if unless whether');

/** The writer as a subject, who wishes or proposes: "we need", "I'd like to", "we're looking for". */
export const WRITER_SUBJECTS = set("i we i'd we'd i'm we're");

/** Verbs that open a note's sentence about its candidate, whose subject the note leaves out: "Has a stammer", "Observed the fast". */
export const ELIDED_SUBJECT_VERBS = set('has is uses wears mentioned disclosed observed observes keeps attends prays');
export const NEGATIONS = set("not no never don't doesn't isn't aren't won't needn't nor neither wouldn't cannot can't");

/**
 * Whether token k negates: a word of NEGATIONS that is not "No" numbering a candidate or an item
 * ("No 11 has a name I can't say", "No. 5 got married"), a capital "No" straight before a number,
 * nor "no" hyphened into an adjective ("a no-nonsense type", "a no-blame culture"; "no-one" negates).
 */
export function negates(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !NEGATIONS.has(t.norm)) return false;
  const next = tokens[k + 1];
  if (t.norm === 'no' && next && next.gap & GAP.HYPHEN && next.norm !== 'one') return false;
  return !(t.norm === 'no' && t.shape & SHAPE.CAP && next && next.sentence === t.sentence && next.shape & SHAPE.NUMBER);
}
