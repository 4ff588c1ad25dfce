import { type Region, regionOfCountry } from '../core/regions';

// EU member states and the EEA (Iceland, Liechtenstein, Norway), including outermost regions.
const EU_ZONES = new Set([
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Bratislava',
  'Europe/Brussels',
  'Europe/Bucharest',
  'Europe/Budapest',
  'Europe/Busingen',
  'Europe/Copenhagen',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Lisbon',
  'Europe/Ljubljana',
  'Europe/Luxembourg',
  'Europe/Madrid',
  'Europe/Malta',
  'Europe/Mariehamn',
  'Europe/Nicosia',
  'Europe/Oslo',
  'Europe/Paris',
  'Europe/Prague',
  'Europe/Riga',
  'Europe/Rome',
  'Europe/Sofia',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Vaduz',
  'Europe/Vienna',
  'Europe/Vilnius',
  'Europe/Warsaw',
  'Europe/Zagreb',
  'Africa/Ceuta',
  'America/Cayenne',
  'America/Guadeloupe',
  'America/Martinique',
  'Arctic/Longyearbyen',
  'Asia/Famagusta',
  'Asia/Nicosia',
  'Atlantic/Azores',
  'Atlantic/Canary',
  'Atlantic/Madeira',
  'Atlantic/Reykjavik',
  'Indian/Mayotte',
  'Indian/Reunion',
  'Iceland',
  'Poland',
  'Portugal',
  'Eire',
]);

const UK_ZONES = new Set(['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire']);
const CH_ZONES = new Set(['Europe/Zurich']);
const BR_ZONES = new Set([
  'America/Araguaina',
  'America/Bahia',
  'America/Belem',
  'America/Boa_Vista',
  'America/Campo_Grande',
  'America/Cuiaba',
  'America/Eirunepe',
  'America/Fortaleza',
  'America/Maceio',
  'America/Manaus',
  'America/Noronha',
  'America/Porto_Velho',
  'America/Recife',
  'America/Rio_Branco',
  'America/Santarem',
  'America/Sao_Paulo',
  'Brazil/Acre',
  'Brazil/DeNoronha',
  'Brazil/East',
  'Brazil/West',
]);

// Languages spoken almost only inside the EU/EEA: enough of a clue when nothing else is known.
const EU_LANGUAGES = new Set(
  'bg cs da de el et fi fr ga hr hu is it lb lt lv mt nb nl nn no pl ro sk sl sv'.split(' '),
);

function regionOfZone(timeZone: string): Region | null {
  if (EU_ZONES.has(timeZone)) return 'eu';
  if (UK_ZONES.has(timeZone)) return 'uk';
  if (CH_ZONES.has(timeZone)) return 'ch';
  if (BR_ZONES.has(timeZone)) return 'br';
  return null;
}

/** Zones that say nothing about where someone lives (UTC, fixed offsets, unset). */
function isUninformativeZone(timeZone: string): boolean {
  return timeZone === '' || timeZone === 'UTC' || timeZone.startsWith('Etc/') || !timeZone.includes('/');
}

/**
 * The region to propose on first run, from the browser's time zone, then its languages.
 * Only a proposal: the user always confirms it.
 */
export function guessRegion(timeZone: string, languages: readonly string[]): Region {
  const byZone = regionOfZone(timeZone);
  if (byZone) return byZone;
  // A named zone outside the four objection regions (America/New_York, Asia/Tokyo) is a clear answer.
  if (!isUninformativeZone(timeZone)) return 'other';
  for (const tag of languages) {
    const [language = '', country] = tag.split(/[-_]/);
    if (country && /^[A-Za-z]{2}$/.test(country)) return regionOfCountry(country.toUpperCase());
    if (EU_LANGUAGES.has(language.toLowerCase())) return 'eu';
  }
  return 'other';
}
