import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 48, issue 11: how candidates are described after interview and in references. Each reading judges a person on
// manner, looks or origin rather than on evidence; its near cases judge a thing, a document or a fair answer.
describe('a candidate judged on manner, looks or origin in panel notes and references', () => {
  flags([
    ["He was surprisingly articulate for someone from that background.", 'email', [["well-spoken","surprisingly articulate",7]]],
    ["Articulate for someone with her upbringing, I'll give her that.", 'email', [["well-spoken","Articulate for someone with",0],["generic-pronoun","her",28],["generic-pronoun","her",54]]],
    ["Very articulate, you'd never guess where he grew up.", 'email', [["origin-judged","you'd never guess where he grew up",17]]],
    ["Lacks the gravitas we want in a consultant.", 'email', [["demeanour-judged","Lacks the gravitas",0]]],
    ["Debrief: she lacked the executive presence the board expects.", 'email', [["demeanour-judged","lacked the executive presence",13]]],
    ["No real presence in the room next to the others.", 'email', [["demeanour-judged","No real presence",0]]],
    ["Needs more polish before she's ready for a Band 7 post.", 'email', [["demeanour-judged","Needs more polish",0]]],
    ["Honestly he needed more gravitas for the clinical director job.", 'email', [["demeanour-judged","needed more gravitas",12]]],
    ["Not as polished as the other candidates; a bit unrefined.", 'email', [["demeanour-judged","Not as polished as the other candidates",0]]],
    ["She wasn't very polished, so I'd put her third.", 'email', [["demeanour-judged","She wasn't very polished",0]]],
    ["He isn't very well spoken, which matters for a PA to the chief executive.", 'email', [["well-spoken","isn't very well spoken",3]]],
    ["Good candidate, but he was not corporate enough for the exec office.", 'email', [["generic-pronoun","he",20],["demeanour-judged","not corporate enough",27]]],
    ["Too emotional for a crisis team, in my opinion.", 'email', [["emotional-judged","Too emotional for a",0]]],
    ["Reference reply: a pleasant colleague, though rather emotional at times.", 'email', [["emotional-judged","rather emotional at times",46]]],
    ["Came across as abrasive, even though her answers were fine.", 'email', [["demeanour-judged","Came across as abrasive",0]]],
    ["He seemed quite intimidating at interview.", 'email', [["demeanour-judged","seemed quite intimidating",3]]],
    ["She's a bit intimidating; the receptionists wouldn't warm to her.", 'email', [["demeanour-judged","She's a bit intimidating",0]]],
    ["He's got a bit of a chip on his shoulder, I'd avoid.", 'email', [["demeanour-judged","chip on his shoulder",20]]],
    ["Feisty little thing, she'd keep the consultants in line.", 'email', [["demeanour-judged","Feisty little thing",0]]],
    ["He's a real character, not sure he'd fit with our lot.", 'email', [["demeanour-judged","He's a real character",0]]],
    ["I wasn't sure about her: very intense for a woman.", 'email', [["sex-stereotyped-traits","intense for a woman",30]]],
    ["A lovely nurse, but too soft for a man in charge of a forensic ward.", 'email', [["sex-stereotyped-traits","soft for a man",24]]],
    ["His beard looked scruffy and he didn't seem professional.", 'email', [["appearance-led","His beard looked scruffy",0]]],
    ["Her hair was a bit wild for a clinical post.", 'email', [["appearance-led","Her hair was a bit wild",0]]],
    ["Her shoes and make-up were a bit much for an NHS interview.", 'email', [["appearance-led","Her shoes and make-up were a bit much",0]]],
    ["Dreadlocks aren't really the look we want on reception.", 'email', [["grooming-rule","Dreadlocks aren't really the look",0]]],
    ["A striking, rather exotic-looking candidate; the patients would love her.", 'email', [["appearance-led","exotic-looking",19],["generic-pronoun","her",69]]],
    ["She has a lovely figure, which never hurts in a shop.", 'email', [["appearance-led","has a lovely figure",4]]],
    ["Agency summary: strong candidate, Nigerian but speaks good English.", 'email', [["origin-judged","but speaks good English",43]]],
    ["Trained in Kerala but her English is excellent.", 'email', [["origin-judged","but her English is excellent",18]]],
  ]);
});

describe('fair, evidence-based panel comments and the same words said of things', () => {
  leaves([
    ["Answered clearly with examples from her last two posts.", 'email'],
    ["Spoke about her experience in Manila as relevant evidence of running a busy ward.", 'email'],
    ["Asked for an adjustment, which we gave: extra time on the written task.", 'email'],
    ["He explained the audit cycle accurately and linked it to his own project.", 'email'],
    ["He asked for a quiet room to pray during the assessment day, which we provided.", 'email'],
    ["He disclosed a stammer and asked for more time to answer; we gave it.", 'email'],
    ["Her name is pronounced Nee-AHV; please say it that way when you call her in.", 'email'],
    ["This draft is not as polished as the final version of the policy will be.", 'email'],
    ["Instruments must be polished and checked before packing.", 'email'],
    ["Check for the presence of blood in the sample.", 'email'],
    ["Her presentation lacked the data on waiting times that we asked for.", 'email'],
    ["Needs more experience of budget setting before a Band 8a post; no example given.", 'email'],
    ["Interviews can feel intimidating, so we send the questions in advance.", 'email'],
    ["Use a non-abrasive cloth on the screens.", 'email'],
    ["The old cottage hospital building has a real character.", 'email'],
    ["Our team is well spoken of in the town.", 'email'],
    ["She speaks good English and Tagalog, which helps on the ward.", 'email'],
    ["It is a strong role for a woman returning to nursing after a break.", 'email'],
    ["The ward can feel emotional for a newly qualified nurse at first, so preceptorship is protected.", 'email'],
    ["His uniform was clean and his ID badge was visible, as the dress code asks.", 'email'],
    ["She described managing an aggressive patient calmly and safely.", 'email'],
    ["He trained in Nigeria and worked for six years in Lagos, which is relevant to the role.", 'email'],
    ["The reference described her as calm, thorough and kind to patients.", 'email'],
    ["She was the only candidate to mention duty of candour.", 'email'],
  ]);
});

// Issue 11, part 1: a range of the people already there ("from young people … to older volunteers who have given
// their time") describes them, not whom the post wants; a faith-related request the panel granted is not held against anyone.
describe('older people in a range already served, and a faith request granted', () => {
  leaves([
    ["The league of friends has members of every background, from young people doing the Duke of Edinburgh's Award to older members who have fundraised for decades.", 'advert'],
    ['She asked for the interview to be moved after Eid, and we rearranged it.', 'email'],
    ['He asked to sit the numeracy test after sunset during Ramadan, which we arranged.', 'email'],
  ]);
  flags([
    ['We want older volunteers who can give their time in the week.', 'advert', [['age-older', 'older', 8]]],
    ["She asked for the interview to be moved after Eid, so I'd mark her down for commitment.", 'email', [['faith-judged', 'Eid', 46]]],
  ]);
});

// Issue 11, part 1: "confident" with the task or the tool it is said of ("confident on the till", "confident
// presenting the data") is a skill asked for or seen, not the trait the gender-coded wordlists mean.
describe('confident at a task or with a tool', () => {
  leaves([
    ['Confident on the phones and using the booking system.', 'advert'],
    ["She was confident presenting the data and handled the panel's questions well.", 'email'],
  ]);
  flags([['We want a confident, outgoing receptionist.', 'advert', [['masculine-confident', 'confident', 10]]]]);
});
