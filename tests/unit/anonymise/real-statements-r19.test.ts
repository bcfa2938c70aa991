import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 19 (helper anonymiser-29): readings from an audit of real, public personal and supporting
// statements. Fresh sentences in our own words, none from those pages, each with what must stay beside it.

describe('"on the way" is a baby only when nothing says where the way leads', () => {
  test.each([
    ['In sixth form I was well on the way to a place at drama school.', 'In sixth form I was well on the way to a place at drama school.'],
    ['The new rota was on its way towards sign-off when I left.', 'The new rota was on its way towards sign-off when I left.'],
    ["I'm on my way home from nights most mornings by eight.", "I'm on my way home from nights most mornings by eight."],
    // A baby on the way stays a pregnancy.
    ['We have a toddler and another on the way in August.', 'We have [FAMILY] [PARENTAL LEAVE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a condition the people the writer cares for are suffering from is work', () => {
  test.each([
    ['On the ward I nursed patients suffering from Parkinson’s and learned to pace each meal.', 'On the ward I nursed patients suffering from Parkinson’s and learned to pace each meal.'],
    ['I ran a reminiscence group for residents who suffer from dementia.', 'I ran a reminiscence group for residents who suffer from dementia.'],
    // The writer's own, or a relative's, still goes.
    ['I have been suffering from anxiety since my finals.', 'I have been suffering from [HEALTH] since my finals.'],
    ['My grandad, who suffers from Parkinson’s, lives with us.', '[FAMILY], who suffers from [HEALTH], lives with us.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
