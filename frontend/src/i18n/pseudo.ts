/**
 * The development pseudo-locale `en-XA`: English with every letter accented and vowels doubled,
 * so text that bypasses the catalogues (still plain ASCII) stands out on the page, and layouts
 * show how they cope with words a third longer (Polish and Arabic often are). Placeables
 * (names, numbers) are left alone: Fluent's `transform` sees only a message's own text.
 */
const CAPITALS = Array.from('ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ');
const SMALL = Array.from('ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ');
const VOWELS = new Set(Array.from('aeiouAEIOU'));

/** Markup tags (`<link>`, `</link>`) are names `Markup` looks up: they stay as they are. */
const TAG = /(<\/?[a-z][a-z0-9-]*>)/;

export function pseudoText(text: string): string {
  return text
    .split(TAG)
    .map((part) => (TAG.test(part) ? part : accent(part)))
    .join('');
}

function accent(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    let accented = char;
    if (code >= 65 && code <= 90) accented = CAPITALS[code - 65];
    else if (code >= 97 && code <= 122) accented = SMALL[code - 97];
    out += VOWELS.has(char) ? accented + accented : accented;
  }
  return out;
}
