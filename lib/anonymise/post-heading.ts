/**
 * The last words of a post, as a heading names it before a dash and the holder's name: "Catering Manager - Joby Scaria",
 * "Ward Clerk – Precious Dube". One list for the two readings of such a heading: a name's seed anywhere in the text
 * (`find-name-seeds.ts`) and the candidate's name on the first line (`find-candidate-name.ts`).
 */
const POSTS =
  'Manager|Officer|Assistant|Worker|Nurse|Midwife|Pharmacist|Technician|Scientist|Porter|Chef|Cook|Housekeeper|Domestic|Supervisor|Lead|Clerk|Receptionist|Administrator|Secretary|Coordinator|Co-ordinator|Therapist|Practitioner|Apprentice|Trainee|Volunteer|Analyst|Engineer|Electrician|Optometrist|Hygienist|Dentist|Radiographer|Paramedic|Carer';

/** A heading line of a post (its last word a post's) set off by a dash before two or three capitalised words ending the line. */
export const POST_DASH_NAME = new RegExp(
  `^[ \\t]*(?:\\p{Lu}[\\p{L}&-]*[ \\t]+){0,3}(?:${POSTS})[ \\t]+[-–—][ \\t]+((?:\\p{Lu}[\\p{Ll}'’-]+[ \\t]+){1,2}\\p{Lu}[\\p{Ll}'’-]+)[ \\t]*$`,
  'u',
);
