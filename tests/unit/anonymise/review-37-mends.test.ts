import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 37 review mends (M10, M11, M12, S7): fresh lines in our own words, none from any corpus, each with a near case on the
// other side.

describe('M10: "Partner:" and "Sister:" as a post, not the writer’s family', () => {
  test.each([
    ['Referees\nPartner: Dr Tomasz Wierzbicki, Elmfield Surgery, Bradford\n', 'Referees\nPartner: Dr [NAME 1], Elmfield Surgery, Bradford\n'],
    ['Line manager\nSister: Nkechi Adeyemi, Ward 22, Royal Hallamshire Hospital\n', 'Line manager\nSister: [NAME 1], Ward 22, Royal Hallamshire Hospital\n'],
    ['Partner: Dr Tomasz Wierzbicki\n', 'Partner: Dr [NAME 1]\n'],
    ['Sister: Nkechi Adeyemi (Theatre Coordinator)\n', 'Sister: [NAME 1] (Theatre Coordinator)\n'],
  ])('under a work heading, before a professional title or with a post on the line: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    ['Next of kin\nPartner: Dr Tomasz Wierzbicki, 07700 900456\n', 'Next of kin\n[MARITAL STATUS]: Dr [NAME 1], [PHONE]\n'],
    ['Emergency contact\nSister: Nkechi Adeyemi, Ward 22\n', 'Emergency contact\n[FAMILY]: [NAME 1], Ward 22\n'],
    ['Partner: Ingrid Solberg, Home 07700 900456\n', '[MARITAL STATUS]: [NAME 1], Home [PHONE]\n'],
    ['References\nSee below.\nEmergency contacts\nMother: Ingrid Solberg\n', 'References\nSee below.\nEmergency contacts\n[FAMILY]: [NAME 1]\n'],
  ])('under an emergency contact’s heading, or with no post, it stays family: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('M11: two-letter initials, or initials used before their definition, go only where the person signs', () => {
  test('a colleague whose initials are a profession’s: the bracket and the log’s column go, running text stays', () => {
    expect(redact('Huddle: Oona Tierney (OT), Priya Rao (PR)\nWe agreed the OT home visit and two OT splints.\n14/05 | transfers | OT\n')).toBe(
      'Huddle: [NAME 1], [NAME 2]\nWe agreed the OT home visit and two OT splints.\n14/05 | transfers | [NAME 1]\n',
    );
  });

  test('a test’s letters after a radiographer’s name stay in the clinical text', () => {
    expect(redact('Scanned with Ciaran Tully (CT) on nights.\nRequested a CT chest; the CT report came back clear.\n')).toBe(
      'Scanned with [NAME 1] on nights.\nRequested a CT chest; the CT report came back clear.\n',
    );
  });

  test('three letters written before the name defines them are something else first', () => {
    expect(redact('I sat in on the MDT and the ASH clinic.\nSupervisor: Aoife Sinead Hughes (ASH)\n02/06 | sign-off | ASH\n')).toBe(
      'I sat in on the MDT and the ASH clinic.\nSupervisor: [NAME 1]\n02/06 | sign-off | [NAME 1]\n',
    );
  });

  test('three letters first defined by the name go everywhere, and a "Signed:" field takes two', () => {
    expect(redact('Mentor: Beatrix Ngozi Okafor (BNO)\nBNO observed my drug round.\n')).toBe('Mentor: [NAME 1]\n[NAME 1] observed my drug round.\n');
    expect(redact('Assessor: Kofi Mensah (KM)\nSigned: KM\n')).toBe('Assessor: [NAME 1]\nSigned: [NAME 1]\n');
  });
});

describe('M12: a person one volunteers for is a person; a charity keeps its word', () => {
  test.each([
    ['I volunteer for Dorothy Pearson, an older neighbour, collecting her prescriptions.', 'I volunteer for [NAME 1], an older neighbour, collecting their prescriptions.'],
    ['Since 2021 I have volunteered for Gwen Maddox every Sunday.', 'Since 2021 I have volunteered for [NAME 1] every Sunday.'],
  ])('two name-like words alone: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each(['I volunteer at the Marie Curie shop on Saturdays.', "I volunteered for Marie Curie's appeal in 2022.", 'Volunteering in the Sue Ryder charity shop, Harrogate.'])(
    'a charity’s word after the name keeps it: %j',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );
});

describe('S7: "at the age of" told of someone named, not of a group', () => {
  test.each([
    'Clients moved into the extra-care scheme at the age of 75 or over.',
    'Veterans came to the clinic at the age of 60 or older.',
    'Most Residents arrived at the age of 80 and over.',
  ])('a group, or an age with "or over", stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['She qualified as a midwife at the age of 24.', 'They qualified as a midwife at the age of [AGE].'],
    ["My mentor's story inspired me. Tendai joined the service at the age of 19.", "My mentor's story inspired me. [NAME 1] joined the service at the age of [AGE]."],
  ])('She, He or a known name: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
