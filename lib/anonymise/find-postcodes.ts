import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import type { Span } from './span';

/**
 * UK postcodes with the Royal Mail position rules: outward code A9, A99, A9A, AA9, AA99 or
 * AA9A (first letter not Q V X; second not I J Z; third-position letter from A–H J K P S T U W;
 * fourth-position letter from A B E H M N P R V–Y), inward code 9AA without C I K M O V, space
 * optional, plus GIR 0AA. In any case, spaced or not ("ls1 4ab", "sw1a1aa"): the shape is distinctive enough.
 */
const POSTCODE =
  /(?<![A-Za-z0-9])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

/** A postcode in capitals that the layout wrapped between its outward and inward codes: "CF10" / "3AT". */
const WRAPPED =
  /(?<![A-Za-z0-9])(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])[ \t]*\n[ \t]*[0-9][ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;

/** An outward code alone ("LS12", "bs5", "TS9"): the same position rules; one-letter areas are only B E G L M N S W. */
const OUTWARD = /(?<![A-Za-z0-9])(?:[BEGLMNSW]|[A-PR-UWYZ][A-HK-Y])[0-9](?:[0-9]|[A-HJKPSTUW])?(?![A-Za-z0-9])/gi;
/** An outward code names a district where a word says so: "the BS5 area", "(TS9 area)", "LS7 postcode". */
const DISTRICT_AFTER = /^[ \t]+(?:area|district|postcode|post[ \t]+code)\b/i;
/** Or in brackets after the district it names, after "in", "near", "from": "in Longsight (m13)", "near Heaton (NE6)" (not "Registrar (ST3)"). */
const PLACE_THEN_BRACKET = /\b(?:in|near|around|from|at)[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]*\($/u;
/** Clinical, job and organisation words are no district: "in Cardiology (ST3)". */
const NOT_DISTRICT = (word: string) => (['clinical', 'jobWords', 'organisation', 'headings'] as const).some((group) => nameLexicon.notNameGroups[group].has(word));
/** A cell of a contact line that starts "in" says where the writer is: "Brighton · in BN1 until May". */
const LIVES_BEFORE = /\b(?:(?:live|lives|lived|living|based|reside|resides|residing|located|moved|home[ \t]+is)[ \t]+(?:in|near|around|to)|home[ \t]+is)[ \t]+(?:the[ \t]+)?$|(?:^|[·|•])[ \t]*in[ \t]+$/i;
/** A town before the code names its district: "Leeds LS6", "based near Leeds LS6", "Lampeter, SA48". */
const TOWN_BEFORE = /(\p{Lu}\p{Ll}+),?[ \t]$/u;
/** A road, not a district: "the M1 motorway", "M62 corridor", "M6 northbound". */
const ROAD_AFTER = /^[ \t]+(?:motorway|road|corridor|junction|J\d|services|(?:north|south|east|west)bound)/i;
/** A training grade after a town is no district: "Leeds ST4", "Blackpool FY1", "Canterbury CT2 rotation". */
const GRADE = /^(?:ST|CT|FY)\d$/i;
/** A district's sector digit ends a contact cell: "Sheffield S11 8 | 07700…", "Hove BN3 6,". */
const SECTOR_AFTER = /^[ \t][0-9](?=[ \t]*(?:$|[\n,;|·•)]))/;
/** A ward, bay or room named by a code is a place in a hospital: "Ward B12 area". */
const PLACE_IN_BUILDING = /\b(?:ward|bay|room|unit|level|block|floor|zone|theatre|clinic|bed|pod|suite|wing|gate)[ \t]+$/i;

/**
 * A postal code of any country after its label: "Código Postal 4760 721", "PLZ: 83128", "Zip code 60033", "Pincode - 560 001",
 * as forms and templates from abroad lay it out; one or two groups of letters and digits, three digits at least.
 */
const POSTAL_LABEL =
  /\b(?:postal[ \t]+code|post[ \t]?code|zip(?:[ \t]+code)?|pin[ \t]?code|c[oó]digo[ \t]+postal|code[ \t]+postal|cod(?:ice)?[ \t]+postale?|plz|postleitzahl|kod[ \t]+pocztowy)[ \t]*[:.\-–]?[ \t]*/giu;
const POSTAL_VALUE = /^[A-Z0-9]{2,8}(?:[ -][A-Z0-9]{2,5})?(?![\w-])/i;

export function findPostcodes(text: string): Span[] {
  const spans = [...matchAll(text, POSTCODE), ...matchAll(text, WRAPPED)].map((m) => makeSpan('postcode', m.index, m.index + m[0].length));
  for (const m of matchAll(text, POSTAL_LABEL)) {
    const start = m.index + m[0].length;
    const value = POSTAL_VALUE.exec(text.slice(start, start + 16))?.[0];
    if (value && (value.match(/\d/g)?.length ?? 0) >= 3) spans.push(makeSpan('postcode', start, start + value.length));
  }
  for (const m of matchAll(text, OUTWARD)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const place = text[end] === ')' ? PLACE_THEN_BRACKET.exec(before)?.[1] : undefined;
    const bracketed = place !== undefined && !NOT_DISTRICT(place);
    const town = TOWN_BEFORE.exec(before);
    // "moved to Lampeter SA48", "I live in Roath, CF24": the writer's home, town and all.
    const livesThere = town !== null && LIVES_BEFORE.test(before.slice(0, before.length - town[0].length));
    const afterTown = town !== null && (livesThere || nameLexicon.notNameGroups.places.has(town[1]!)) && !GRADE.test(m[0]) && !ROAD_AFTER.test(text.slice(end, end + 12));
    // Where the writer lives, the town goes with its district: "moved to [ADDRESS]" for "moved to Lampeter SA48".
    // A sector digit after the district narrows it to a few streets: it goes with the code.
    const sectorEnd = end + (SECTOR_AFTER.exec(text.slice(end, end + 4))?.[0].length ?? 0);
    if (afterTown && livesThere) spans.push(makeSpan('address', m.index - town[0].length, sectorEnd));
    else if ((DISTRICT_AFTER.test(text.slice(end, end + 14)) && !PLACE_IN_BUILDING.test(before)) || LIVES_BEFORE.test(before) || bracketed || afterTown) spans.push(makeSpan('postcode', m.index, sectorEnd));
  }
  return spans;
}
