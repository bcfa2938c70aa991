import { matchSpans } from './match-spans';
import type { Span } from './span';

const WHOLE: RegExp[] = [
  // Staff networks: "LGBT+ staff network", "LGBTQIA+ Nurses Forum", "Rainbow Network", "Pride Network".
  /\bLGBT(?:Q|QI|QIA)?\+?(?:[ \t]+(?:staff|Staff|nurses|Nurses|doctors|Doctors|NHS|and|allies|Allies)){0,2}\s+(?:[Nn]etwork|[Ff]orum|[Gg]roup|[Ss]ociety|[Aa]ssociation)\b/g,
  /\b(?:Rainbow|Pride)[ \t]+(?:Staff[ \t]+)?(?:Network|Forum|Group)\b/g,
  // Pride events the writer joins: "at Pride every year since 2018", "Pride in London", "Manchester Pride" ("pride in my work" is lower case).
  /\b(?:at|in|to|for|with)[ \t]+(?:(?:London|Manchester|Birmingham|Brighton|Leeds|Cardiff|Glasgow|Belfast|UK)[ \t]+)?Pride\b(?![ \t]+(?:of|and)\b)(?:\s+(?:every|each)\s+year)?(?:\s+since\s+\d{4})?|\bPride[ \t]+(?:in[ \t]+London|march|parade|month)\b/g,
  // "where my sexuality made living safely difficult": the writer naming their own as something to tell tells it.
  /\bmy[ \t]+(?:sexuality|sexual[ \t]+orientation)\b/gi,
  // "my same-sex partner"
  /\bsame[- ]sex\s+(?:partner|spouse|wife|husband|relationship|marriage)\b/gi,
  // "an openly gay man", "proudly bisexual": stated in passing, anywhere; the man or woman it describes goes with it.
  /\b(?:openly|proudly)\s+(?:gay|lesbian|bisexual|bi|queer|pansexual|asexual)(?:\s+(?:man|woman|men|women))?\b/gi,
];
/**
 * "I am gay", "I never said I was gay", "as a lesbian", "as a bisexual woman", "as an out gay man": the orientation and the man or woman it describes. A
 * word of age or pride, of colour, faith or disability, or a capitalised one as a nationality or a people is, may stand before it ("as a teenage gay man",
 * "As a Black gay man", "as a white British gay man"), and the writer may add it to a role ("a nurse, who is also
 * a gay man"), as written or capitalised ("I identify as Gay"), or after another thing the writer is, "and" and "a" ("Being dyslexic and a lesbian", "as an autistic woman and a lesbian"). Not a cause or a group it names: "as a proud gay rights ally", "a gay-friendly ward",
 * "a gay men's health volunteer", "a bisexual health outreach worker", "gay and lesbian switchboard"; nor a capitalised word that starts a name with another capital after it ("As Gay Thompson said", "a Lesbian and
 * Gay Foundation volunteer").
 */
const LEAD = String.raw`\b(?:[Aa]s|I am|I was|I['’]?m|[Bb]eing|who is also)\s+(?:an?\s+)?`;
const DESCRIBED = String.raw`(?:(?:young|teenage|proud|older|disabled|deaf|black|white|trans|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+){0,2}`;
const ORIENTATION = String.raw`(?:out\s+)?(?:gay|lesbian|bisexual|bi|queer|pansexual|asexual|(?:Gay|Lesbian|Bisexual|Queer|Pansexual|Asexual)(?![ \t]+(?:and[ \t]+)?(?!(?:Man|Woman)\b)[A-Z]))`;
const NOT_A_CAUSE = String.raw`(?![ \t]*-|\s+(?:[Rr]ights|[Ff]riendly|[Pp]ride|[Nn]etwork|[Cc]ommunity|[Ee]quality|[Hh]ealth|[Oo]utreach|[Ss]witchboard|[Mm]en(?:['’]?s)?|and\s+(?:lesbian|gay|bisexual))\b)`;
const STATED = new RegExp(`${LEAD}(?:(?:[a-z][a-z-]*[ \\t]+){1,2}and[ \\t]+an?[ \\t]+)?${DESCRIBED}(${ORIENTATION}(?:\\s+(?:[Mm]an|[Ww]oman))?)\\b${NOT_A_CAUSE}`, 'g');
/**
 * After another thing the writer is and "and" with no "a", the orientation closes the clause or names the man or woman ("I am
 * Deaf and Gay.", "Being disabled and queer, I…"): with a noun after it, it describes a group ("I was asked and gay patients
 * told me…", "As staff and queer patients told us", "a mentor and queer theory reader").
 */
const STATED_AND = new RegExp(
  `${LEAD}(?:[A-Za-z][a-z-]*[ \\t]+){1,2}and[ \\t]+${DESCRIBED}(${ORIENTATION}(?:\\s+(?:[Mm]an|[Ww]oman)\\b|(?=[ \\t]*(?:[.,;:!?)]|$))))${NOT_A_CAUSE}`,
  'gm',
);

/** An orientation alone at the start of a line, a bullet or a cell of a CV's details: "- Bisexual, and active in…". */
const ALONE = /(?<=(?:^|[\n•·|])[ \t]{0,3}(?:[-*][ \t]{1,3})?)(?:Bisexual|Gay|Lesbian|Queer|Pansexual|Asexual)(?=[ \t]*(?:[,;.|·•]|$))/gm;

/** Sexual orientation the writer states, or a membership that implies it. */
export function findSexualOrientation(text: string): Span[] {
  return matchSpans(text, 'sexual-orientation', [...WHOLE, ALONE], [STATED, STATED_AND]);
}
