import { acronyms } from './acronyms';
import { ageNoted, youngHire } from './age-described';
import { ageLimit } from './age-limit';
import { conditionDoubted } from './condition-doubted';
import { familyJudged } from './family-judged';
import { familyNoted } from './family-noted';
import { genericPronoun } from './generic-pronoun';
import { groupExcluded } from './group-excluded';
import { healthBarred } from './health-barred';
import { healthQuestion } from './health-question';
import type { HandlerName } from './names';
import { oneSex } from './one-sex';
import { originLabelled, originStereotyped } from './origin-labelled';
import { originQuestions } from './origin-question';
import { personDemanded } from './person-demanded';
import { personJudged } from './person-judged';
import { physicalExtent } from './physical-extent';
import { sexPreferred } from './sex-preferred';
import { sisterPost } from './sister-post';
import { socialLifeExpected } from './social-life';
import { structureHandlers } from './structure';
import { timeDemanded } from './time-demanded';
import type { Handler } from './types';
import { warnedOff } from './warned-off';
import { workingPatternRefused } from './working-pattern';
import { yearsExperience } from './years-experience';

/** Every rule whose logic is code, by the name its wordlist entry gives in `handler`. */
export const HANDLER_REGISTRY: Record<HandlerName, Handler> = {
  'generic-pronoun': genericPronoun,
  acronym: acronyms,
  'years-experience': yearsExperience,
  'origin-question': originQuestions,
  'origin-labelled': originLabelled,
  'origin-stereotyped': originStereotyped,
  'one-sex': oneSex,
  'age-limit': ageLimit,
  'health-question': healthQuestion,
  'sister-post': sisterPost,
  'age-noted': ageNoted,
  'young-hire': youngHire,
  'working-pattern-refused': workingPatternRefused,
  'social-life-expected': socialLifeExpected,
  'warned-off': warnedOff,
  'family-noted': familyNoted,
  'family-judged': familyJudged,
  'condition-doubted': conditionDoubted,
  'health-barred': healthBarred,
  'sex-preferred': sexPreferred,
  'age-judged': personJudged('age'),
  'origin-judged': personJudged('origin'),
  'health-judged': personJudged('health'),
  'faith-judged': personJudged('religion'),
  'orientation-judged': personJudged('orientation'),
  'physique-demanded': personDemanded('physique'),
  'looks-demanded': personDemanded('looks'),
  'residence-demanded': personDemanded('residence'),
  'faith-demanded': personDemanded('faith'),
  'birthplace-demanded': personDemanded('birthplace'),
  'age-group-excluded': groupExcluded('age-group'),
  'circumstance-excluded': groupExcluded('circumstance'),
  'people-excluded': groupExcluded('people'),
  'time-demanded': timeDemanded,
  'physical-extent': physicalExtent,
  ...structureHandlers,
};
