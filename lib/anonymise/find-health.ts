import { alternation } from './alternation';
import concepts from './data/disclosure-concepts.json';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { isRoleBracket } from './role-bracket';
import { sentenceBounds } from './sentence-bounds';
import { spansBefore } from './spans-before';
import type { Span } from './span';
import { trailingLength } from './trim-chars';

/** Conditions a CV may disclose about the candidate or their family. */
const CONDITION =
  /\b(?:type\s+[12]\s+diabetes|diabetes|dyslexi[ac]|dyspraxi[ac]|ADHD|autism|autistic|epilepsy|epileptic|(?:[a-z]+\s+)?cancer|leukaemia|lymphoma|(?:relapsing-remitting\s+)?multiple\s+sclerosis|MS(?![ \t]+(?:Teams|Word|Excel|Office|Outlook|Access|Project|Forms|SQL|Dynamics))|Crohn['’]s(?:\s+[Dd]isease)?|colitis|fibromyalgia|[Ss]ickle\s+[Cc]ell(?:\s+(?:[Tt]rait|[Dd]isease|[Aa]na?emia))?|arthritis|lupus|depression|anxiety|PTSD|bipolar(?:\s+disorder)?|schizophrenia|a\s+stroke|stroke|heart\s+attack|a\s+stent|stent|hip\s+replacement|knee\s+replacement|high\s+blood\s+pressure|hypertension|(?:stable\s+|unstable\s+)?angina|(?:Parkinson['’]s|Alzheimer['’]s)(?:\s+[Dd]isease)?|dementia|[Ll]ong\s+(?:COVID|Covid)|(?:kidney|liver|heart|lung|corneal|bone\s+marrow|stem\s+cell)\s+transplant(?:\s+recipient)?|ME\/CFS|chronic\s+fatigue|HIV|hearing\s+loss|hard\s+of\s+hearing|(?:partially|profoundly|severely)\s+deaf|deaf|hearing\s+impair(?:ment|ed)|(?:severely\s+)?sight\s+impair(?:ment|ed)|blind(?<=registered\s+blind)|(?:recovering\s+)?(?:alcoholic|addict)(?![ \t]+(?:liver|hepatitis|patients?|clients?|services?))|alcoholism|visual\s+impairment|visually\s+impaired|hidden\s+disability(?:\s+\([^)\n]{1,40}\))?|a\s+disability|disabled|remission|chemotherapy|radiotherapy|infusions?|partially\s+sighted|blind\s+in\s+(?:one|my\s+(?:left|right))\s+eye|motor\s+neurone\s+disease|Down['’]s\s+syndrome|(?:a\s+)?(?:type\s+[12]\s+)?diabetic(?=[ \t]*(?:[.,;]|$|and\b|myself\b))|cerebral\s+palsy|endometriosis|(?:an?\s+)?eating\s+disorders?|anorexia|bulimia|[a-z]{3,}ectomy|amputation|[Cc]oeliac(?:\s+[Dd]isease)?|(?:strict\s+)?gluten-free\s+diet|miscarriages?|stillbirth|IVF|fertility\s+treatment|Ehlers-Danlos(?:\s+[Ss]yndrome)?|hypermobility(?:\s+syndrome)?|POTS|Tourette['’]s(?:\s+syndrome)?)\b/g;
/**
 * A condition the writer capitalises after "my": "my Autism diagnosis", "my Dyslexia", "My Epilepsy is controlled" (a capital
 * alone names a service: "Autism Team"). It ends the noun phrase, before a stop, a noun of its owner's or a verb: a capitalised
 * word after it, or after "and" or a comma, names a rotation, a clinic or a charity ("My Diabetes and Endocrine rotation").
 */
const MY_CAPITALISED =
  /(?<=\b[Mm]y[ \t])(?:Autism|Dyslexia|Dyspraxia|Epilepsy|Diabetes|Depression|Anxiety|Arthritis|Fibromyalgia|Endometriosis|Asthma)\b(?=[ \t]*(?:[.;:!?)]|\n|$)|,(?![ \t]*(?:and[ \t]+)?\p{Lu}\p{L})|[ \t]+(?:is|was|has|had|means|meant|survivor|sufferer|diagnosis|treatment|journey|scare)\b)/gu;
/** Kept apart from CONDITION, whose size puts it past the ReDoS checker's time. */
const MENOPAUSE = /\b(?:the[ \t]+)?(?:(?:peri|post)-?)?menopaus(?:e|al)\b/g;
/**
 * The same, for conditions told in more words: "on the autism spectrum", "vascular dementia", "a colostomy", "a cleft palate", "a nut allergy",
 * "my hearing difficulties", "a birth trauma", "my stoma", an operation the writer had ("had to have a hip operation"); "Access to Work", the scheme that funds a disabled worker's aids.
 * A stammer after the writer's "I" (group `said`: "I stammered as a child") is theirs.
 */
const CONDITION_MORE = /\b(?:(?:on[ \t]+the[ \t]+)?autis(?:m|tic)[ \t]+spectrum|(?<=\b(?:[Aa]|[Mm]y)[ \t](?:(?:mild|slight|severe|noticeable)[ \t])?)(?:stammer|stutter)(?![\w-])|(?<=\bI[ \t](?:(?:started|began|have|still)[ \t](?:to[ \t])?)?)(?<said>(?:stammer|stutter)(?:ed)?)(?![\w-])|(?:vascular|frontotemporal|early-onset|young-onset)[ \t]+dementia|colostomy|ileostomy|cleft[ \t]+(?:lip|palate)(?:[ \t]+and[ \t]+palate)?|ill[ \t-]+health|(?:nut|peanut|penicillin|latex|shellfish|food)[ \t]+allerg(?:y|ies)|obsessive[ \t-]+compulsive[ \t]+disorder|meningitis|sepsis|tuberculosis|(?:prolapsed|slipped|herniated)[ \t]+disc|hearing[ \t]+difficult(?:y|ies)|birth[ \t]+trauma|(?<=\b(?:have|had|having|needed|underwent|after|following|from)[ \t](?:a|an|my)[ \t](?:(?:major|minor|emergency|big)[ \t])?)(?:hip|knee|back|spinal|shoulder|heart|brain|bowel|ankle|wrist|neck)[ \t]+(?:operation|surgery)|stomas?|Access[ \t]+to[ \t]+Work(?:[ \t]+(?:grant|funding|support|assessment|scheme))?)\b/g;
/**
 * Leaving the forces on health grounds, in any case: "medically discharged from the RAF", "MEDICAL RETIREMENT from the Police" (a
 * patient's "medical discharge" from a ward stays). Group `exit`: opening its clause, the participle's subject is the writer's
 * ("Medically discharged from the Army in 2012, I retrained"), as a CV's line without "I" is.
 */
const MEDICAL_EXIT = /\b(?<exit>medically[ \t]+(?:discharged|retired|downgraded)|medical[ \t]+(?:discharge|retirement))(?=[ \t]+from[ \t]+(?:the[ \t]+)?(?:army|raf|royal|navy|armed|military|forces|police|fire)\b)/gi;
/** A clause about the writer or their family: "I have", "I still get", "I was diagnosed", "my brother, who has", "For me, …". */
const PERSONAL =
  /\b(?:I\s+(?:(?:also|still|now|sometimes|often)\s+)?(?:have|had|am|was|live|lived|manage|managed|myself|use|used|wear|wore|rely|need|underwent|needed|received|receive|accessed|survived|beat|take|took|see|saw|carry|attend|attended|get|got|grew\s+up\s+with)|for\s+me(?=,)|I['’](?:ve|m)|lived\s+experience|(?:my|our)\s+(?:own|condition|diagnosis|disability|health|mother|father|mum|dad|brother|sister|son|daughter|husband|wife|partner|child|children|parents?)|diagnosed|treated\s+for|who\s+(?:has|suffers\s+from|suffered\s+from))\b/i;
/**
 * The writer coming to have a condition, just before it: "I started experiencing [the perimenopause]", "I began getting [migraines]", "I began to [stutter]",
 * "caused me to develop [arthritis]", "left me with [PTSD]". Only "symptoms of" and a determiner may come between, as these verbs
 * also start work ("I started having responsibility for stroke follow-ups", "I began to get interested in dementia").
 */
const CAME_TO_HAVE =
  /\b(?:I[ \t]+(?:started|began)[ \t]+(?:experiencing|having|getting|to(?:[ \t]+(?:experience|have|get))?)|(?:causes|caused|leaves|left)[ \t]+me[ \t]+(?:to[ \t]+(?:develop|get|have|experience|suffer[ \t]+from|live[ \t]+with)|with)|led[ \t]+to[ \t]+me[ \t]+(?:developing|getting|having))[ \t]+(?:(?:symptoms|signs|bouts|episodes)[ \t]+of[ \t]+)?(?:(?:the|my|an?|some|bad|severe|mild|frequent|regular)[ \t]+)?$/i;
/** A condition as the subject of what it made the writer do, just after it: "[Long COVID] caused me to reduce my hours" (not "The pandemic caused me to redeploy … sepsis"). */
const MADE_ME = /^(?:[ \t]+(?:has|had|also|then|eventually|finally))?[ \t]+(?:(?:causes|caused|leaves|left)[ \t]+me[ \t]+to|led[ \t]+to[ \t]+me)\b/;
/** Support the writer receives: "my overlays", "help me", "I use", "I have". Arranging it for staff is HR work. */
const OWN_SUPPORT = /\b(?:my|me|I(?:\s+[a-z]+){0,3}?\s+(?:have|had|get|got|use|used|receive|received|need|needed|ask|request))\b/;
/** Posts named by a condition: "a diabetes dietitian", "an epilepsy educator"; after "my", the writer's own carer ("my MS practitioner"). */
const POST_WORDS = 'dietitians?|dieticians?|educators?|practitioners?|physiotherapists?|pharmacists?|co-?ordinators?|facilitators?';
const POST_AFTER = new RegExp(`^\\s+(?:${POST_WORDS})\\b`, 'i');
/** The writer's "my" just before a post: "my diabetes educator" is the writer's own carer. */
const MY_BEFORE = /\bmy\s+$/i;
/**
 * Clinical work with the condition, not the writer's health: "diabetes clinic", "stroke patients", "stroke wards", "my stroke rotation", "a spinal surgery background",
 * and a post named by it ("a diabetes dietitian", "a dementia practitioner", "an epilepsy educator").
 * Rehabilitation is work ("cancer rehabilitation on rotation") but not where the writer attends it ("MS rehabilitation sessions", "rehab classes for my back").
 */
const CLINICAL_AFTER = new RegExp(`^\\s+(?:backgrounds?|interests?|experience|pathways?|clinics?|patients?|services?|wards?|units?|teams?|nurses?|specialists?|${POST_WORDS}|review|reviews|recalls?|assessments?|pathway|education|care|screening|register|champion|lead|awareness|training|medication|management|prevention|lists?|theatres?|procedures?|surgery|rotations?|placements?|posts?|attachments?|modules?|research|audits?|(?:rehabilitation|rehab)(?!\\s+(?:sessions?|appointments?|classes|programmes?|courses?|for\\s+my)\\b))\\b`, 'i');
/** What a list's items may not hold: a clause's end, or the writer ("diabetes, I think, and asthma" is no list of fields). */
const NOT_A_LIST = /[.;:!?()\n]|\b(?:I|my|me|which|who)\b/;
/** The list's last item after its "and": one word, then maybe another. */
const LIST_WORD = /^[ \t]*[\p{L}'’-]+/u;
/** The writer's own, straight before a condition: "my", "I have", "I live with". */
const OWN_BEFORE = /\b(?:my|I[ \t]+(?:have|had|live[ \t]+with|lived[ \t]+with)|I['’]ve)[ \t]+$/i;
/** Work a writer may call theirs, not their own care: "I had arthritis, COPD and heart failure patients", "my epilepsy, stroke and MS clinics" (not "clinic appointments"). */
const OWN_WORK_AFTER = /^\s+(?:patients?|clients?|residents?|service\s+users?|caseloads?|clinics?(?!\s+(?:appointments?|visits?|letters?))|rotations?|placements?|teams?|wards?|services?|modules?|audits?)\b/i;
/**
 * A condition opening a list of fields that ends in a word of work: "I run the [diabetes], COPD and asthma review clinics" (the
 * list's last item may have a second word: "COPD and heart failure clinics"). Read in code: the items up to "and", then its word.
 * After the writer's "my" or "I have" the list is theirs ("I have diabetes, asthma and depression care plans"), unless its
 * word is of work a writer owns (OWN_WORK_AFTER).
 */
function listedBeforeWork(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + 60);
  if (!rest.startsWith(', ')) return false;
  const and = rest.indexOf(' and ');
  if (and < 0 || and > 45 || NOT_A_LIST.test(rest.slice(0, and))) return false;
  const word = LIST_WORD.exec(rest.slice(and + 5));
  if (!word) return false;
  const work = OWN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ? OWN_WORK_AFTER : CLINICAL_AFTER;
  const wordEnd = end + and + ' and '.length + word[0].length;
  const after = text.slice(wordEnd, wordEnd + 40);
  if (work.test(after)) return true;
  const second = LIST_WORD.exec(after);
  return second !== null && /^[ \t]/.test(after) && work.test(after.slice(second[0].length));
}
/**
 * "patients with anxiety", "people living with dementia", "residents suffering from Alzheimer's", a midwife's "women with sickle
 * cell disease" or "babies with jaundice" shortly before: someone else's
 * condition, at work; so is the last of a list of specialties after a word of work ("rotation in acute medicine and stroke", "I lead
 * on kidney disease and diabetes"), though not after "experience of", which may be lived.
 */
const CLINICAL_BEFORE = /\b(?:patients?|people|clients?|service\s+users?|residents?|adults?|children)\s+(?:after|following|recovering\s+from)\s+$|\b(?:interest|experience|expertise|knowledge|training|trained|specialist|specialising|specializing|qualified|lead|leads|leading|clinics?|management|manage|managing|screening|education|awareness|research|audit|project|work|working|worked|rotating|rotation|rotations|placements?|teams?|wards?|services?|scrubbed|scrubbing|assisted|assisting|assist|recovered|recovering|theatre)\s+(?:in|of|with|on|for|through|across)\s+(?:(?:type\s+[12]|adult|childhood|paediatric|gestational)\s+)?$|\b(?:lead|leads|leading|rotating|rotation|rotations|placements?|teams?|wards?|clinics?|services?|work|working|worked|specialist|specialising|specializing)\s+(?:in|on|for|across)\s+[a-z-]+(?:\s[a-z-]+){0,2}\s(?:and|&)\s+(?:(?:type\s+[12]|adult|childhood|paediatric|gestational)\s+)?$|\bexperienced\s+$/i;
/** A group of others with a condition, somewhere before it in its sentence: "patients with", "women living with", "babies with". */
const GROUP_WITH =
  /\b(?:patients?|people|clients?|service\s+users?|residents?|adults?|children|young\s+people|families|those|carers|women|men|mothers|babies|infants)\s+(?:(?:living|diagnosed)\s+)?(?:with|who\s+ha(?:ve|s|d)|affected\s+by|(?:who\s+(?:suffer|suffers|suffered)|suffering)\s+from)\b/gi;
/** The writer counting themselves in the group: "I am one of the women with", "As one of the mothers with". */
const ONE_OF_BEFORE = /\b(?:I[ \t]+am|I['’]m|I[ \t]+was|as|being)[ \t]+one[ \t]+of[ \t]+(?:(?:the|those|many)[ \t]+)?$/i;
/** The writer, between the group and the condition: "women with ADHD after my own", "babies with reflux taught me patience, as I have" (not "type I diabetes"). */
const WRITER_BETWEEN = /\b(?:[Mm]y|[Mm]e|myself)\b|(?<!\btype[ \t])\bI\b/;
/**
 * Whose the condition ending `own` (its sentence so far) is, by the last group named in it: the writer's where they count
 * themselves one of the group, others' at work unless the writer is named after it ("women with ADHD after my own"); null with no group.
 */
function groupBefore(own: string): 'writer' | 'others' | null {
  const group = [...own.matchAll(GROUP_WITH)].at(-1);
  if (!group) return null;
  if (ONE_OF_BEFORE.test(own.slice(0, group.index))) return 'writer';
  return WRITER_BETWEEN.test(own.slice(group.index + group[0].length)) ? null : 'others';
}
/** The text before a condition from its own sentence's start: past the last full stop, "!", "?" or an opening square bracket ("… trauma. [Deleted: After my own "). */
const ownSentence = (before: string) => before.slice(Math.max(...['.', '!', '?', '['].map((mark) => before.lastIndexOf(mark))) + 1);
/** Adjustments and support that disclose a disability: "a reasonable adjustments passport", "coloured overlays". */
const ADJUSTMENT =
  /\b(?:reasonable\s+adjustments?\s+(?:passport|plan|agreement)|Access\s+to\s+Work(?:\s+(?:assessment|grant|funding|support|plan))?|Disabled\s+Students['’]?\s+Allowance(?:\s+assessment)?|(?:coloured|tinted)\s+overlays?|(?:menopause|health|disability)\s+passport|(?:(?:an?|the)\s+)?(?:wheelchair-accessible|accessible|step-free|ground-floor)\s+(?:room|venue|toilet|workstation|desk|office|entrance|parking\s+space|route)|extra\s+time\s+(?:in|for)\s+(?:written\s+)?(?:exams|tests|assessments)|(?:no|any)\s+(?:health|medical)\s+(?:problems|issues|conditions)(?:\s+that\s+(?:would\s+|could\s+|might\s+|will\s+)?affects?\s+(?:my\s+)?(?:work|role|job|ability\s+to\s+work|working(?:\s+at\s+heights?)?))?)\b/gi;
/**
 * The sentence around [start, end), at most `before` and `after` characters either way: 200 for the
 * whole sentence, or 60 and 20 for the words near a match ("I had …"), which is cheaper on a long run of matches.
 */
function sentence(text: string, start: number, end: number, before = 200, after = 200): string {
  const [s, e] = sentenceBounds(text, start, end, before, after);
  return text.slice(s, e);
}

const near = (text: string, start: number, end: number) => sentence(text, start, end, 60, 20);

/**
 * ", which is in remission", "which is well controlled" (with or without its comma), ", which I manage with exercise", ", well controlled with inhalers": words that describe the condition.
 * Not the writer's reason for a choice of work that follows it ("which is why I prefer days", "which is partly why I chose this field",
 * "which is why I have asked for a four-day week", "which is why I am looking for a post"), or a reason told of something
 * else ("which is partly why that project meant so much"): that is about the work. Any other reason ("which is why I carry glucose tablets") still tells of the condition.
 */
const DESCRIBED =
  /^(?:,?\s+which\s+(?!(?:is|was)\s+(?:(?:partly|also|largely|mainly|part\s+of|one|the|a|another)\s+)?(?:why|reason|big\s+reason)\s+(?:that\s+)?(?!I\b|I['’]m\b)|(?:is|was)\s+(?:(?:partly|also|largely|mainly|part\s+of|one|the|a|another)\s+)?(?:why|reason|big\s+reason)\s+(?:that\s+)?I\s+(?:(?:have|am|can|will)\s+)?(?:(?:first|originally|then|now|also)\s+)?(?:chose|choose|went\s+into|appl(?:y|ied|ying)|trained|train|became|become|prefer|decided|entered|work(?:ed)?|ask(?:ed)?|request(?:ed)?|value|believe|commit|push|looking\s+for)\b)(?:is|was|has|had|I|flares?|affects?|rarely|never|occasionally|sometimes)\b[^,;.!?()]{0,60}|,\s+(?:controlled|managed)\s+(?:with|by|on)\b[^,;.!?()]{0,40}|,?\s+(?:(?:both|each|all)\s+)?(?:well|fully|now|diet|insulin|tablet)[\s-]+(?:controlled|managed)\b[^,;.!?()]{0,40}|\s+(?:is|was|has\s+been|remains)\s+(?:(?:well|fully|now|largely|stable\s+and)\s+)?(?:controlled|managed|stable)\b[^,;.!?()]{0,40})/;
/**
 * The disclosure going on after the condition, to its clause's end: "[type 1 diabetes] and manage it with
 * a pump", "and now take medication", "and finished treatment in 2020", "; it is relapsing-remitting and currently
 * stable" (what it has never affected is no detail of it, and stays). The aid or seat the writer uses for it tells it too:
 * "[dyslexia] and use a reading ruler", "and wear two hearing aids", "and sit nearest the door in meetings", "and carry dextrose";
 * not work or a role that follows the same verbs ("and use CBT techniques with patients", "and keep my ward running", "and sit on
 * the network's steering group"). The clause ends at a dash, "for" or a new one ("– it has never affected my work"); "such as"
 * goes on with its examples. (An aid's own reading, in the concepts, may still take its purpose: "a reading ruler for long reports".)
 */
const CONTINUED =
  /^(?:,?[ \t]+and[ \t]+(?:I[ \t]+)?(?:(?:now|also|still|usually|always|often)[ \t]+)?(?:(?:use|wear|carry|keep|rely[ \t]+on)[ \t\n]+(?:(?:an?|the|my|some|two|both)[ \t]+)?(?:(?!(?:to|for|with|on|in|at|of)[ \t])[\p{L}&-]{1,24}[ \t\n]+){0,3}?(?:aids?|software|insulin|Grammarly|Dragon|text-to-speech|speech-to-text|streamers?|overlays?|paper|monitors?|sensors?|rulers?|dextrose|glucose|inhalers?|headphones|defenders|pumps?|sticks?|canes?|spray|apps?|captions|readers?|pens?|stethoscopes?|chairs?|cushions?|magnifiers?|splints?|braces?|wheelchairs?|crutches|Read&Write|snacks|oatcakes|sweets|EpiPens?|loop)|sit[ \t]+(?:near(?:est|er)?|next[ \t]+to|close(?:st|r)?[ \t]+to|facing|by|towards|(?:at|on|in)[ \t]+(?:the|my)[ \t]+(?:front|back|left|right|end|side|aisle|good))|lip-read)(?![\p{L}-])(?:(?!(?<!\bsuch)[ \t](?:and[ \t]+I|but|so|which|though|although|as|for|when|while)\b|[ \t][–—-])[^,;.!?()\n–—]){0,80}|,?[ \t]+and[ \t]+(?:I[ \t]+)?(?:(?:now|also|still)[ \t]+)?(?:(?:manage|managed|control|controlled|treat|treated)[ \t]+(?:it|them|this|both)\b|(?:take|took|use|used|need|needed|finished|completed|started|had)[ \t]+(?:(?:my|daily|regular|the)[ \t]+)?(?:medication|medicines?|tablets|insulin|inhalers?|treatment|chemotherapy|chemo|radiotherapy|physiotherapy|therapy)\b)[^,;.!?()\n]{0,60}|;[ \t]+it[ \t]+(?:is|was)[ \t]+(?:(?:now|currently|well|mostly|largely)[ \t]+)?[\p{Ll}-]+(?:[ \t]+and[ \t]+(?:(?:now|currently|well|mostly|largely)[ \t]+)?(?:stable|controlled|managed|mild))?)/u;
/** What it is managed with, after it: "[my type 1 diabetes with an insulin pump]", "on daily inhalers". */
const MANAGED_WITH = /^[ \t]+(?:with|on|by)[ \t]+(?:(?:an?|my|daily|regular)[ \t]+)?(?:insulin(?:[ \t]+pump)?|(?:preventer[ \t]+)?inhalers?|medication|medicines?|tablets|injections|diet(?:[ \t]+and[ \t]+exercise)?|a[ \t]+pump)\b/;
/** How the condition is managed or which kind it is, just before it: "diet-controlled [type 2 diabetes]", "well controlled", "mild", "postnatal", "ulcerative". */
const MANAGED =
  /\b(?:(?:well|poorly|diet|tablet|insulin|medication|fully|partly|largely)[ \t-]controlled|(?:well|self)[ \t-]managed|mild|moderate|severe|chronic|brittle|stable|post-?natal|postpartum|clinical|generali[sz]ed|ulcerative|rheumatoid|psoriatic|complex|recurrent)[ \t]+$/i;
/** "diagnosed with", "treated for", "registered", "lived experience of": words before a condition that say it is the writer's, and go with it. */
const LEAD =
  /\b(?:(?:diagnosed|treated|recovering|recovered)[ \t\n]+(?:with|for|from|as)|going[ \t\n]+through|(?:treatment|surgery|chemotherapy|radiotherapy|medication|medicine|tablets|injections)[ \t\n]+for|(?:(?:two|three|several|repeated|recurrent|occasional|an?)[ \t\n]+)?(?:bouts?|episodes?|spells?|periods?)[ \t\n]+of|registered|lived[ \t]+experience[ \t]+(?:of|with))[ \t\n]+$/i;
/** The writer's own experience before a condition, which "experience of" at work is not: "lived experience of", "my own experience of", "first-hand experience with". */
const LIVED = /\b(?:lived|(?:my|our)[ \t]+(?:own|personal)|personal|first-?hand)[ \t]+experiences?[ \t]+(?:of|with)[ \t]+$/i;
/**
 * The writer as someone with a condition, just before it: "As someone with [dyslexia]", "as a nurse
 * living with [ulcerative colitis]", "being a person who has [epilepsy]". Group 1: a determiner and one
 * word of the condition's, which go with it.
 */
const SELF_FRAME =
  /\b(?:[Aa]s|[Bb]eing|[Ll]ike)[ \t]+(?:someone|somebody|a[ \t]+person|an?[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?)[ \t]+(?:who[ \t]+(?:has|had|lives[ \t]+with|is[ \t]+living[ \t]+with)|living[ \t]+with|with)[ \t]+((?:an?[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?)$/u;
/**
 * A participle or "as a" opening a clause of the writer's, just before a condition: "Living with [ulcerative
 * colitis] has taught me", "Having had [a mastectomy] myself, I", "Having [dyslexia] has made me", ", and having lived with [anxiety]",
 * "Being [deaf in one ear], I", "As a [breast cancer survivor], I". Group 1 as above; after a bare "Having" no free word, which
 * would be a verb of work ("Having chaired epilepsy MDTs"), only a degree ("Having [severe asthma]").
 */
const LIVED_THROUGH =
  /(?:[.!?:;,][ \t]+(?:and[ \t]+)?|\n[ \t]*)(?:[Bb]eing|[Aa]s[ \t]+an?|[Ll]iving|[Hh]aving(?:[ \t]+(?:lived|had|survived|beaten|battled|been[ \t]+through|come[ \t]+through|recovered[ \t]+from|been[ \t]+diagnosed[ \t]+with))?|[Gg]rowing[ \t]+up)[ \t]+(?:with[ \t]+)?((?:(?:an?|my)[ \t]+)?(?:(?<!\b[Hh]aving[ \t]+(?:(?:an?|my)[ \t]+)?)[\p{Ll}-]+[ \t]+|(?:mild|severe|chronic)[ \t]+)?)$/u;
/** The writer's words in a sentence, for LIVED_THROUGH, whose participle has no subject of its own. */
const WRITER_WORD = /(?<![\p{L}'’])(?:I|me|my|myself|I['’](?:m|ve|d))(?![\p{L}'’])/u;
/** "myself" just after a condition: "a mastectomy myself", "depression myself as a student". */
const MYSELF_AFTER = /^(?:[ \t]+[\p{Ll}'’-]+){0,2}[ \t]+myself\b/u;
/** The writer as a clause's subject: "I", "I've", "we". */
const WRITER = /(?<![\p{L}'’])(?:I|I['’](?:ve|m|d)|[Ww]e)(?![\p{L}'’])/u;
/** Words of a clause in which the writer goes through a condition rather than treats it ("I struggled with", "I returned to work after"). */
const UNDERGONE = new RegExp(`(?<![\\p{L}])(?:${alternation(concepts.undergone)})(?![\\p{L}])`, 'iu');
/** Where a clause starts, read back from a condition: punctuation, a line break or a conjunction ("and" joins a list: "treating depression and [anxiety]"). */
const CLAUSE_EDGE = /[.;:!?,()\n]|\s(?:but|so|which|who|because|while|whilst|where|when)\s/g;

/** Clinical verbs in the clause before a condition: "experience of treating [depression and anxiety]" is work. */
const TREATING = /\b(?:treat|treating|screen|screening|assess|assessing|diagnose|diagnosing|recognise|recognising|recognize|recognizing|spotting)\b/i;

/** The clause before a condition, at most 80 characters: from the last punctuation, line break or conjunction. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  let from = 0;
  for (const m of matchAll(before, CLAUSE_EDGE)) from = m.index + m[0].length;
  return before.slice(from);
}

/** Whether the clause before a condition has the writer going through it: "I struggled with [depression]". */
function undergone(clause: string): boolean {
  return WRITER.test(clause) && UNDERGONE.test(clause);
}

/** Where and when: "in my left ear", "in 2019", "(2020)", "last year", "every six months", "as a teenager" ("in my twenties" is an age, found as one). */
const WHERE_AFTER = /^[ \t]+in[ \t]+(?:my|one|both|the)[ \t]+(?:(?:left|right)[ \t]+)?(?:ears?|eyes?|knees?|legs?|arms?|hands?|hips?|side)\b|^(?:[ \t]+|[ \t]*\n[ \t]*)?\((?:left|right|both|mild|moderate|severe|diagnosed|well|since|controlled)\b[^()\n]{0,40}\)/;
const WHEN_AFTER =
  /^(?:[ \t\n]+(?:in|since|during)[ \t]+(?:(?:early|late|mid-?)[ \t]*)?\d{4}|[ \t]+\(\d{4}\)|[ \t]+last[ \t]+year|[ \t]+every[ \t]+(?:\w+[ \t]+)?(?:days?|weeks?|months?|years?)|[ \t]+since[ \t]+(?:childhood|birth|I[ \t]+was[ \t]+(?:a[ \t]+)?(?:child|baby|toddler|teenager|student|\d{1,2})|the[ \t]+war|my[ \t]+(?:teens|twenties|thirties|accident|injury))|[ \t]+(?:at|aged)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?\d{1,2}\b|[ \t\n]+as[ \t]+an?[ \t]+(?:child|teenager|baby|toddler|student|teen)\b|[ \t]+from[ \t]+(?:my[ \t]+)?(?:childhood|birth|my[ \t]+teens))/;
/** An operation or treatment the writer had: "I had a knee reconstruction", "after my hip surgery", "underwent a kidney transplant", "after my cancer treatment" (not one they assisted at or give). */
const OPERATION =
  /\b(?:my|had|underwent|undergone|needed|after|following|since|from)[ \t]+(?:(?:an?|my)[ \t]+)?(?:(?:left|right|emergency|major)[ \t]+)?((?:knee|hip|shoulder|ACL|cruciate|ligament|spinal|spine|back|heart|cardiac|bowel|brain|cataract|hernia|ankle|wrist|elbow|neck|bypass|kidney|liver|lung)[ \t]+(?:reconstruction|surgery|operation|replacement|transplant|injury)|cancer[ \t]+treatment|chemotherapy|radiotherapy)\b/gi;
/** Care the writer had for a part of their own body or their condition ("surgery on my spine", "a reasonable adjustment for my back"), a sense they lost, and one they say is poor ("my hearing is poor in my left ear", "my sight in one eye is reduced"). */
const OWN_BODY =
  /\b(?:(?:surgery|an[ \t]+operation|operations|injections|(?:reasonable[ \t]+)?adjustments?)[ \t]+(?:on|for|to)[ \t]+my[ \t]+(?:(?:left|right|lower|bad)[ \t]+)?(?:back|spine|neck|knees?|hips?|shoulders?|ankles?|wrists?|elbows?|hands?|feet|foot|eyes?|ears?|heart|bowel|hearing|sight|eyesight|condition|disability|health|dyslexia)|(?:lost|losing)[ \t]+(?:the[ \t]+|my[ \t]+)?(?:sight|hearing|vision|use)[ \t]+(?:in|of)[ \t]+(?:one|my|both)[ \t]+(?:(?:left|right)[ \t]+)?(?:eyes?|ears?|legs?|arms?|hands?)|(?:lost|losing)[ \t]+(?:(?:most|some|much|all|part)[ \t]+of[ \t]+)?my[ \t]+(?:sight|hearing|vision)|[Mm]y[ \t]+(?:hearing|sight|eyesight|vision|balance|mobility)(?:[ \t]+in[ \t]+(?:my|one|both)[ \t]+(?:(?:left|right)[ \t]+)?(?:ears?|eyes?))?[ \t]+(?:is|has[ \t]+been|was)[ \t]+(?:(?:very|quite|fairly|a[ \t]+bit)[ \t]+)?(?:poor|limited|impaired|reduced|weak|deteriorating)(?:[ \t]+in[ \t]+(?:my|one|both)[ \t]+(?:(?:left|right)[ \t]+)?(?:ears?|eyes?))?)\b/g;
/** The cause of a sense lost or of care had, up to the clause's end: "after meningitis", "following a fall at work". */
const CAUSE_AFTER = /^[ \t]+(?:after|following|from|through|by|because[ \t]+of|due[ \t]+to)[ \t]+(?:(?:an?|my)[ \t]+)?(?:[\p{Ll}'’-]+[ \t]+){0,2}?[\p{L}'’-]+(?=[ \t]*(?:[.,;:!?)\n]|$))/u;
/**
 * A condition said of a person, opening a line or a sentence with no subject, as a CV's personal lines
 * tell the writer's own: "Type 2 diabetic, diet controlled.", "Dyslexic — I use…", "• Asthmatic".
 * Only the adjectives that describe someone: "Diabetes clinics" or "Dementia — Tier 2 trained" head work.
 */
const SAID_OF_WRITER =
  /(?:^|[\n•·|]|[.!?][ \t])[ \t]*((?:[Tt]ype[ \t]+[12][ \t]+)?[Dd]iabetic|[Dd]yslexic|[Dd]yspraxic|[Aa]utistic|[Ee]pileptic|[Aa]sthmatic|[Cc]oeliac|[Dd]eaf|[Hh]ard[ \t]+of[ \t]+hearing|[Pp]artially[ \t]+sighted|[Nn]eurodivergent)(?=[ \t]*(?:[,.;:(—–]|[ \t]-[ \t]|$))/gm;
/**
 * The writer's own state or condition as an adjective after "I was": "I was depressed, tired and angry", "I was a very sick asthmatic
 * child", "I became depressed"; and what their work or life did to their health: "took a huge toll on my mental health".
 */
const WRITER_STATE =
  /\bI[ \t]+(?:was|am|became|got)[ \t]+((?:an?[ \t]+)?(?:(?:very|quite|really|so|sick|poorly|severely|badly|chronically|clinically)[ \t]+){0,3}(?:depressed|asthmatic|diabetic|epileptic)(?:[ \t]+(?:child|baby|teenager|girl|boy))?)(?=[ \t]*(?:[,.;:!)]|$)|[ \t]+(?:and|as|for|after|when|since|until|at|in)\b)|\b((?:an?[ \t]+(?:huge|big|heavy|real|serious)[ \t]+)?toll[ \t]+on[ \t]+my[ \t]+(?:(?:mental|physical)[ \t]+(?:(?:and|&)[ \t]+(?:mental|physical)[ \t]+)?)?health)\b/g;
/** A symptom in the writer's own body: "mild weakness in my left hand", "numbness in my right foot". */
const SYMPTOM =
  /\b(?:(?:mild|some|slight|chronic|residual|occasional)[ \t]+)?(?:weakness|numbness|pain|stiffness|tremors?|tingling|loss[ \t]+of[ \t]+(?:sensation|movement|feeling)|reduced[ \t]+(?:movement|mobility|grip|sensation))[ \t]+in[ \t]+my[ \t]+(?:(?:left|right|lower|upper)[ \t]+)?(?:back|spine|neck|knees?|hips?|shoulders?|ankles?|wrists?|elbows?|hands?|fingers|arms?|legs?|feet|foot|side)\b/g;
/** An injury or a body part's trouble given as the writer's reason: "because of a back injury", "after my knee injury". */
const BODY_CAUSE =
  /\b(?:because[ \t]+of|due[ \t]+to|owing[ \t]+to|after|following|since)[ \t]+((?:an?|my)[ \t]+(?:(?:bad|old|recent|sports|long-standing|previous)[ \t]+)?(?:back|knee|neck|shoulder|hip|wrist|ankle|spinal|head|foot)[ \t]+(?:injury|problems?|pain|condition)|(?:my[ \t]+)?(?:sciatica|back[ \t]+pain|migraines|arthritis|asthma|eczema|tinnitus))\b/g;
/**
 * An illness or injury that opens a sentence as the time of the writer's change: "Following a stroke
 * in 2020 I retrained", "After my heart attack, I…", and the writer's own operation or diagnosis ("After my
 * surgery last year I", "Since my diagnosis in March, I", "After a heart operation in 2019 I", "After chemotherapy, I"). Only before the writer's "I": "Following a stroke,
 * patients need…" and "I rehabilitate patients following a stroke" are work.
 */
const EVENT_OPENS = String.raw`(?<=^|[\n.;!?]\s{0,3})(?:After|Following|Since)[ \t]+`;
/** When, after the event: "in 2019", "in March", "last year", "three years ago". */
const EVENT_WHEN = String.raw`(?:[ \t]+(?:in[ \t]+(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \t]+(?:19|20)\d\d)?)|last[ \t]+(?:year|month|spring|summer|autumn|winter)|(?:two|three|four|five|a[ \t]+few|several|\d{1,2})[ \t]+years[ \t]+ago))?`;
const EVENT_FIRST = new RegExp(String.raw`${EVENT_OPENS}((?:my[ \t]+(?:(?:recent|last|second|first)[ \t]+)?(?:diagnosis|operation|surgery|illness|treatment|recovery|accident|injury)|(?:an?|my)[ \t]+(?:(?:minor|major|serious|mild|small|bad)[ \t]+)?(?:stroke|heart[ \t]+attack|cardiac[ \t]+arrest|(?:nervous[ \t]+)?breakdown|(?:brain|head|spinal|back|knee)[ \t]+injury|(?:cancer|MS|epilepsy)[ \t]+diagnosis|(?:car|road|serious)[ \t]+accident|miscarriage|mental[ \t]+health[ \t]+crisis|(?:spinal|heart|back|major)[ \t]+surgery))${EVENT_WHEN})(?=,?[ \t]+I\b)`, 'g');
/**
 * A treatment or operation without "my" opening a sentence ("After chemotherapy in 2019 I returned…", "Following hip surgery
 * I went part-time"): the writer's only when the writer's own course follows. The same opening heads a panel's clinical work
 * ("Following hip surgery, I lead the recovery class", "After chemotherapy, I check every patient's bloods").
 */
const TREATMENT_FIRST = new RegExp(
  String.raw`${EVENT_OPENS}((?:chemotherapy|radiotherapy|cancer[ \t]+treatment|(?:heart|cardiac|spinal|back|brain|hip|knee)[ \t]+surgery|an?[ \t]+(?:(?:minor|major|emergency)[ \t]+)?(?:heart|cardiac|spinal|back|brain|bowel|hip|knee)[ \t]+operation)${EVENT_WHEN})` +
    String.raw`(?=,?[ \t]+I[ \t]+(?:(?:then|eventually|gradually|later|finally|initially|first)[ \t]+)?(?:returned|retrained|went[ \t]+(?:back|part-time)|was[ \t]+(?:off|signed[ \t]+off|on[ \t]+(?:a[ \t]+)?phased)|had[ \t]+(?:a[ \t]+)?(?:phased|time[ \t]+off|\w+[ \t]+(?:weeks|months)[ \t]+off)|took[ \t]+(?:time|sick|a[ \t]+(?:break|career|desk|non-clinical|office|lighter|sabbatical|step))|worked[ \t]+(?:nights|part-time|reduced[ \t]+hours|from[ \t]+home)|came[ \t]+back|stepped[ \t]+(?:down|back)|(?:began|started)[ \t]+a[ \t]+phased|reduced[ \t]+my|changed[ \t]+(?:my[ \t]+)?(?:role|career|direction|hours)|decided|could[ \t]+no[ \t]+longer)\b)`,
  'g',
);
/** A condition said with the writer's verb: "I stammer", "I also stutter". */
const OWN_VERB = /\bI[ \t]+(?:also[ \t]+|sometimes[ \t]+)?(stammer|stutter)\b/g;
/** Sickness absence and its cause: "signed off with stress", "off sick with a bad back" (stress at work is no condition alone). */
const SIGNED_OFF =
  /\b(?:signed[ \t]+off|off[ \t]+(?:work|sick)|time[ \t]+off)(?:[ \t]+(?:work|sick))?[ \t]+(?:with|for|due[ \t]+to|because[ \t]+of)[ \t]+(?:(?:work-related|severe)[ \t]+)?(?:stress|burnout|exhaustion|back[ \t]+pain|a[ \t]+bad[ \t]+back|my[ \t]+(?:back|nerves|health|mental[ \t]+health))\b/gi;
/** Relatives, from the concept fields: whose condition a "who has" clause after them tells. */
const KIN = alternation([...concepts.possessed.dependants, ...concepts.possessed['marital-status']].filter((w) => /^[\p{L}-]+$/u.test(w) && w.length > 2));
/**
 * A condition by its head noun, when the writer or a relative has it: "I have a connective tissue
 * disorder", "my brother, who has learning disabilities", "I had a sports injury". Up to three words
 * before the head, none a preposition or a participle ("a passion for disease prevention", "I have
 * managed long-term condition reviews" are not one), and no noun after it. "Disease" is
 * no head: the named diseases are conditions above, and the word alone names fields of work.
 */
const CONDITION_HEAD = new RegExp(
  `(?:\\bI[ \\t]+(?:(?:also|still|now|recently|previously)[ \\t]+)?(?:have|had|live[ \\t]+with|lived[ \\t]+with|was[ \\t]+born[ \\t]+with|(?:have[ \\t]+been|was|am[ \\t]+being)[ \\t]+treated[ \\t]+for|inherited|developed(?=[ \\t]+an?[ \\t]))|\\bI['’]ve[ \\t]+(?:got|had)|\\b(?:${KIN}),?[ \\t]+who[ \\t]+(?:has|had|lives[ \\t]+with|was[ \\t]+born[ \\t]+with))[ \\t]+(?:an?[ \\t]+)?((?:(?!(?:for|in|of|with|to|on|at|the|and|or|about|into|from|by|interest|passion|background|experience|run|led|taught|done|built|seen|set|been|a|an)\\b|[\\p{L}-]+ed\\b)[\\p{L}'’-]+[ \\t]+){0,3}(?:disorders?|syndrome|condition|impairment|disabilit(?:y|ies)|illness|injury|deficiency|palsy|dystrophy|defect|tumou?r|thyroid))\\b`,
  'giu',
);
/** What may follow a condition's head: punctuation or a word that is no noun. Before a noun it names a field or a thing ("a learning disability nursing background", "a condition monitoring role"). */
const HEAD_END = /^(?:[ \t]*(?:[.,;:!?)]|\n|$)|[ \t]+(?:and|or|but|so|which|that|who|since|in|for|from|at|as|when|while|because|during|after|before|until|to|on|with|is|was|has|had|means|meant|affects|affected)\b)/;
/** Therapy the writer received: "had CBT", "received counselling", "went through talking therapies", "had speech and language therapy". */
const THERAPY =
  /\b(?:had|received|receiving|underwent|undergone|went[ \t]+through|been[ \t]+having|was[ \t]+referred[ \t]+for|accessed|benefited[ \t]+from|see|sees|seeing|saw|attend|attends|attending)[ \t]+(?:(?:a[ \t]+course[ \t]+of|some|NHS|private|weekly)[ \t]+)?(?:CBT|an?[ \t]+(?:counsellor|therapist|psychologist|psychiatrist|physiotherapist)|physiotherapy|physio|speech(?:[ \t]+and[ \t]+language)?[ \t]+therapy|cognitive[ \t]+behavioural[ \t]+therapy|counselling|psychotherapy|EMDR|DBT|talking[ \t]+therap(?:y|ies)|Talking[ \t]+Therapies|IAPT|antidepressants|therapy)\b(?![ \t]+(?:training|course|courses|qualification|diploma|skills|practitioner|practitioners|therapists?|supervision|module|sessions[ \t]+for|to[ \t]+patients))/gi;
/** How often therapy is had and what for, up to the clause's end: "fortnightly for anxiety", "weekly for a knee injury". */
const THERAPY_FOR =
  /^(?:[ \t]+(?:weekly|fortnightly|monthly|regularly|(?:once|twice)[ \t]+a[ \t]+(?:week|month)))?[ \t]+for[ \t]+(?:(?:an?|my)[ \t]+)?(?:[\p{Ll}'’-]+[ \t]+){0,2}[\p{L}'’-]+(?=[ \t]*(?:[.,;!?)]|$))/u;
/** "through NHS Talking Therapies", "via my GP": who provided it. */
const THROUGH_AFTER = /^[ \t]+(?:through|via|with|from)[ \t]+(?:(?:my|our|the|an?|NHS)[ \t]+)?(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}|GP|work|occupational[ \t]+health|counsellor|therapist)/u;
/** Conditions common in clinical lists ("I run asthma, COPD and diabetes reviews"), for OWN_CONDITION and AND_OWN. */
const OWN_WORDS =
  'type[ \\t]+[12](?:[ \\t]+diabetes)?|asthma|eczema|psoriasis|migraines?|IBS|irritable[ \\t]+bowel[ \\t]+syndrome|an[ \\t]+underactive[ \\t]+thyroid|hypothyroidism|an?[ \\t]+(?:(?:chronic|long-term|rare)[ \\t]+)?(?:back|heart|lung|kidney|skin|bowel|thyroid|neurological|autoimmune|genetic|joint|eye)[ \\t]+condition|kidney[ \\t]+disease|OCD|ME(?:\\/CFS)?|panic[ \\t]+attacks|a[ \\t]+stammer|deafness|sight[ \\t]+loss|tinnitus|sciatica|chronic[ \\t]+pain';
/** Those conditions count only in the writer's own words: "I also have asthma", "I still get migraines", "I now have OCD", "my own eczema", "I suffer from migraines". */
const OWN_CONDITION = new RegExp(
  `\\b(?:I(?:[ \\t]+(?:also|still|now|sometimes|often))?[ \\t]+(?:have[ \\t]+(?:had|lived[ \\t]+with|suffered[ \\t]+from)|have|had|get|experience|suffer[ \\t]+from|live[ \\t]+with|manage)|I['’]ve[ \\t]+(?:got|had)|[Mm]y(?:[ \\t]+own)?|diagnosed[ \\t]+with)[ \\t]+(?:(?:mild|severe|chronic|brittle|well-controlled)[ \\t]+)?(${OWN_WORDS})\\b`,
  'g',
);
/** Referrals after a condition: the work of a service for it ("I get [sight loss] referrals"). */
const REFERRALS_AFTER = /^\s+referrals?\b/i;
/** The writer's own care of a condition after "my" ("my [asthma] medication"), which no work noun after it makes work. */
const OWN_CARE_AFTER = /^\s+(?:medication|care|management)\b/i;
/**
 * Work with one of those conditions after it, though the writer's words come before: "I manage [sight loss] services", "I run my
 * [deafness] clinic", "I get [sight loss] referrals" (CLINICAL_AFTER, and referrals); not the writer's own care of it after "my":
 * "my [asthma] medication", "my [migraine] care is…".
 */
function workAfter(text: string, end: number, mine: boolean): boolean {
  const after = text.slice(end, end + 40);
  if (REFERRALS_AFTER.test(after)) return true;
  if (!CLINICAL_AFTER.test(after)) return false;
  const care = mine ? OWN_CARE_AFTER.exec(after) : null;
  return care === null || CLINICAL_AFTER.test(after.slice(care[0].length));
}
/** An infection, the writer's only once had: "I had [covid]", "I've had [pneumonia]", "I caught [COVID-19]" (not "I manage pneumonia, sepsis and COPD", "my Covid clinics"). */
const INFECTION = 'pneumonia|(?:covid|Covid|COVID)(?:-19)?(?=[ \\t]*(?:[,.;:!)]|$|(?:and|in|twice|last)\\b))';
const OWN_INFECTION = new RegExp(`\\bI(?:[ \\t]+also)?(?:[ \\t]+have|['’]ve)?[ \\t]+(?:had|got|caught)[ \\t]+(?:(?:mild|severe|bad)[ \\t]+)?(${INFECTION})\\b`, 'g');
/**
 * What a condition means for the work, after a dash, ending its clause: "– no restrictions", "– no adjustments needed", "– fully
 * recovered" (a QI project's "Diabetes – no adjustments to insulin protocol were needed" tells a result). Before it, read
 * back in code (statedCondition), a condition opening its sentence or line: a CV's note of the writer's own health, told without "I"
 * ("Eczema, well controlled – no restrictions", "Knee injury in 2019 – fully recovered").
 */
const WORK_IMPACT =
  /(?<=[ \t])[–—-][ \t]+(?:no[ \t]+(?:practical[ \t]+)?(?:restrictions?|impact|effect|adjustments?|limitations?)(?:[ \t]+(?:needed|required|on[ \t]+(?:my[ \t]+)?[a-z]+))?|fully[ \t]+recovered|well[ \t]+controlled)(?=[ \t]*(?:[.,;)\n]|$))/g;
/** Between the condition and the dash, each maybe: how it is managed, a bracket, its year (read back from the dash in that order). */
const STATED_MANAGED = /,[ \t]+(?:well|fully)[ \t-]+(?:controlled|managed)$/;
const STATED_BRACKET = /\([^()\n]{1,50}\)$/;
const STATED_WHEN = /(?<=[ \t])(?:in|since)[ \t]\d{4}$/;
const BLANK = /[ \t]/;
/** The condition itself: its sentence's or line's words before those, a capital first, after a list's bullet or arrow maybe ("• Dyslexia", "→ Asthma"). */
const STATED_WORDING = /^(?:[-•*–·▪→►➤✓][ \t]+)?(\p{Lu}[\p{Ll} -]{2,30})$/u;
/** The conditions statedCondition takes, read on its words in lower case. */
const STATED_WORDS = new RegExp(
  `^(?:${OWN_WORDS}|coeliac(?:[ \\t]+disease)?|epilepsy|diabetes|dyslexia|dyspraxia|hypermobility|(?:back|knee|neck|shoulder|hip|wrist|ankle)[ \\t]+(?:injury|problems?|pain))$`,
);

/** Another of them joined to the writer's in its clause: "I had covid twice in 2021 and [pneumonia] in 2022", "I have asthma and [eczema]". */
const AND_OWN = new RegExp(`[ \\t]and[ \\t]+(?:(?:mild|severe|chronic)[ \\t]+)?(${OWN_WORDS}|${INFECTION})\\b`);
/**
 * Medicine the writer is on or takes, and what for, to the clause's end: "I am on [medication for an
 * underactive thyroid]", "I take [tablets for my blood pressure]". What it is for may be any words: the
 * writer's medicine tells a condition (not "I prescribe medication for…", nor one for patients).
 */
const MEDICINE_FOR =
  /\b(?:I|I['’]m|I[ \t]+am|and)[ \t]+(?:(?:now|also|still|currently)[ \t]+)?(?:on|take|taking|need|use)[ \t]+((?:(?:daily|regular|long-term|lifelong|some|a[ \t]+low[ \t]+dose[ \t]+of)[ \t]+)?(?:medication|medicines?|tablets|pills|injections|inhalers?|an[ \t]+inhaler)[ \t]+for[ \t]+(?:(?:my|an?)[ \t]+)?[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,2}?)(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:and|but|so|which|since|as|every|daily)\b)/gu;
/** Others the medicine is for: "medication for patients with…". */
const FOR_OTHERS = /\bfor[ \t]+(?:(?:my|our|the)[ \t]+)?(?:patients?|residents?|clients?|people|children|service[ \t]+users|staff|colleagues)\b/;
/** Others in the clause before "and", whom the medicine is then for: "I teach patients to check and use…". */
const OTHERS_IN_CLAUSE = /\b(?:patients?|residents?|clients?|people|children|service[ \t]+users|staff|colleagues|carers|families)\b/;
/**
 * Whether others named in the clause before a condition or a treatment have it, the writer not named after them: "caring for
 * people recovering from [cancer treatment]" (not "I work with patients and I have dyslexia").
 */
function othersHaveIt(clause: string): boolean {
  let last = -1;
  for (const m of matchAll(clause, OTHERS_EVERY)) last = m.index + m[0].length;
  return last >= 0 && !WRITER.test(clause.slice(last));
}
const OTHERS_EVERY = new RegExp(OTHERS_IN_CLAUSE.source, 'g');
/** Therapy as the subject that helped the writer: "counselling through the Red Cross helped me". */
const THERAPY_HELPED =
  /\b((?:CBT|[Cc]ounselling|[Pp]sychotherapy|EMDR|[Tt]herapy|[Tt]alking[ \t]+[Tt]herapies)(?:[ \t]+(?:through|via|with|from)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})?)[ \t]+(?:helped|supported|has[ \t]+helped)[ \t]+me\b/gu;
/** A device or aid the writer uses: "use a hearing aid", "I am a wheelchair user", "my insulin pump", "an amplified stethoscope", "I keep glucose tablets". */
const DEVICE =
  /\b(?:hearing[ \t]+(?:aids?|loops?)|amplified[ \t]+stethoscopes?|cochlear[ \t]+implants?|wheelchair(?:[ \t]+user)?|walking[ \t]+stick|(?:long|white)[ \t]+cane|crutches|guide[ \t]+dog|insulin[ \t]+pump|glucose[ \t]+(?:tablets|gel)|stoma|prosthetic[ \t]+(?:leg|arm|limb)(?:[ \t]+(?:below|above)[ \t]+the[ \t]+(?:knee|elbow))?|BSL[ \t]+interpreters?|(?:screen[ \t]+)?magnification[ \t]+software|GTN[ \t]+spray|EpiPens?|adrenaline[ \t]+auto-?injectors?|pacemaker|CPAP(?:[ \t]+machine)?|screen[ \t-]+read(?:er|ing)(?:[ \t]+(?:software|tools?|apps?))?|ClaroRead|Read[ \t]*(?:&|and)[ \t]*Write(?:[ \t]+(?:Gold|software))?(?:[ \t]+text[ \t-]+to[ \t-]+speech(?:[ \t]+software)?)?|text[ \t-]+to[ \t-]+speech(?:[ \t]+(?:software|app|tool))?|speech[ \t-]+to[ \t-]+text(?:[ \t]+(?:software|app|tool))?|dictation[ \t]+software|Texthelp|ZoomText|JAWS|NVDA|SuperNova|Brain[ \t]+in[ \t]+Hand|(?:FreeStyle[ \t]+)?Libre(?:[ \t]+sensor)?|Dexcom(?:[ \t]+sensor)?|continuous[ \t]+glucose[ \t]+monitor|CGM|glucose[ \t]+sensor|adapted[ \t]+(?:car|vehicle|keyboard|chair|workstation)|mobility[ \t]+scooter|(?:captioning|live[ \t]+captions)(?:[ \t]+(?:app|software|tool))?)\b/g;
/** Just before a device, whose it is: "I use a", "and wear two", "my". */
const DEVICE_OWNER = /\b(?:my|(?:use|uses|used|wear|wears|need|needs|have|carry|carries|drive|drives|rely[ \t]+on|I[ \t]+am|I['’]m|I[ \t]+keep)(?:[ \t]+(?:an?|two))?)[ \t]+(?:[a-z]+[ \t]+)?$/;
/** The writer's own clause about glucose they carry: "in my bag", "for my hypos", "as I have type 1" ("for my patients" is work). */
const OWN_GLUCOSE = /\bmy[ \t]+(?!(?:patients?|clients?|residents?|caseload|team|ward|clinic|service)\b)\p{L}|\bas[ \t]+I(?:[ \t]+(?:have|am)|['’]m)\b/iu;
/** What a device gives a clinician to read is work, not the writer's aid: "use CGM data", "review Libre downloads". */
const DEVICE_OUTPUT = /^\s+(?:data|downloads?|reports?|readings?|traces?|interpretation|uploads?|results)\b/i;
/** The one a place has is no one's own: "use the hearing loop in clinic" (the writer's is "my" or "a"). */
const THE_BEFORE = /\bthe[ \t]+$/i;
/** The writer's verb of using it goes with it: "I [use a hearing aid]", "and [drive an adapted car]" (not "I fitted hearing aids"). */
const DEVICE_VERB = /(?:^|[^\p{L}'’])(?:I|and|we)[ \t]+(?:(?:also|now|still)[ \t]+)?((?:use|uses|used|wear|wears|carry|carries|keep|drive|drives|rely[ \t]+on|relies[ \t]+on)[ \t]+(?:(?:an?|two)[ \t]+)?(?:[a-z]+[ \t]+)?)$/u;
/**
 * The writer's own experience of care, which tells a condition: "[my own experience of mental health
 * services]", "lived experience of [CAMHS]" ("my experience of CAMHS" may be work, and stays).
 */
const OWN_EXPERIENCE =
  /\b(?:[Mm]y[ \t]+(?:own|personal)[ \t]+|[Ll]ived[ \t]+)experiences?[ \t\n]+(?:of|with)[ \t\n]+(?:(?:using|being[ \t\n]+under|receiving)[ \t\n]+)?(?:mental[ \t\n]+health[ \t\n]+services|mental[ \t\n]+(?:ill[ \t-]?)?health|mental[ \t\n]+illness|psychiatric[ \t\n]+(?:care|services|wards?)|CAMHS|being[ \t\n]+a[ \t\n]+(?:patient|service[ \t\n]+user))\b/g;
/** Care the writer received from a service, in a sentence that already tells their condition: "I was [supported by a CAMHS team in Enfield]". */
const CARED_FOR_BY =
  /\b(?:I|and)[ \t\n]+was[ \t\n]+((?:supported|treated|seen|cared[ \t\n]+for|looked[ \t\n]+after|helped)[ \t\n]+by[ \t\n]+(?:(?:an?|the|my)[ \t\n]+)?(?:local[ \t\n]+)?(?:CAMHS|CMHT|IAPT|(?:community[ \t\n]+mental[ \t\n]+health|crisis|home[ \t\n]+treatment|early[ \t\n]+intervention|eating[ \t\n]+disorders?)[ \t\n]+(?:team|service)|mental[ \t\n]+health[ \t\n]+services|a[ \t\n]+psychiatrist|a[ \t\n]+counsellor)(?:[ \t\n]+(?:team|service))?(?:[ \t\n]+in[ \t\n]+\p{Lu}[\p{L}'’-]*)?)/gu;
/** The writer's health said well: "I am [fit and healthy]", "and [in good health]". */
const WELL = /\b(?:I[ \t]+am|I['’]m|and|old,)[ \t]+((?:fully[ \t]+)?fit[ \t]+and[ \t]+(?:healthy|well)|in[ \t]+(?:very[ \t]+)?good[ \t]+(?:physical[ \t]+)?health)\b|\band[ \t]+have[ \t\n]+(been[ \t\n]+(?:well|fine|clear)[ \t\n]+(?:ever[ \t\n]+)?since)\b/g;

/** A height or weight: "5'2\"", "160 cm", "52 kg", "8 st". */
const MEASURE = `(?:\\d[ \\t]?(?:ft|feet|foot)(?:[ \\t]?\\d{1,2}(?:[ \\t]?(?:in|inches)\\b)?)?|\\d{1,3}(?:\\.\\d{1,2})?[ \\t]*(?:kg|kgs|kilos|st|stone|lbs?|cm|m)\\b|\\d['’′][ \\t]?\\d{1,2}(?:["”″]|['’]{2})?)`;
/** The body's measures, with or without a label's colon: "Height 5'2\"", "weight: 52 kg", "5'2\" / 52 kg". */
const BODY = new RegExp(`\\b(?:[Hh]eight|[Ww]eight|[Ww]eighs?|I[ \\t]+am|I['’]m)\\b[ \\t]*(?:[:\\-–][ \\t]*)?(?:about[ \\t]+|around[ \\t]+)?${MEASURE}|\\b\\d['’′][ \\t]?\\d{1,2}(?:["”″]|['’]{2})?[ \\t]*(?:\\/|,|and)[ \\t]*\\d{2,3}[ \\t]*(?:kg|kgs|lbs?)\\b`, 'g');
/** The label before a measure stays: "Height [HEALTH]". */
const BODY_LABEL = /^(?:I[ \t]+am|I['’]m|[A-Za-z]+)\b[ \t]*(?:[:\-–][ \t]*)?(?:about[ \t]+|around[ \t]+)?(?=\d)/;

/** What joins two conditions of one list: ", ", " and ", ", or ". */
const LISTED_BETWEEN = /^(?:,[ \t]*|,?[ \t]+(?:and|or|&)[ \t]+)$/;
/** A list of the writer's conditions going on to what they do: "my arthritis and anxiety both flared", "…and asthma have". */
const LIST_GOES_ON = /^[ \t]+(?:both|all|each|have|had|are|were|can|could|do|did|flare[sd]?|flared|make|made|keep|kept|mean|left)\b/;

/** A noun after the writer's condition that is theirs too: "a cancer survivor", "my dyslexia diagnosis", "[cancer treatment]". */
const OWN_NOUN_AFTER = /^[ \t]+(?:survivor|sufferer|diagnosis|treatment|journey|scare)\b/;

/** A condition's span grown to the words that make it the writer's and to where and when ("diagnosed with [breast cancer in 2020]"). */
function grown(text: string, start: number, end: number): Span {
  // Two words of kind or management at most: "mild psoriatic [arthritis]".
  let managed = start;
  for (let words = 0; words < 2; words++) managed -= MANAGED.exec(text.slice(Math.max(0, managed - 30), managed))?.[0].length ?? 0;
  const s = managed - (LEAD.exec(text.slice(Math.max(0, managed - 40), managed))?.[0].length ?? 0);
  let e = end + (OWN_NOUN_AFTER.exec(text.slice(end, end + 20))?.[0].length ?? 0);
  e += DESCRIBED.exec(text.slice(e, e + 80))?.[0].length ?? 0;
  e += MANAGED_WITH.exec(text.slice(e, e + 50))?.[0].length ?? 0;
  e += WHERE_AFTER.exec(text.slice(e, e + 60))?.[0].length ?? 0;
  const when = WHEN_AFTER.exec(text.slice(e, e + 40))?.[0].length ?? 0;
  // "PTSD from my childhood, well managed for many years": how it is managed may follow its when.
  e += when + (when ? (DESCRIBED.exec(text.slice(e + when, e + when + 80))?.[0].length ?? 0) : 0);
  e += CONTINUED.exec(text.slice(e, e + 100))?.[0].length ?? 0;
  // Divisible, so an age inside its when ("since I was 12") takes its words and the condition still goes.
  return makeSpan('health', s, e, { divisible: true });
}

/** The condition told before the dash at `dash` (WORK_IMPACT), with its year and how it is managed, or null; what it means for the work stays. */
function statedCondition(text: string, dash: number): Span | null {
  const end = dash - trailingLength(text.slice(Math.max(0, dash - 8), dash), BLANK);
  let before = text.slice(Math.max(0, dash - 120), end);
  const managed = STATED_MANAGED.exec(before);
  if (managed) before = before.slice(0, managed.index);
  const bracket = STATED_BRACKET.exec(before);
  if (bracket) before = before.slice(0, bracket.index - trailingLength(before.slice(0, bracket.index), BLANK));
  const when = STATED_WHEN.exec(before);
  if (when) before = before.slice(0, when.index - trailingLength(before.slice(0, when.index), BLANK));
  // Back to the sentence's or the line's start.
  let from = before.length;
  while (from > 0 && !/[\n.!?]/.test(before.charAt(from - 1))) from--;
  if (from === 0 && dash > 120) return null;
  const condition = STATED_WORDING.exec(before.slice(from).trimStart())?.[1];
  if (condition === undefined || !STATED_WORDS.test(condition.toLowerCase())) return null;
  return makeSpan('health', Math.max(0, dash - 120) + before.length - condition.length, end);
}

/**
 * Health and disability the writer discloses about themselves or their family ("I have type 1
 * diabetes", "my brother, who has autism"), and disability staff networks. A condition named in
 * clinical work ("diabetes clinics", "stroke patients") stays.
 */
/** The words of a network's name before its condition's word: "Disability and " before "Neurodiversity Network". */
const DISABILITY_AND = /(?:\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+)$/u;

export function findHealth(text: string): Span[] {
  const spans: Span[] = [];
  // In the text's order, so a condition listed after another finds it already read.
  const conditions = [...matchAll(text, CONDITION), ...matchAll(text, MENOPAUSE), ...matchAll(text, CONDITION_MORE), ...matchAll(text, MEDICAL_EXIT), ...matchAll(text, MY_CAPITALISED)];
  for (const m of conditions.sort((a, b) => a.index - b.index)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(end, end + 30);
    // "my diabetes educator" is the writer's own carer, unlike "a diabetes educator".
    const clinical = CLINICAL_AFTER.test(after) && !(POST_AFTER.test(after) && MY_BEFORE.test(before));
    const group = groupBefore(ownSentence(before));
    // "lived experience of anxiety" is the writer's own, unlike "experience of anxiety" at work.
    // Only the condition's own sentence says whose it is: "… groups for mothers with birth trauma. After my own postnatal depression".
    if (clinical || listedBeforeWork(text, m.index, end) || ((CLINICAL_BEFORE.test(ownSentence(before)) || group === 'others') && !LIVED.test(before))) continue;
    const clause = clauseBefore(text, m.index);
    if (TREATING.test(clause)) continue;
    // "dementia-friendly": a compound naming a thing, not a condition someone has.
    if (/^-\p{L}/u.test(text.slice(end, end + 2))) continue;
    // A frame that makes the writer the one with it takes the words between ("As someone with [a hidden disability]").
    // A participle opens its clause: at the text's start too, which a window cut short is not.
    const through = LIVED_THROUGH.exec(m.index <= 60 ? `\n${before}` : before);
    const frame = SELF_FRAME.exec(before) ?? (through && WRITER_WORD.test(sentence(text, m.index, end)) ? through : null);
    // The condition ends its noun phrase: "Being [diabetic], I", not "Being a diabetes educator".
    if (frame && (HEAD_END.test(after) || OWN_NOUN_AFTER.test(after) || WHERE_AFTER.test(after) || MYSELF_AFTER.test(after) || !/^[ \t]+\p{Ll}/u.test(after))) {
      spans.push(grown(text, m.index - frame[1]!.length, end));
      continue;
    }
    // "my anxiety and [depression]": a condition listed straight after one of the writer's is theirs too, where it ends its
    // noun phrase ("my arthritis and stroke rehab background" is work).
    const prev = spans.findLast((span) => span.type === 'health' && span.end <= m.index);
    const ends = HEAD_END.test(after) || OWN_NOUN_AFTER.test(after) || LIST_GOES_ON.test(after) || !/^[ \t]+\p{Ll}/u.test(after);
    const listed = prev !== undefined && ends && LISTED_BETWEEN.test(text.slice(prev.end, m.index));
    const own = listed || group === 'writer' || LIVED.test(before) || CAME_TO_HAVE.test(before) || /\bmy\s+$/i.test(text.slice(Math.max(0, m.index - 3), m.index)) || MYSELF_AFTER.test(after) || MADE_ME.test(after) || m.groups?.said !== undefined || (m.groups?.exit !== undefined && !clause.trim());
    if (!own && !PERSONAL.test(sentence(text, m.index, end)) && !undergone(clause)) continue;
    if (!own && othersHaveIt(clause)) continue;
    spans.push(grown(text, m.index, end));
  }
  for (const [pattern, infection] of [[OWN_CONDITION, false], [OWN_INFECTION, true]] as const) {
    for (const m of matchAll(text, pattern)) {
      const end = m.index + m[0].length;
      // "I had pneumonia patients on every bay", "I manage sight loss services" are work.
      if (workAfter(text, end, !infection && /^[Mm]y\b/.test(m[0]))) continue;
      spans.push(grown(text, end - m[1]!.length, end));
      const rest = text.slice(end, end + 60);
      const stop = rest.search(/[.;:!?\n]|[ \t,](?:but|so|which|while|because)\b/);
      const and = AND_OWN.exec(stop < 0 ? rest : rest.slice(0, stop));
      const to = end + (and?.index ?? 0) + (and?.[0].length ?? 0);
      if (and && !CLINICAL_AFTER.test(text.slice(to, to + 30))) spans.push(grown(text, to - and[1]!.length, to));
    }
  }
  for (const m of matchAll(text, WORK_IMPACT)) {
    const span = statedCondition(text, m.index);
    if (span) spans.push(span);
  }
  for (const m of matchAll(text, CONDITION_HEAD)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!HEAD_END.test(after)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(grown(text, start, m.index + m[0].length));
  }
  for (const m of matchAll(text, SAID_OF_WRITER)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(grown(text, start, m.index + m[0].length));
  }
  for (const m of matchAll(text, OWN_BODY)) {
    // "lost my hearing [after meningitis]": its cause, to the clause's end.
    const end = m.index + m[0].length;
    spans.push(grown(text, m.index, end + (CAUSE_AFTER.exec(text.slice(end, end + 50))?.[0].length ?? 0)));
  }
  for (const m of matchAll(text, WRITER_STATE)) {
    const state = m[1] ?? m[2]!;
    const start = m.index + m[0].length - state.length;
    spans.push(makeSpan('health', start, m.index + m[0].length));
  }
  for (const m of matchAll(text, SYMPTOM)) spans.push(grown(text, m.index, m.index + m[0].length));
  for (const m of matchAll(text, OWN_VERB)) spans.push(makeSpan('health', m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  for (const m of matchAll(text, BODY_CAUSE)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (WRITER.test(near(text, m.index, m.index + m[0].length))) spans.push(grown(text, start, m.index + m[0].length));
  }
  for (const m of [...matchAll(text, EVENT_FIRST), ...matchAll(text, TREATMENT_FIRST)]) spans.push(makeSpan('health', m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  for (const m of matchAll(text, SIGNED_OFF)) if (WRITER.test(near(text, m.index, m.index + m[0].length))) spans.push(grown(text, m.index, m.index + m[0].length));
  for (const m of matchAll(text, MEDICINE_FOR)) {
    if (FOR_OTHERS.test(m[1]!)) continue;
    // After "and" the subject is the clause's: the writer's medicine only when the writer is that
    // subject and no one else is named in it ("I teach patients to check and use…" is work).
    if (m[0].startsWith('and')) {
      const clause = clauseBefore(text, m.index);
      if (!/^[ \t]*I(?![\p{L}'’])/u.test(clause) || OTHERS_IN_CLAUSE.test(clause)) continue;
    }
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(grown(text, start, m.index + m[0].length));
  }
  for (const m of matchAll(text, THERAPY_HELPED)) spans.push(makeSpan('health', m.index, m.index + m[1]!.length));
  for (const m of matchAll(text, OPERATION)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "Following my heart operation": "my" in the match makes it the writer's.
    if (CLINICAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const mine = /^my\b|[ \t]my[ \t]/i.test(m[0]);
    if (!mine && othersHaveIt(clauseBefore(text, m.index))) continue;
    if (mine || PERSONAL.test(near(text, m.index, start + m[1]!.length))) spans.push(grown(text, start, start + m[1]!.length));
  }
  for (const m of matchAll(text, THERAPY)) {
    const end = m.index + m[0].length;
    if (!PERSONAL.test(near(text, m.index, end))) continue;
    // "had CBT": the verb stays ("I had [HEALTH]"); the therapy, who gave it and when go. Seeing or attending goes with it ("I [see a counsellor]").
    const verb = /^(?:see|sees|seeing|saw|attend|attends|attending)\b/.test(m[0]) ? 0 : (/^\S+(?:[ \t]+(?:through|having|referred[ \t]+for|from))?[ \t]+/.exec(m[0])?.[0].length ?? 0);
    let e = end + (THROUGH_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0);
    e += WHEN_AFTER.exec(text.slice(e, e + 40))?.[0].length ?? 0;
    // "weekly for a knee injury", "fortnightly for anxiety": how often and what for.
    e += THERAPY_FOR.exec(text.slice(e, e + 60))?.[0].length ?? 0;
    spans.push(makeSpan('health', m.index + verb, e));
  }
  for (const m of matchAll(text, DEVICE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (CLINICAL_AFTER.test(text.slice(end, end + 30)) || DEVICE_OUTPUT.test(text.slice(end, end + 30)) || !DEVICE_OWNER.test(before) || THE_BEFORE.test(before)) continue;
    const around = near(text, m.index, end);
    const verb = DEVICE_VERB.exec(text.slice(Math.max(0, m.index - 40), m.index));
    // "and use a hearing aid" after "I have a hearing impairment\n(left ear)": the writer's verb, over a bracket's line break.
    const writers = verb !== null && WRITER.test(text.slice(Math.max(0, m.index - 100), m.index));
    if (!PERSONAL.test(around) && !/\bmy\b/i.test(around) && !writers) continue;
    // Glucose is kept for patients too ("glucose gel in every hypo box"): only the writer's own clause makes it theirs.
    if (/^glucose/.test(m[0]) && !OWN_GLUCOSE.test(around)) continue;
    spans.push(makeSpan('health', m.index - (verb?.[1]?.length ?? 0), end + (WHERE_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0)));
  }
  for (const m of matchAll(text, ADJUSTMENT)) {
    const end = m.index + m[0].length;
    if (OWN_SUPPORT.test(sentence(text, m.index, end))) spans.push(makeSpan('health', m.index, end));
  }
  for (const m of matchAll(text, OWN_EXPERIENCE)) spans.push(makeSpan('health', m.index, m.index + m[0].length));
  for (const m of matchAll(text, WELL)) {
    const said = m[1] ?? m[2]!;
    spans.push(makeSpan('health', m.index + m[0].length - said.length, m.index + m[0].length));
  }
  const conditionBefore = spansBefore(spans);
  for (const m of matchAll(text, CARED_FOR_BY)) {
    const start = m.index + m[0].length - m[1]!.length;
    const [from] = sentenceBounds(text, m.index, m.index, 200, 0);
    if (conditionBefore(from, m.index)) spans.push(makeSpan('health', start, m.index + m[0].length));
  }
  for (const m of matchAll(text, BODY)) {
    const label = BODY_LABEL.exec(m[0])?.[0].length ?? 0;
    spans.push(makeSpan('health', m.index + label, m.index + m[0].length));
  }
  for (const m of matchAll(text, /\b(?:Disabled|Disability|Neurodiversity|Neurodivergent)\s+(?:Staff\s+)?(?:Network|Forum|Group|Association)\b/g)) {
    // What someone else chairs: "Mei Lin (Disability and Carers Network)" is her role, as in find-ethnicity.
    if (!isRoleBracket(text, m.index - (DISABILITY_AND.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0].length ?? 0), m.index + m[0].length)) {
      spans.push(makeSpan('health', m.index, m.index + m[0].length));
    }
  }
  return spans;
}
