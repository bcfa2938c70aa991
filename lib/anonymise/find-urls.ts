import { isAsciiLetter } from './chars';
import { isKnownNamePart } from './find-name-seeds';
import { holdsEmail } from './holds-email';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import type { Span } from './span';
import { trimChars } from './trim-chars';

const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z]{2,3}\.)?(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|github\.com|gitlab\.com|tiktok\.com|youtube\.com|indeed\.com|researchgate\.net|orcid\.org|about\.me|medium\.com|behance\.net)\/[^\s<>"')\]]+/gi;
/**
 * A bare domain, with or without a path: "pietervdberg.example.nl", "kobby.example.dev/blog", "Ahomagai.github.io", a link
 * shortener's ("bit.ly/…", "goo.gl/…", "is.gd/…", "rb.gy/…").
 * A known top-level domain in lower case, so "e.g." and "B.Sc." never match; a capital only in a name of three
 * letters or more before it (CAPITAL_DOMAIN) and among the writer's contacts, as people type their own site's name
 * ("M.Sc.in" is a degree run on, "Medscape.com" in a sentence a source).
 */
const DOMAIN =
  /(?<![\w.@/-])(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:com|net|org|co|uk|io|dev|me|nl|de|fr|ie|in|info|biz|app|blog|site|online|page|tech|ac|gov|nhs|edu|au|ca|us|eu|pl|pt|es|it|ng|gh|ke|za|ph|vn|cn|hk|sg|my|pk|bd|lk|np|wales|scot|ly|gl|gd|gy)(?![\w-])(?:\/[^\s<>"')\]]*)?/g;
/**
 * A bare link with a query, whatever its top-level domain: "scholar.google.example/citations?user=jdoe_lab",
 * "profiles.uni.nz/staff?id=4471". A host, a path and "?key=" are a link's shape, and the query names its person.
 */
const QUERY_LINK = /(?<![\w.@/-])(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,24}\/[^\s<>"')\]]*/g;
/** The query such a link must hold, checked in code: a pattern that required it after the path would read a long path again from each host in it. */
const LINK_QUERY = /\?[\w.~%-]+=/;
/**
 * An international body's site named bare, with no path that could lead to a person: "europass.cedefop.europa.eu" in
 * Europass's footer, "who.int". A page under one may still name someone, and a council's or a university's site may be
 * the writer's own workplace's page, so those go.
 */
const PUBLIC_SITE = /\.(?:europa\.eu|int)\.?$/i;
/**
 * A bare domain with a capital: its first name has three characters or more and a small letter ("Ahomagai.github.io",
 * "ThapaPhysio.co.uk"); one in capitals is a service's name ("NHS.net mailbox moves").
 */
const CAPITAL_DOMAIN = /^(?=[A-Z0-9-]*[a-z])[A-Za-z0-9][A-Za-z0-9-]{2,}\.(?:[A-Za-z0-9][A-Za-z0-9-]*\.)*[a-z]+(?:\/|$)/;
/** A web label before a link on its line ("Website: Jo-Smith.dev"), its colon or dash aside; or an icon ("🌐 Ahomagai.github.io"). */
const WEB_LABELS = new Set(['web', 'website', 'webpage', 'site', 'portfolio', 'blog', 'homepage', 'url', 'link', 'links']);
const WEB_ICONS = ['🌐', '🔗'];

function webLabelBefore(before: string): boolean {
  const label = before.trimEnd();
  if (WEB_ICONS.some((icon) => label.endsWith(icon))) return true;
  const word = label.replace(/[:–—-]$/, '').trimEnd();
  let start = word.length;
  while (start > 0 && isAsciiLetter(word.charCodeAt(start - 1))) start--;
  return WEB_LABELS.has(word.slice(start).toLowerCase());
}

/** Whether a bare domain with a capital stands among contact details: an e-mail address on its line, or a web label just before it. */
function amongContacts(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', start);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  return holdsEmail(line) || webLabelBefore(text.slice(Math.max(lineStart, start - 30), start));
}

/**
 * A link written out with spaces round its dots and slashes, to dodge harvesters: "github . com / tadeleke-mhn".
 * It starts only where a word starts (not after a hyphen), so a long hyphenated run is read once, not from each letter.
 */
const SPACED_LINK = /(?<![\w.-])[a-z0-9][a-z0-9-]* \. (?:com|net|org|io|dev|me|co \. uk|uk)(?: \/ [\w.-]+)+/gi;
/** "@handle" on its own, not inside an e-mail address; Instagram handles may hold dots ("@blessing.cares"), some sites hyphens. */
const HANDLE = /(?<![\w.@+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,48}[A-Za-z0-9_])?(?![\w@-])/g;
/** "](target)" after a Markdown link's text: a path or a file, with a slash or a dot and no blank. */
const MARKDOWN_TARGET = /\]\((?=[^\s()<>]{0,300}[/.])[^\s()<>]{1,300}\)/g;
/**
 * "Instagram – janesmith_rn", "IG: jo.nurse", "WeChat ID: zxm_kevin90", "Signal: ami.07": a handle named by its platform, without its "@";
 * a Skype name with its "live:" ("live:.cid.7f3e2a", "live:jo.park_91").
 */
const HANDLE_PLATFORMS = 'Instagram|Insta|IG|Twitter|TikTok|Snapchat|Threads|Bluesky|Mastodon|GitHub|Skype|WeChat|Weixin|KakaoTalk|Zalo|Viber|Telegram|Signal|LINE|Messenger|Facebook(?:[ \\t]+Messenger)?';
const PLATFORM_HANDLE = new RegExp(
  // "Zalo / WhatsApp: thuha.ng.90": two platforms named for one name, the second maybe WhatsApp.
  `\\b(?:${HANDLE_PLATFORMS})(?:[ \\t]*\\/[ \\t]*(?:${HANDLE_PLATFORMS}|WhatsApp))?(?:[ \\t]+ID)?[ \\t]*(?:[*_]{0,2}[:–—-][*_]{0,2}[ \\t]*\\[?|[ \\t]+)((?:live:\\.?)?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_]))(?![\\w@.-])`,
  'g',
);
/**
 * A Skype name in Skype's own form, "live:" joined to the name, wherever it stands ("skype: live:ama.k_88" in lower case, "or
 * live:.cid.7f3e2a"): a name with a dot, an underscore or a digit in it, as those names have, so "Go-live:" and "live: now" stay.
 */
const SKYPE_ID = /(?<![\w-])live:\.?[A-Za-z0-9_](?=[A-Za-z0-9_-]{0,38}[._\d])[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_](?![\w@-])/gi;
/**
 * A blog post's author line, the account's name between "by" and "@" and the post's date: "by babycatcher24 @ 2015-10-24 16:36".
 * One word, no blank in it: a user name, which a person's name written so would not be.
 */
const POSTED_BY_HANDLE = /(?<![\p{L}\p{N}])by[ \t]+([A-Za-z0-9_][A-Za-z0-9_.-]{1,38})[ \t]+@[ \t]*(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)/giu;
/** A Signal username: a name, a dot and two digits or more. */
const SIGNAL_USERNAME = /\.\d{2,}$/;
/**
 * A platform's or a user name's key opening a line of data kept as code, any case, its whole value in quotes: "telegram: \"HenrikHovhannisyan\"",
 * "line: 'onon4748'", "username: 'TheKoushikDurgas'", and PHP's or Ruby's arrow ("Facebook    =>  \"jazambon\"", "LinkedIn => 'jo-bloggs'":
 * a profile's name alone in quotes is its handle). The quotes bound the handle, so a plain word is one too, but for the keys
 * that are words of their own ("line", "handle"), where a handle's mark must show.
 */
const QUOTED_HANDLE_FIELD =
  /^[ \t]*["':]?(telegram|line|instagram|insta|twitter|tiktok|snapchat|threads|bluesky|mastodon|github|gitlab|skype|wechat|weixin|kakao(?:talk)?|zalo|viber|discord|facebook|linkedin|flickr|youtube|reddit|user[ _]?name|handle)["']?[ \t]*(?::|=>)[ \t]*["'`]((?:live:\.?)?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?)["'`]/gim;
const WORD_KEY = /^(?:line|handle)$/i;
/**
 * The same keys with a value that is all their line holds, unquoted, as YAML front matter and profile lists write them:
 * "twitter: jacobjchr", "Handle: kira924age", "- skype: jo.p". A value of the word keys needs a handle's mark here too.
 */
const KEYED_HANDLE_LINE =
  /^[ \t]*(?:[-*+•][ \t]+)?(telegram|line|instagram|insta|twitter|tiktok|snapchat|threads|bluesky|mastodon|github|gitlab|skype|wechat|weixin|kakao(?:talk)?|zalo|viber|discord|user[ _]?name|handle)[ \t]*:[ \t]*((?:live:\.?)?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?)[ \t]*$/gim;
/**
 * "al-rashidi.dental on Instagram", "Kemi-Ade on Facebook Messenger": a handle named before its platform. Only one with a
 * digit, "_" or "." inside its letters, or a hyphenated name with a given name or a name part in it, since "posts on
 * Instagram", "4000 on Instagram" and "Stoptober-Ready on Facebook" are words, counts and campaigns.
 */
const HANDLE_ON_PLATFORM =
  /(?<![\w@.-])([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_]))[ \t]+on[ \t]+(Instagram|Insta|Facebook(?:[ \t]+Messenger)?|Messenger|TikTok|Twitter|Snapchat|Threads|Bluesky|Mastodon|Telegram|Viber|Signal|WeChat|Skype)\b/g;
const MARK_IN_LETTERS = /[A-Za-z][\d_.]|[\d_.][A-Za-z]/;
const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
/** A number, however written: "12.5k", "4,000". */
const COUNT = /^\d[\d.,]*[kKmM]?$/;
/** Platforms where a person is messaged, not a feed that campaigns post to. */
const MESSAGING = /^(?:Facebook[ \t]+Messenger|Messenger|Telegram|Viber|Signal|WeChat|Skype)$/;
/** What puts a handle where the writer gives a way to reach them: its line's start, a label's colon, "as". */
const CONTACT_BEFORE = /(?:^|:|\bas)[ \t]*$/;
/**
 * Whether a handle before its platform is an account: a hyphenated name with a known part anywhere, or with parts no list
 * knows ("Hamro-Bhim") where it is given as a way to reach the writer on a messaging platform.
 */
const namesHandle = (handle: string, contact: boolean) =>
  !COUNT.test(handle) &&
  (MARK_IN_LETTERS.test(handle) || (HYPHENATED_NAME.test(handle) && (contact || handle.split('-').some(isKnownNamePart))));
/** "github: AGSCL", "Github: [AibibulaAtawula]": a code host's field in any case, as front matter and web CVs write it. */
const CODE_HOST_HANDLE = /\b[Gg]it(?:[Hh]ub|[Ll]ab)[ \t]*:[ \t]*\[?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_]))(?![\w@.-])/g;
/**
 * "Teams: jo.smith.dt", "Teams: ada.nwosu-bello": a name on Teams or Zoom, which CVs give beside a phone, a hyphenated surname's
 * hyphen kept in it. Only one that starts with a letter and is joined by a dot or an underscore, since "Teams:" also heads the
 * teams someone worked in ("Teams: Renal, Cardiology", "Teams: Day-Surgery").
 */
const MEETING_HANDLE = /\b(?:MS[ \t]+|Microsoft[ \t]+)?(?:Teams|Zoom)[ \t]*[:–—-][ \t]*([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:[._][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)+)(?![\w@.-])/g;
/**
 * "Teams: Kelvin Chan (GSTT⏎Digital Training)", "Teams   Haruki Tanaka (Cardiac Theatres, CAV)", "TEAMS ....... Jo Bloggs
 * (NECS)", "on Teams as Ama K-B (SLaM)": a display name on Teams, Zoom or Skype with the team it shows in brackets, which names
 * the account as a user name does. After the label's colon or dot leader, "as", or its column's gap when the label opens its line.
 */
const DISPLAY_NAME =
  /\b(?:MS[ \t]+|Microsoft[ \t]+)?(?:Teams|TEAMS|Zoom|ZOOM|Skype|SKYPE)([ \t]{0,2}(?:[:–—-]|\.{2,40})[ \t]{0,4}|[ \t]{2,40}|\t|[ \t]as[ \t])((?:[A-Z][\p{L}'’-]{0,30}[ \t]){1,3}[A-Z][\p{L}'’-]{0,30})[ \t]?\(([^()]{1,60})\)/gu;
/**
 * A grade after a display name's bracket, as NHS accounts show a trainee's ("Ana Pop (NHSH) – GPST3", "… (LTHT) - FY2"): a
 * dash, then capitals and a number, ending the line or its cell.
 */
const DISPLAY_GRADE = /^[ \t]{0,2}[–—-][ \t]{0,2}[A-Z]{1,6}\d{1,2}(?=[ \t]*(?:\n|$)|[ \t]{2}|\t)/;
/**
 * "Signal: Ilinka P.", "Teams: Baasan D. | …": a display name of a given name and a surname's initial, as messaging apps and
 * meeting accounts show one, after a platform's colon and ending its field. Its word is none of work, place or heading.
 */
const INITIALLED_DISPLAY_NAME = /\b(?:Teams|Zoom|Skype|Signal|Telegram|WhatsApp|Viber|WeChat)[ \t]*:[ \t]*(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{0,30}[ \t]\p{Lu}\.)(?=[ \t]*(?:$|\r?\n|[|·•,;]|[ \t]{2}|\t))/gmu;
/** A bracket after a meeting account that holds an organisation's capitals, as Teams shows one: " (UHCW)", " (Kent FT)". */
const ACCOUNT_BRACKET = /^[ \t]?\((?=[^()\n]{0,40}\b[A-Z]{2,6}\b)[^()\n]{2,44}\)/;
/** An organisation's code opening the bracket after a display name, as Teams shows a guest's: "(UHCW)", "(RWE Pharmacy)". */
const ORGANISATION_CODE = /^[A-Z][A-Z0-9&]{1,7}(?![\w&])/;

/**
 * Whether a display name holds a person's name: one of its words is a given name or a name part; or, before an
 * organisation's code, no word of it is a word of work, a place or a heading (`data/not-names.json`), as a team's
 * name would be ("Teams: Renal Outreach (UHCW)").
 */
function holdsName(name: string, bracket: string): boolean {
  const words = name.split(/[ \t]+/);
  if (words.some((word) => nameLexicon.givenNames.has(word) || nameLexicon.nameParts.has(word) || nameLexicon.familyFirst.has(word.charAt(0) + word.slice(1).toLowerCase()))) return true;
  return ORGANISATION_CODE.test(bracket) && !words.some((word) => nameLexicon.notNames.has(word) || nameLexicon.organisationSuffixes.has(word));
}

/**
 * "github/1chooo", "linkedin/62gerente", "in/1chooo": a profile written as its platform, a slash and the handle, as a
 * sidebar of contacts shortens links. Never a platform after a platform ("LinkedIn/Twitter") or a capitalised word.
 */
const PLATFORM_PATH = /(?<![\w./@-])(linkedin|github|gitlab|twitter|facebook|instagram|tiktok|youtube|medium|kaggle|behance|dribbble|researchgate|in)\/([ \t]?@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?-?)(?![\w/@-])/gi;
const PLATFORMS = new Set(['linkedin', 'github', 'gitlab', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'medium', 'kaggle', 'behance', 'dribbble', 'researchgate', 'x']);
/** What stands before a cell's first word: a line's start, a tab or two blanks. */
const CELL_START = /(?:^|\n|\t| {2})$/;
/** A line that is only "site/handle", below a profile written so: "codeschool/gerente". */
const LISTED_PROFILE = /^([ \t]*)[a-z][a-z0-9]{2,20}\/[A-Za-z0-9_.-]{2,40}(?=[ \t]*(?:\n|$))/;

/** Whether [start, end) is all its line holds, blanks aside. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const newline = text.indexOf('\n', end);
  return !text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim() && !text.slice(end, newline < 0 ? text.length : newline).trim();
}
/** Where a field's value ends: the end of its line, a bracket, a mark between cells, or a tag a web page breaks the line with ("Skype: jo.p<br>"). */
const FIELD_END = /^[ \t]*(?:$|\n|[|·•(—–,;<]|-[ \t])/;

/** "kelvin_c#4471": a user name with a four-digit tag, as Discord and some games wrote them; taken beside a handle's context. */
const TAGGED_HANDLE = /(?<![\w#@.])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#])/g;
/** The characters of a handle written without its "@": letters, digits, "_", "." and "-". */
const TOKEN_CHAR = /[\w.-]/;
/** "ken_fairweather_leeds", "jo.smith_rn": letters either side of an underscore. */
const SNAKE = /[A-Za-z0-9]_+[A-Za-z]/;
/** A file name is no handle: "ward_list.xlsx". */
const FILE_NAME = /\.(?:docx?|pdf|xlsx?|csv|txt|pptx?|jpe?g|png|gif|zip|json|xml|html?|sql|py|js|ts|r)$/i;
/** A copy's number before a file's extension, after the name: "(2).pdf" in "…_CV_final(2).pdf". */
const COPY_OF_FILE = /^\(\d{1,2}\)\.[a-z]{2,4}\b/i;
/** Words near a token with one join that say it is a handle: a platform, "handle", "follow", "find me". */
const HANDLE_CONTEXT = /\b(?:Instagram|Insta|IG|Twitter|X|TikTok|Snapchat|Threads|Bluesky|Mastodon|GitHub|Skype|Facebook|LinkedIn|YouTube|Reddit|Discord|Telegram|WhatsApp|WeChat|Weixin|KakaoTalk|Kakao|Zalo|Viber|Weibo|handle|username|user\s+name|account|follow|followers|tweet|tweets|posts?|posting|blog|vlog|channel|find\s+me|online)\b/i;
/** A piece of each word of HANDLE_CONTEXT, in lower case: a window holding none of them has no context. */
const HANDLE_CUES = 'insta ig twitter x tiktok snapchat threads bluesky mastodon github skype facebook linkedin youtube reddit discord telegram whatsapp wechat weixin kakao zalo viber weibo handle user account follow tweet post blog vlog channel find online'.split(' ');

/**
 * HANDLE_CONTEXT on a window, tried only when the window holds a piece of one of its words: the
 * pattern folds only ASCII letters (no "u" flag), so the window in lower case holds the piece
 * wherever the pattern matches. Tried at every character of 160 around each of 250,000 tokens, the
 * pattern alone took seconds once V8 compiles late.
 */
function handleContext(around: string): boolean {
  const lower = around.toLowerCase();
  return HANDLE_CUES.some((cue) => lower.includes(cue)) && HANDLE_CONTEXT.test(around);
}

/** Towns, countries and their short forms, in lower case, that end a handle: "kofi_accra", "ada_ldn". */
const PLACE_SUFFIXES = new Set([...[...nameLexicon.notNameGroups.places].map((place) => place.toLowerCase()), 'ldn', 'mcr', 'manc', 'brum', 'lpool', 'gla', 'edi', 'naija', 'uk', 'ng', 'gh', 'ke', 'ph', 'pk']);
/** "<handle>" straight after a link's slash, and the slash after it. */
const ANGLED = /^<[\w.-]{1,40}>\/?/;
/** A link broken over a line in PDF text: it ends in "-" or "/" and the next line goes on with more of it. */
const CONTINUED = /^\n[ \t]*[\w-][\w./-]*/;
/**
 * A link's query that a line broke anywhere, even inside a word ("…?trk=public&originalSu" then "bdomain=uk"): the next
 * line opens with more of it, a token that holds a "=", "&" or "%" as a query does.
 */
const QUERY_CONTINUED = /^[ \t]*\n[ \t]*[\w.~+-]*[=&%][^\s<>"')\]]*/;
/**
 * The rest of a query's value that a line broke inside ("…?ref=Qm9i" then "Z2x5"): the next line holds one token alone,
 * of a value's characters with a letter and a digit in it (a year alone is a heading), straight after the link ends its line.
 */
const VALUE_CONTINUED = /^\n[ \t]*(?=[^\s]{0,40}\d)(?=[^\s]{0,40}[A-Za-z])[\w~+%-]{1,40}(?=[ \t]*(?:\n|$))/;
/** A value a line broke off whole ("…&utm_source=" then "application"): after a link that ends in "=", the next line's first token is it. */
const WHOLE_VALUE_CONTINUED = /^\n[ \t]*[\w~+%-]{1,40}(?=[\s.,;:!?)]|$)/;
/** The query after a slug the layout carried to the next line: "31a?utm_source=share&…". */
const QUERY = /^\?[^\s<>"')\]]*/;
/**
 * A link that text extraction split with one blank: "www.example .co.uk/jo", "linkedin.com/in/ jo-bloggs",
 * "https://www. linkedin.com/…". After a dot, the rest is a domain; after a slash, a slug with a
 * hyphen or a digit, or any slug after a profile's "/in/"; before the blank, a dot or a slash must follow.
 */
const SPACED_REST = /^[ \t](?:[a-z0-9][\w-]*\.[a-z]{2,}|[\w-]+)[^\s<>"')\]]*/;
const SPACED_NEXT = /^[ \t][./][a-z0-9][^\s<>"')\]]*/;
const BROKEN_HYPHEN = /^ -[a-z0-9][\w-]*/;

/** How far a link split by one blank goes on after `end`, where `url` (untrimmed) ends; 0 when it does not. */
function spacedContinuation(text: string, end: number, url: string): number {
  const after = text.slice(end, end + 200);
  // A profile's slug whose hyphen PDF text split from it: "linkedin.com/in/yaniv -ben-yeshaya".
  const broken = PROFILE_PATH.test(url) ? BROKEN_HYPHEN.exec(after)?.[0] : undefined;
  if (broken) return broken.length;
  const next = SPACED_NEXT.exec(after)?.[0];
  if (next) return trimChars(next, null, /[.,;:!?]/).length;
  const rest = /[./]$/.test(url) ? SPACED_REST.exec(after)?.[0] : undefined;
  if (!rest) return 0;
  const word = trimChars(rest, null, /[.,;:!?]/);
  const fits = url.endsWith('.') ? /^[ \t][a-z0-9][\w-]*\.[a-z]{2,}/.test(word) : /[-\d/]/.test(word.slice(1)) || PROFILE_PATH.test(url);
  return fits ? word.length : 0;
}

/** The "www" of a link before its dot, split from it by a blank: "www .linkedin.com", "https://www . example.org". */
const SPACED_WWW = /(?<![\w.-])(?:https?:\/\/[ \t]?)?www(?:[ \t]\.[ \t]?|\.[ \t])$/i;
/** A profile's path: "/in/…", "/pub/…", "/r/…" or a name after a platform's domain. */
const PROFILE_PATH = /\/(?:in|pub|r|profile|people|u|user)\/|^(?:https?:\/\/)?(?:www\.)?(?:linkedin|facebook|instagram|twitter|x|github|researchgate|indeed)\.[a-z]{2,3}(?:\.[a-z]{2})?\/[^/\s]+\/?$/i;
/** The first token of a line that is a slug: lower-case letters and digits joined by hyphens, with a hyphen or a digit in it. */
const SLUG = /^-?[a-z0-9]+(?:-[a-z0-9]+)*-?(?=$|[\s/|,;)?])/;

/** The slug that starts the line after `end` (blanks aside), when the rest of `end`'s line is empty or another column. */
function nextLineSlug(text: string, end: number): [number, number] | null {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd - end > 120 || !/^(?:$|[ \t]{2}|\t)/.test(text.slice(end, lineEnd))) return null;
  let start = lineEnd + 1;
  while (start < text.length && start - lineEnd < 40 && /[ \t]/.test(text[start]!)) start++;
  const slug = SLUG.exec(text.slice(start, start + 80))?.[0];
  if (!slug || !/[-\d]/.test(slug) || /^\d+$/.test(slug)) return null;
  // Its query goes with it.
  const query = QUERY.exec(text.slice(start + slug.length, start + slug.length + 300))?.[0] ?? '';
  return [start, start + slug.length + trimChars(query, null, /[.,;:!?]/).length];
}

/**
 * The slug on the next line that starts in the column where a link started (two characters either way), after a blank or
 * the line's start: a link broken in one column of a layout merged line by line, the other column's text before it.
 */
function slugBelow(text: string, start: number, end: number): [number, number] | null {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) return null;
  const column = start - text.lastIndexOf('\n', start - 1) - 1;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  for (let at = Math.max(0, column - 2); at <= column + 2 && at < next.length; at++) {
    if (at > 0 && next[at - 1] !== ' ' && next[at - 1] !== '\t') continue;
    const slug = SLUG.exec(next.slice(at, at + 80))?.[0];
    if (slug && /[-\d]/.test(slug) && !/^\d+$/.test(slug)) return [lineEnd + 1 + at, lineEnd + 1 + at + slug.length];
  }
  return null;
}

/** The rest of a name that a line broke inside, alone on the next line: a token in lower case with a dot, "_" or a digit in it. */
const BROKEN_WORD_REST = /^\r?\n[ \t]{0,8}([a-z]+[._\d][\w.]*)(?=[ \t]*(?:\r?\n|$))/;
/**
 * The rest of a link that a line broke inside a word, alone on the next line, a column's indent before it: a token starting
 * in lower case of a link's characters ("m/gp-portfolio", "lications"). Never past a full stop: prose after a link goes on
 * with more words than one.
 */
const BROKEN_LINK_REST = /^\r?\n[ \t]{0,40}([a-z][\w/-]*(?:\.[\w/-]+)*)(?=[ \t]*(?:\r?\n|$))/;
/**
 * The same rest holding a path's slash, before another field of a contact line ("folio/cv · LinkedIn: …"): a word and a slash
 * at a line's start, with no blank between, go on with a path, and a bar, a dot between fields or a column's gap ends it.
 */
const BROKEN_PATH_REST = /^\r?\n[ \t]{0,40}([a-z][\w-]*\/[\w/-]*(?:\.[\w/-]+)*)(?=[ \t]{1,3}[|·•][ \t]|[ \t]{2}|\t)/;

/** "LinkedIn: priya-sharma-anp-7c1", "LinkedIn – in/priya-sharma": a profile named by its platform, without its domain. */
const LINKEDIN = /\bLinked[ \t]?In\b/gi;
/** After the platform's name: blanks and a colon or dash, then the slug. */
const LINKEDIN_SLUG = /^[ \t:–—-]{1,6}((?:\/?in\/)?[\p{L}\p{M}\d-]+\/?)/u;

/**
 * "perez-1992a01a4 (LinkedIn)": LinkedIn's PDF export labels each contact with its kind in brackets, and some exports give
 * the profile as its slug alone. A slug has a hyphen or a digit; "Profile (LinkedIn)" is a word.
 */
const SLUG_CHAR = /[\p{L}\p{M}\d-]/u;

/** The slug read back in code from each "(LinkedIn)", over the blanks before it. */
function labelledSlugs(text: string, spans: Span[]): void {
  for (let at = text.indexOf('(LinkedIn)'); at >= 0; at = text.indexOf('(LinkedIn)', at + 1)) {
    let end = at;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let start = end;
    while (start > 0 && end - start < 100 && SLUG_CHAR.test(text[start - 1]!)) start--;
    const slug = text.slice(start, end);
    if (end === at || slug.length < 3 || /[\w./@-]/.test(text[start - 1] ?? '') || !/^[\p{L}\d]/u.test(slug) || !/[-\d]/.test(slug)) continue;
    spans.push(makeSpan('url', start, end));
  }
}

/** "priya_wolverhampton", "rn_oluwaseun": a person's name in a token is an account's, whatever its other part. */
function isNamePart(piece: string): boolean {
  const word = piece.charAt(0).toUpperCase() + piece.slice(1).toLowerCase();
  return word.length > 3 && (nameLexicon.givenNames.has(word) || nameLexicon.nameParts.has(word)) && !nameLexicon.notNames.has(word) && !nameLexicon.wordLike.has(word);
}

/** The link patterns read in turn; QUERY_LINK only where a "=" could give it a query. */
const LINK_PATTERNS = [URL, DOMAIN, SPACED_LINK];
const LINK_PATTERNS_WITH_QUERY = [URL, DOMAIN, QUERY_LINK, SPACED_LINK];

/** Web addresses, social-media profiles and handles: all → `[URL]`. */
export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  // A Markdown link's target is a link whatever its shape: "(/downloads/jo-bloggs-cv.pdf)" names its owner as a URL does.
  // Its text is the link too when it is the target's last piece: "[tunde-bello](https://www.linkedin.com/in/tunde-bello/)".
  // Markdown escapes the handle's marks ("[\\_yama\\_P\\_](https://qiita.com/_yama_P_)") and may put its "@" before it: both
  // are read without. A handle shown so once is the same handle as another link's text ("[\\_yama\\_p\\_](https://line.me/…)").
  const shownTexts: { open: number; end: number; handle: string }[] = [];
  const handles = new Set<string>();
  for (const m of matchAll(text, MARKDOWN_TARGET)) {
    spans.push(makeSpan('url', m.index + 2, m.index + m[0].length - 1));
    let open = m.index;
    while (open > 0 && m.index - open < 60 && text[open - 1] !== '[' && text[open - 1] !== '\n') open--;
    const shown = text[open - 1] === '[' ? text.slice(open, m.index).replace(/\\(?=[_*-])/g, '').replace(/^@/, '') : '';
    const last = trimChars(text.slice(m.index + 2, m.index + m[0].length - 1), null, /\//).split('/').at(-1)!.replace(/^@/, '');
    if (!/^[\w.-]{3,}$/.test(shown)) continue;
    shownTexts.push({ open, end: m.index, handle: shown.toLowerCase() });
    if (shown.toLowerCase() === last.toLowerCase()) handles.add(shown.toLowerCase());
  }
  for (const { open, end, handle } of shownTexts) if (handles.has(handle)) spans.push(makeSpan('url', open, end));
  for (const pattern of text.includes('=') ? LINK_PATTERNS_WITH_QUERY : LINK_PATTERNS) {
    for (const m of matchAll(text, pattern)) {
      if (pattern === DOMAIN && /[A-Z]/.test(m[0].split('/')[0]!) && !(CAPITAL_DOMAIN.test(m[0]) && amongContacts(text, m.index))) continue;
      if (pattern === DOMAIN && PUBLIC_SITE.test(m[0])) continue;
      if (pattern === QUERY_LINK && !LINK_QUERY.test(m[0])) continue;
      let end = m.index + trimChars(m[0], null, /[.,;:!?]/).length;
      const url = text.slice(m.index, end);
      if (/[-/]$/.test(url)) {
        // A template's angle brackets the writer filled in stay in the link: "https://instagram.com/<pg2k1>".
        const angled = url.endsWith('/') ? ANGLED.exec(text.slice(end, end + 45)) : null;
        const more = angled ? null : CONTINUED.exec(text.slice(end, end + 200));
        if (angled) end += angled[0].length;
        // A field's label opening the next line ("web: jo.example.dev/" then "updated: FALSE") is no more of the link.
        const joined = more && text.charAt(end + more[0].length) !== ':' ? more : null;
        if (joined) end += trimChars(joined[0], null, /[.,;:!?]/).length;
        // The query after the part on the next line goes too: "linkedin.com/in/⏎jo-bloggs-7b2?trk=public_profile".
        const query = joined ? QUERY.exec(text.slice(end, end + 300)) : null;
        if (query) end += trimChars(query[0], null, /[.,;:!?]/).length;
      } else if (url.includes('?')) {
        const value = url.endsWith('=') ? WHOLE_VALUE_CONTINUED : /=[^&=]+$/.test(url) ? VALUE_CONTINUED : null;
        const more = QUERY_CONTINUED.exec(text.slice(end, end + 300)) ?? value?.exec(text.slice(end, end + 50)) ?? null;
        if (more) end += trimChars(more[0], null, /[.,;:!?]/).length;
      }
      const rawEnd = m.index + m[0].length;
      const spaced = end <= rawEnd ? spacedContinuation(text, rawEnd, m[0]) : 0;
      if (spaced) end = rawEnd + spaced;
      // "www .linkedin.com/in/…": OCR or PDF text set a blank inside the link's "www.", which goes with it.
      const www = SPACED_WWW.exec(text.slice(Math.max(0, m.index - 16), m.index));
      spans.push(makeSpan('url', m.index - (www?.[0].length ?? 0), end));
      // A profile's slug the layout carried to the next line, maybe under another column's text:
      // "linkedin.com/in/priya-    Skills" then "sharma-anp-7c1    Triage".
      const slug = PROFILE_PATH.test(url) ? nextLineSlug(text, end) : null;
      if (slug) spans.push(makeSpan('url', slug[0], slug[1]));
      // A profile's name that the line broke inside a word: "facebook.com/jo.blo" then "ggs.rn" alone on the next line.
      // A link with its scheme that the line broke inside a word, its rest alone on the next line: "https://jo.example.co" then
      // "m/cv", "https://jo.example.pl/tea" then "ching".
      // The line may break after a dot inside the name, which read as the link's full stop: "facebook.com/jo." then "bloggs.rn".
      const dot = slug || text[end] !== '.' || !PROFILE_PATH.test(url) ? 0 : 1;
      const rest = slug ? null : PROFILE_PATH.test(url) ? BROKEN_WORD_REST.exec(text.slice(end + dot, end + dot + 50)) : pattern === URL && /^https?:/i.test(url) && /[a-z\d]$/i.test(url) ? (BROKEN_LINK_REST.exec(text.slice(end, end + 120)) ?? BROKEN_PATH_REST.exec(text.slice(end, end + 120))) : null;
      if (rest) spans.push(makeSpan('url', end + dot + rest[0].length - rest[1]!.length, end + dot + rest[0].length));
    }
  }
  for (const m of matchAll(text, LINKEDIN)) {
    const after = m.index + m[0].length;
    const found = LINKEDIN_SLUG.exec(text.slice(after, after + 100));
    const value = found?.[1];
    // A slug has a hyphen, a digit or its "in/"; "LinkedIn Learning" is a word, "LinkedIn.com" a domain.
    // Or one word in lower case that is all the field after the platform's colon holds: "linkedin: ausafahmadansari (…".
    const fieldValue = value !== undefined && found?.[0].includes(':') && /^[a-z]+$/.test(value) && FIELD_END.test(text.slice(after + found[0].length, after + found[0].length + 3));
    if (!found || !value || (!/[-\d/]/.test(value) && !fieldValue) || !/[A-Za-z]{2}/.test(value) || /[\w.]/.test(text[after + found[0].length] ?? '')) continue;
    const start = after + found[0].length - value.length;
    spans.push(makeSpan('url', start, start + value.length));
    const slug = /[-/]$/.test(value) ? nextLineSlug(text, start + value.length) : null;
    if (slug) spans.push(makeSpan('url', slug[0], slug[1]));
  }
  labelledSlugs(text, spans);
  for (const m of matchAll(text, HANDLE)) spans.push(makeSpan('url', m.index, m.index + m[0].length));
  for (const m of matchAll(text, MEETING_HANDLE)) {
    // A name someone chose has a small letter: "ICU_HDU" and "09.30" are a ward and a time.
    if (!/[a-z]/.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    // The organisation the account shows in brackets after it goes with it, as after a display name: "jo.smith (Kent FT)".
    const bracket = ACCOUNT_BRACKET.exec(text.slice(start + m[1]!.length, start + m[1]!.length + 50))?.[0].length ?? 0;
    spans.push(makeSpan('url', start, start + m[1]!.length + bracket));
  }
  for (const m of matchAll(text, DISPLAY_NAME)) {
    const opensLine = !text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).trim();
    if ((!/[:–—.-]|as/.test(m[1]!) && !opensLine) || !holdsName(m[2]!, m[3]!)) continue;
    const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const end = m.index + m[0].length;
    spans.push(makeSpan('url', start, end + (DISPLAY_GRADE.exec(text.slice(end, end + 14))?.[0].length ?? 0)));
  }
  for (const m of matchAll(text, INITIALLED_DISPLAY_NAME)) {
    const word = m[1]!.slice(0, m[1]!.search(/[ \t]/));
    if (nameLexicon.notNames.has(word) || nameLexicon.organisationSuffixes.has(word)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(makeSpan('url', start, start + m[1]!.length));
  }
  for (const m of [...matchAll(text, PLATFORM_HANDLE), ...matchAll(text, CODE_HOST_HANDLE)]) {
    const handle = m[1]!;
    const start = m.index + m[0].length - handle.length;
    // A handle has a digit, "_" or "." or mixes case; "Twitter account" and "GitHub Actions" are words. A word in lower
    // case that is all a field after its colon holds is a handle too ("GitHub: dcetin", "Github: abdelmounhim —").
    const fieldValue = handle === handle.toLowerCase() && m[0].includes(':') && FIELD_END.test(text.slice(start + handle.length, start + handle.length + 3));
    if (!/[\d_.-]|[a-z][A-Z]/.test(handle) && /^[A-Za-z][a-z]*$/.test(handle) && !fieldValue) continue;
    // "Signal" is an everyday word ("Signal-to-noise ratio", "Signal 4G-coverage audit"); a Signal username always ends in a
    // dot and two digits or more ("dawa.hackney.11"), so only that shape is one.
    if (m[0].startsWith('Signal') && !SIGNAL_USERNAME.test(handle)) continue;
    // "Messenger: rasa.k.87", "Facebook – jo.smith.5": words of their own too ("Messenger RNA", "Facebook-RSV"), so only after a
    // colon or a dash set off by a blank.
    if (/^(?:Messenger|Facebook)/.test(m[0]) && !/:|[ \t][–—-]/.test(m[0].slice(0, m[0].length - handle.length))) continue;
    spans.push(makeSpan('url', start, start + handle.length));
  }
  for (const pattern of [QUOTED_HANDLE_FIELD, KEYED_HANDLE_LINE]) {
    for (const m of matchAll(text, pattern)) {
      const handle = m[2]!;
      if (WORD_KEY.test(m[1]!) && !/[\d_.-]|[a-z][A-Z]/.test(handle)) continue;
      const start = m.index + m[0].lastIndexOf(handle);
      spans.push(makeSpan('url', start, start + handle.length));
    }
  }
  for (const m of matchAll(text, SKYPE_ID)) spans.push(makeSpan('url', m.index, m.index + m[0].length));
  for (const m of matchAll(text, POSTED_BY_HANDLE)) spans.push(makeSpan('url', m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length));
  for (const m of matchAll(text, HANDLE_ON_PLATFORM)) {
    const contact = MESSAGING.test(m[2]!) && CONTACT_BEFORE.test(text.slice(lineStart(text, m.index, 40), m.index));
    if (namesHandle(m[1]!, contact)) spans.push(makeSpan('url', m.index, m.index + m[1]!.length));
  }
  for (const m of matchAll(text, PLATFORM_PATH)) {
    const handle = m[2]!.replace(/^[ \t]?@?/, '');
    if (PLATFORMS.has(handle.toLowerCase()) || /^[A-Z][a-z]+$/.test(handle)) continue;
    // "in/" and "medium/" are profiles only among contacts or with a handle's mark (a slug's hyphen on LinkedIn, an "@"
    // on Medium, a digit or "_"): "in/out", "medium/high risk" and "medium/long-term" are words. A blank after the slash, as
    // PDF text splits a link ("in/ jo-bloggs-"), needs the mark and the link opening its cell: "in/ out-patient" is words.
    const word = m[1]!.toLowerCase();
    const marked = word === 'in' ? /[\d_-]/ : /[\d_@]/;
    if (/^[ \t]/.test(m[2]!) ? !marked.test(m[2]!) || !CELL_START.test(text.slice(Math.max(0, m.index - 2), m.index)) : (word === 'in' || word === 'medium') && !marked.test(m[2]!) && !amongContacts(text, m.index)) continue;
    spans.push(makeSpan('url', m.index, m.index + m[0].length));
    // A slug that ends in a hyphen goes on in its column on the next line: "in/ jo-bloggs-" over "rn-4471".
    const below = m[0].endsWith('-') ? slugBelow(text, m.index, m.index + m[0].length) : null;
    if (below) spans.push(makeSpan('url', below[0], below[1]));
    // A list of profiles goes on below it, sites no list knows among them: "github/62Gerente" then "codebits/gerente".
    if (!aloneOnLine(text, m.index, m.index + m[0].length)) continue;
    for (let next = text.indexOf('\n', m.index) + 1; next > 0; next = text.indexOf('\n', next) + 1) {
      const listed = LISTED_PROFILE.exec(text.slice(next, next + 80));
      if (!listed) break;
      spans.push(makeSpan('url', next + listed[1]!.length, next + listed[0].length));
    }
  }
  if (text.includes('#')) {
    for (const m of matchAll(text, TAGGED_HANDLE)) {
      if (handleContext(text.slice(Math.max(0, m.index - 40), m.index))) spans.push(makeSpan('url', m.index, m.index + m[0].length));
    }
  }
  // Read from each "_" outwards, so text without one costs nothing.
  for (let u = text.indexOf('_'); u >= 0; ) {
    let start = u;
    while (start > 0 && TOKEN_CHAR.test(text[start - 1]!)) start--;
    let end = u;
    while (end < text.length && TOKEN_CHAR.test(text[end]!)) end++;
    u = text.indexOf('_', end);
    // Part of an e-mail address or a path ("jo_b@…", "C:\\ward_list"): found elsewhere or no handle.
    if (/[@\\]/.test(text[start - 1] ?? '') || text[end] === '@') continue;
    while (start < end && /[.-]/.test(text[start]!)) start++;
    const token = trimChars(text.slice(start, end), null, /[.-]/);
    if (!SNAKE.test(token) || FILE_NAME.test(token) || COPY_OF_FILE.test(text.slice(end, end + 10)) || token === token.toUpperCase()) continue;
    // Two joins ("jo_smith_rn") are a handle on their own; one ("ward_list") needs a platform or "handle" nearby,
    // or a place after it ("kofi_accra", "ada_ldn"), as people name their accounts.
    const around = text.slice(Math.max(0, start - 80), start + token.length + 80);
    const pieces = token.split(/_+/);
    if (pieces.length > 2 || PLACE_SUFFIXES.has(pieces.at(-1)!.toLowerCase()) || pieces.some(isNamePart) || handleContext(around)) spans.push(makeSpan('url', start, start + token.length));
  }
  // LinkedIn's export labels each contact "(LinkedIn)": the label goes with its link, as the placeholder stands for the whole contact.
  for (const span of spans) {
    const label = LINKEDIN_LABEL.exec(text.slice(span.end, span.end + 14));
    if (label) span.end += label[0].length;
  }
  return spans;
}

/** The export's label after a link, a blank or two before it. */
const LINKEDIN_LABEL = /^[ \t]{1,2}\(LinkedIn\)/;
