import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 39 (engine-111): the 32nd audit on real NHS adverts (estates, admin and finance, AHPs,
// ambulance control, PCN roles), each fix shown in other words than the adverts that showed it.

describe('a trait noun owned by what "of" names after it', () => {
  it('is the organisation\'s, not the candidate\'s, when an organisation or a service owns it', () => {
    expect(read('You will share the ambition of the practice to open on Saturdays.', 'advert')).toEqual([]);
    expect(read('The ambitions of our federation are set out in the strategy.', 'advert')).toEqual([]);
    expect(read('You will support the ambition of the surgery to cut waiting times.', 'advert')).toEqual([]);
  });
  it('is still the person\'s when a person owns it, or when "of" names no owner', () => {
    expect(read('We are looking for someone with the ambition of a born manager.', 'advert')).toEqual([['masculine-ambition', 'ambition', 36]]);
    expect(read('Candidates with the ambition of becoming a partner are welcome.', 'advert')).toEqual([['masculine-ambition', 'ambition', 20]]);
  });
});

describe('value added tax', () => {
  it('is a form every applicant knows, as MOT and PIN are', () => {
    expect(read('You will reconcile supplier invoices and VAT returns each month.', 'advert')).toEqual([]);
  });
  it('leaves finance letters that are not household words flagged', () => {
    expect(read('You will reconcile supplier invoices and SFI returns each month.', 'advert')).toEqual([['unexpanded-acronym', 'SFI', 41]]);
  });
});
