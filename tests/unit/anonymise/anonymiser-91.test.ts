import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 44 (helper anonymiser-91): what 46 public first-person staff stories (network members, porters, chaplains,
// volunteers, menopause, long COVID, dyslexia, autism, stammering, heritage months, international doctors) let through or
// took wrongly, each mended by a general reading. Fresh lines in our own words, each with a near case that must stay.

describe('a decade the writer was born or grew up in', { timeout: 30_000 }, () => {
  test('born, growing up or a teenager in a decade goes', () => {
    expect(redact('I was born in the 1970s on a farm.')).toBe('I was born in the [YEAR] on a farm.');
    expect(redact('Growing up in the 1990s, nobody spoke of autism.')).toBe('Growing up in the [YEAR], nobody spoke of autism.');
    expect(redact('As a keen teenage swimmer during the early 1980s I trained daily.')).toBe('As a keen teenage swimmer during the early [YEAR] I trained daily.');
  });

  test('a service’s or an organisation’s decade stays', () => {
    expect(redact('The clinic grew in the 1990s.')).toBe('The clinic grew in the 1990s.');
    expect(redact('We raised funds in the 2010s for a new scanner.')).toBe('We raised funds in the 2010s for a new scanner.');
  });
});

describe('sexual orientation after a word of age or added to a role', () => {
  test('"as a young gay woman", "who is also a bisexual man" go', () => {
    expect(redact('As a young lesbian woman I kept quiet at work.')).toBe('As a young [SEXUAL ORIENTATION] I kept quiet at work.');
    expect(redact('I am a paramedic, who is also a bisexual man, and I mentor students.')).toBe('I am a paramedic, who is also a [SEXUAL ORIENTATION], and I mentor students.');
  });

  test('a proud member stays', () => {
    expect(redact('As a proud member of the union I spoke.')).toBe('As a proud member of the union I spoke.');
  });
});

describe('a given name after a word that opens a clause', () => {
  test('"Whilst Dorothy and I", "Once Priya and I" find the name', () => {
    expect(redact('Whilst Dorothy and I ran the shop, I learnt stock control.')).toBe('Whilst [NAME 1] and I ran the shop, I learnt stock control.');
    expect(redact('Once Priya and I finished the audit, we presented it.')).toBe('Once [NAME 1] and I finished the audit, we presented it.');
  });
});

describe('"ex" before a word of work is "former"', () => {
  test('"my ex manager" stays, "my ex" goes', () => {
    expect(redact('My ex manager nominated me for the award.')).toBe('My ex manager nominated me for the award.');
    expect(redact('I was recommended by my ex colleague.')).toBe('I was recommended by my ex colleague.');
    expect(redact('My ex and I stayed friends.')).toBe('[MARITAL STATUS] and I stayed friends.');
  });
});

describe('the place around a place of birth, and a journey to Britain', () => {
  test('"the capital of …" after a place of birth goes with it', () => {
    expect(redact('I was born in Kigali, the capital of Rwanda, and trained there.')).toBe('I was born in [PLACE OF ORIGIN], and trained there.');
  });

  test('"my journey from … to the UK" names where the writer came from', () => {
    expect(redact('I will talk about my journey from Zambia to the UK as a nurse.')).toBe('I will talk about my journey from [PLACE OF ORIGIN] to the UK as a nurse.');
  });

  test('a journey between posts stays', () => {
    expect(redact('My journey from HCA to the UK register took six years.')).toBe('My journey from HCA to the UK register took six years.');
    expect(redact('The journey from Ward 7 to Theatre 2 is long.')).toBe('The journey from Ward 7 to Theatre 2 is long.');
  });
});

describe('family roles listed after a faith or a job', () => {
  test('"I am a Muslim, daughter, wife and …" takes each role', () => {
    expect(redact('I am a Muslim, daughter, wife and health visitor.')).toBe('I am a [RELIGION], [FAMILY], [MARITAL STATUS] and health visitor.');
    expect(redact('I am a pharmacist, father and uncle.')).toBe('I am a pharmacist, [FAMILY] and [FAMILY].');
  });

  test('a list of posts stays', () => {
    expect(redact('I am a pharmacist, trainer and assessor.')).toBe('I am a pharmacist, trainer and assessor.');
  });
});

describe('children praised as they are counted', () => {
  test('"two amazing teenage daughters" goes', () => {
    expect(redact('I am a widower with two amazing teenage daughters.')).toBe('I am [MARITAL STATUS] with [FAMILY].');
  });

  test('great teams stay', () => {
    expect(redact('I led two great teams through the merger.')).toBe('I led two great teams through the merger.');
  });
});

describe('the writer’s age in a bracket after them', () => {
  test('"my life (now 41)" goes', () => {
    expect(redact('All my life (now 41) I have worked outdoors.')).toBe('All my life (now [AGE]) I have worked outdoors.');
  });

  test('a team’s size stays', () => {
    expect(redact('I built the team (now 12) from scratch.')).toBe('I built the team (now 12) from scratch.');
  });
});

describe('the writer’s stammer, a condition opening a sentence, and one listed after another', () => {
  test('"My stammer", "I grew up with a stutter", "Having epilepsy" go', () => {
    expect(redact('My stammer eased once I qualified.')).toBe('My [HEALTH] eased once I qualified.');
    expect(redact('I grew up with a stutter and hated reading aloud.')).toBe('I grew up with a [HEALTH] and hated reading aloud.');
    expect(redact('Having epilepsy has taught me to plan.')).toBe('Having [HEALTH] has taught me to plan.');
  });

  test('"my arthritis and anxiety" both go', () => {
    expect(redact('My arthritis and anxiety both flared that winter.')).toBe('My [HEALTH] and [HEALTH] both flared that winter.');
  });

  test('work with the condition stays', () => {
    expect(redact('A stammer group meets on Tuesdays.')).toBe('A stammer group meets on Tuesdays.');
    expect(redact('I support patients with arthritis and anxiety.')).toBe('I support patients with arthritis and anxiety.');
    expect(redact('Having diabetes clinics nearby helps my patients.')).toBe('Having diabetes clinics nearby helps my patients.');
  });
});

describe('the writer’s people after "I come from a"', () => {
  test('"I come from a proud Punjabi heritage" goes', () => {
    expect(redact('I come from a proud Punjabi heritage and speak three languages.')).toBe('I come from a proud [ETHNICITY] and speak three languages.');
  });

  test('a family of nurses is told as a nationality, not a heritage', () => {
    expect(redact('I come from a long line of nurses.')).toBe('I come from a long line of nurses.');
  });
});

describe('an interview’s answer to "How old were you"', () => {
  test('the number under the question goes', () => {
    expect(redact('How old were you when your symptoms began?\n47\nWhat helped?')).toBe('How old were you when your symptoms began?\n[AGE]\nWhat helped?');
  });

  test('a count under another question stays', () => {
    expect(redact('How many patients did you see?\n47')).toBe('How many patients did you see?\n47');
  });
});

describe('a condition the writer capitalises after "my"', () => {
  test('"my Dyspraxia" goes, a service named with a capital stays', () => {
    expect(redact('My Dyspraxia means I plan my rounds carefully.')).toBe('My [HEALTH] means I plan my rounds carefully.');
    expect(redact('I joined the Dyspraxia Service as a band 5.')).toBe('I joined the Dyspraxia Service as a band 5.');
  });
});
