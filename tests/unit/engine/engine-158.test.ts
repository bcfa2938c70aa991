import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 50, issue 11: study-slice recall where it is lowest. Two families of misses mended by general readings, each
// with fresh cases in other words and near cases that must stay silent.

// Others' prejudice made the reason: patients or customers said to be "funny about" a candidate or what they wear,
// cited to keep them off the desk. The same words about patients' own fears ("funny about needles", "about change"),
// or with no candidate spoken of, are not a judgement of the candidate.
describe('patients or customers said to be funny about a candidate', () => {
  flags([
    ["The man with the turban interviewed well, but our older regulars might be a bit funny about him, so maybe not on the counter.", 'email', [["others-prejudice-cited", "regulars might be a bit funny about him", 56]]],
    ["Good clinically, but some of the residents could be funny about her, so maybe not on the day unit.", 'email', [["others-prejudice-cited", "residents could be funny about her", 33]]],
  ]);
  leaves([
    ["Some patients are funny about needles, so take your time and explain each step.", 'email'],
    ["Nobody minds the new rota, though some patients can be funny about change.", 'email'],
    ["Some children can be funny about it, so let them hold the otoscope first.", 'email'],
  ]);
});

// A full-time pattern wanted of the person ("I'd need someone full time"), the same demand as "must be full time"
// said as a want. Negated, or with part time or a job share open, it refuses no pattern.
describe('full time wanted of the person', () => {
  flags([
  ]);
  leaves([
    ["We'd prefer someone full time, but we're happy to discuss a job share.", 'email'],
    ["We don't need someone full time for this.", 'email'],
    ["We need someone full time or part time to run the Saturday clinic.", 'email'],
  ]);
});
