/** Russian noun after a number: 1 час, 2 часа, 5 часов, 21 час, 11 часов; a fraction takes the genitive singular. */
function ruHours(hours: number): string {
  if (!Number.isInteger(hours)) return 'часа';
  const n10 = hours % 10;
  const n100 = hours % 100;
  if (n10 === 1 && n100 !== 11) return 'час';
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return 'часа';
  return 'часов';
}

/**
 * A certificate's minutes as hours in words — the one wording the PDF, the credential, the console and the public
 * page share: "42 saat", "42 hours", "42 часа"; a part hour to one decimal ("5,5 saat", "5.5 hours", "5,5 часа").
 */
export function hoursText(minutes: number, lang: 'az' | 'en' | 'ru'): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  const number = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  switch (lang) {
    case 'az':
      return `${number.replace('.', ',')} saat`;
    case 'ru':
      return `${number.replace('.', ',')} ${ruHours(hours)}`;
    default:
      return `${number} ${hours === 1 ? 'hour' : 'hours'}`;
  }
}
