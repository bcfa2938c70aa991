import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 38, a seventeenth set of problem wording real employers, colleagues and patients used (engine-108), weighted to
// race remarks at work (hair, English, "a proper nurse", faith or people "coming out of" someone, sent back home),
// menopause and age taunts, carers and parents put behind the service, pregnancy and maternity in training, a woman who
// cannot be both, a condition said to unfit someone for the profession, and a patient's wish for one colour passed on.
// Each reading is shown in other words than the sources, with a near sentence it leaves quiet.

describe('race remarks: hair colour said unnatural for a person or a people, surprise at good English, a "real" clinician wanted', () => {
  flags([
    ['Pink streaks are an unnatural colour for someone like you.', 'email', [['race-remark', 'unnatural colour for someone like you', 20]]],
    ["Asian girls don't have red hair, so the dye will have to go.", 'email', [['race-remark', "Asian girls don't have red hair", 0]]],
    ['How come his English is so fluent?', 'question', [['race-remark', 'How come his English is so fluent', 0]]],
    ['Put me through to somebody who really speaks English.', 'email', [['race-remark', 'somebody who really speaks English', 18]]],
    ['He wanted a real doctor, not someone trained abroad.', 'email', [['race-remark', 'real doctor, not someone trained abroad', 12]]],
    ['No, I mean an English nurse.', 'email', [['race-remark', 'I mean an English nurse', 4]]],
  ]);
  leaves([
    ['Grey is a natural colour for the new uniforms.', 'email'],
    ['Black women are under-represented in senior nursing posts.', 'advert'],
    ['How come the English test results are late?', 'question'],
    ['Please find someone who speaks Polish for the clinic.', 'email'],
    ['A real doctor from the practice will call you back.', 'email'],
    ['I mean an English class, not a maths class.', 'email'],
  ]);
});

describe('a faith or a people said to come out of someone, "Hebrew slaves", sent back on a boat; an orientation slur', () => {
  flags([
    ['Is that the Catholic in him talking?', 'email', [['race-remark', 'the Catholic in him', 8]]],
    ["We've all been grafting like Hebrew slaves this month.", 'email', [['race-remark', 'Hebrew slaves', 29]]],
    ["He'll be on the next boat back to Poland.", 'email', [['race-remark', 'on the next boat back to Poland', 9]]],
    ['Here comes the poof again.', 'email', [['orientation-slur', 'the poof', 11]]],
  ]);
  leaves([
    ['The Catholic chaplain is in on Tuesdays.', 'email'],
    ['She will be on the bus back to the depot at five.', 'email'],
  ]);
});

describe('lapses put down to dementia; a carer or parent put behind the service; flexible hours refused as floodgates', () => {
  flags([
    ['Forgot the keys? Is it dementia again?', 'email', [['age-idioms', 'Is it dementia again', 17]]],
    ['Another senior moment from her this morning.', 'email', [['age-idioms', 'Another senior moment', 0]]],
    ['The needs of the practice come before her need to look after her mother.', 'email', [['caring-held-against', 'needs of the practice come before her need to look after', 4]]],
    ['If we let him leave early it will open the floodgates for everyone wanting part-time hours.', 'email', [['caring-held-against', 'open the floodgates', 34]]],
  ]);
  leaves([
    ['The needs of the service come first when we plan the rota, and we consider every request.', 'email'],
    ['Demand for the clinic could open the floodgates.', 'email'],
  ]);
});

describe('children asked about, training refused because of maternity leave, a woman who cannot be both', () => {
  flags([
    ["So you've got kids already?", 'question', [['question-children', 'got kids already', 10]]],
    ['If you had to collect your son from nursery, who would cover?', 'question', [['question-children', 'If you had to collect your son', 0]]],
    ["It's pointless training her now she's pregnant.", 'email', [['pregnancy-mocked', 'pointless training her', 5], ['family-noted', 'pregnant', 38]]],
    ["She'll only forget everything on her maternity leave.", 'email', [['pregnancy-mocked', 'forget everything on her maternity leave', 12]]],
    ['You can be either a mum or a consultant.', 'email', [['sex-generalised', 'either a mum or a consultant', 11]]],
    ["She can't be both a mother and a surgeon.", 'email', [['sex-generalised', "can't be both a mother and a surgeon", 4]]],
  ]);
  leaves([
    ["If you had to cover a colleague's shift, what would you do?", 'question'],
    ['We will arrange training when she returns from maternity leave.', 'email'],
    ['She is a mother and a consultant.', 'email'],
    ['A separate room will be available for you to express milk when you return from maternity leave.', 'email'],
  ]);
});

describe("a condition said to unfit someone for the profession; a family's wish for one colour passed on; a partner out of work", () => {
  flags([
    ['Given his epilepsy he should not be a paramedic.', 'email', [['condition-dismissed', 'Given his epilepsy he should not be a paramedic', 0]]],
    ['With her diabetes she is a danger to herself on nights.', 'email', [['condition-dismissed', 'With her diabetes she is a danger to herself', 0]]],
    ["The family doesn't want an Asian carer to look after their father.", 'email', [['colour-demanded', "doesn't want an Asian carer to look after", 11]]],
    ['His wife not working would make relocating here a risk.', 'email', [['partner-job-noted', 'His wife not working', 0]]],
  ]);
  leaves([
    ['With his epilepsy well controlled, he drives and works as a paramedic.', 'email'],
    ["The patient doesn't want a student to examine her.", 'email'],
    ['Her husband is a teacher.', 'email'],
  ]);
});
