import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { flags, leaves } from './read-findings';

// Round 42 (lead): the review's findings on the lead's readings, mended; fresh cases in other words.

describe('quoted lines under a heading: only a heading that offers wording to use makes them the writer’s', () => {
  flags([['Proposed taglines\n"Calling all girls: the ward needs you!"', 'email', [['staff-called-girls', 'girls', 31]]]]);
  leaves([
    ['Comments from families this quarter:\n"The young lad on reception was lovely"', 'email'],
    ['Headlines from the trade press:\n"Older nurses quit in record numbers"', 'email'],
    // A blank line (here with Windows line ends) ends the heading's list: the quote below the next paragraph is not offered.
    ['Draft straplines\r\n\r\nA comment a patient left us this week, which we were glad to read\r\n"The lads on Ward 3 were lovely"', 'email'],
  ]);
});

describe('a careers pitch by sex names a profession, and says what it does', () => {
  it('gives its own message', () => {
    const [finding] = analyse('Ladies, a career in radiography is made for you.', { context: 'advert' }).findings.filter((f) => f.ruleId === 'sex-preferred');
    expect(finding?.message).toContain('steers people to kinds of work by their sex');
  });
  leaves([
    ['Lads, take a look at the jobs list for tomorrow before you leave.', 'email'],
    ['Girls, think about which course you want next month.', 'email'],
  ]);
});

describe('what anyone new may feel, met with support, is no stereotype', () => {
  leaves([['It is typical for the international recruits to feel anxious at first, so each has a mentor.', 'email']]);
  flags([['Typical of the Filipino staff, she never once asked for help.', 'email', [['origin-stereotyped', 'Typical of the Filipino staff', 0]]]]);
});

describe('a retired person welcomed among others, or back into practice, is not the one preferred', () => {
  leaves([
    ['The post would suit retirees, career changers and graduates alike: everyone is welcome.', 'advert'],
    ['An ideal role for retired pharmacists who want to keep their hand in through retire and return.', 'advert'],
  ]);
});

describe('services led are not health asked about', () => {
  leaves([['Please give details of the mental health treatment groups you have facilitated.', 'advert']]);
});
