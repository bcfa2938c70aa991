import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 49 (engine-156): what round 48's unseen writer found and issue 11's list, each in other words than the
// documents that showed it, with near cases that must stay silent.

describe('combative and lone-hero wording about the person wanted', () => {
  flags([
    ['We need a contracts lead who enjoys a good fight with the wholesalers.', 'advert', [['masculine-fight', 'enjoys a good fight', 29]]],
    ['As the only estates officer on nights, you will make tough decisions alone.', 'advert', [['masculine-individualistic', 'make tough decisions alone', 48]]],
    ['The right analyst is someone who takes on every challenge and always wins.', 'advert', [['masculine-win', 'takes on every challenge and always wins', 33]]],
  ]);
  leaves([
    ['No one makes the hard calls alone here: a consultant is on call every night.', 'advert'],
    ['Our physios help patients take on every challenge of rehabilitation.', 'advert'],
    ['Rehab staff support patients who enjoy a good walk in the grounds.', 'advert'],
  ]);
});

describe('a long stay wanted as putting down roots', () => {
  flags([
    ['Ideally a dispensing optician looking to put down roots for the long term.', 'advert', [['age-long-stay', 'put down roots for the long term', 41]]],
    ['We want someone who will put down roots for the next fifteen years.', 'advert', [['age-long-stay', 'put down roots for the next fifteen years', 25]]],
  ]);
  leaves([
    ['The market town is a lovely place to put down roots.', 'advert'],
    ['Many of our team have put down roots in the valley.', 'advert'],
  ]);
});

describe('a faith practice of staff barred, and a faith ethos that bars', () => {
  flags([
    ["Honestly, it's a problem having nurses praying on a night shift.", 'email', [['faith-practice-held-against', 'nurses praying', 32]]],
    ['We think of ourselves as a Catholic pharmacy.', 'advert', [['religion-requirement', 'ourselves as a Catholic pharmacy', 12]]],
  ]);
  leaves([
    ['We support colleagues fasting during Ramadan with later breaks.', 'email'],
    ['We are a Christian practice and welcome staff of every faith or none.', 'advert'],
  ]);
});

describe('full fitness demanded before a start or a move', () => {
  flags([
    ['When she is back to full health we can look at the band 6 post again.', 'email', [['fit-enough', 'When she is back to full health', 0]]],
    ['Applicants must be back to full fitness before the course starts.', 'advert', [['fit-enough', 'must be back to full fitness', 11]]],
  ]);
  leaves([
    ['Our physios help patients back to full fitness after knee surgery.', 'advert'],
    ['We will support you back to full fitness with a phased return.', 'email'],
  ]);
});

describe('a colleague or candidate patronised with "bless her"', () => {
  flags([
    ['Dr Okafor, bless him, was so nervous at the panel.', 'email', [['person-patronised', 'bless him', 11]]],
    ['Meet Pat, our new volunteer driver at 70 – bless her, she never misses a run!', 'email', [['person-patronised', 'bless her', 43]]],
  ]);
  leaves([
    ['Mrs Hughes, bless her, brought the patients a tin of biscuits.', 'email'],
    ['God bless her and all who nursed her.', 'email'],
  ]);
});

describe('staff named by a possessive before their own team noun', () => {
  flags([
    ["She'll join the girls' team in the dispensary.", 'email', [['staff-called-girls', "girls'", 16]]],
    ["The booking is handled by our ladies' team downstairs.", 'email', [['staff-called-girls', "ladies'", 30]]],
  ]);
  leaves([
    ["Our physio covers the girls' netball team at the county school.", 'email'],
    ["The girls' clinic runs on Friday afternoons.", 'email'],
    ["The girls' team won the county cup last year.", 'email'],
  ]);
});

describe('round-the-clock reach on a named channel', () => {
  flags([['Ward managers must be contactable by phone 24/7.', 'advert', [['availability-24-7', 'contactable by phone 24/7', 22]]]]);
  leaves([['The IT service desk is available by phone 24/7.', 'advert']]);
});

describe('UK training kept to as a preference', () => {
  flags([["Honestly I'd rather we stick to UK-trained for the front line.", 'email', [['uk-only-qualification', 'stick to UK-trained', 23]]]]);
  leaves([['We will stick with UK-trained or overseas-trained nurses with equivalent registration.', 'email']]);
});
