/**
 * Azerbaijani case endings for a name at the end of a phrase, by vowel harmony (the last vowel decides):
 * genitive "Tural Məmmədovun", "Nigar Əliyevanın"; accusative "Məmmədovu", "Əliyevanı"; dative "Məmmədova",
 * "Əliyevaya". Enough for the audit log's sentences; names without a vowel get the front-vowel ending.
 */
const BACK_UNROUNDED = 'aı';
const FRONT_UNROUNDED = 'eəi';
const BACK_ROUNDED = 'ou';
const FRONT_ROUNDED = 'öü';
const VOWELS = 'aıoueəiöü';

function lastVowel(word: string): string {
  const lower = word.toLocaleLowerCase('az');
  for (let i = lower.length - 1; i >= 0; i--) if (VOWELS.includes(lower[i])) return lower[i];
  return 'e';
}

function endsInVowel(word: string): boolean {
  const last = word.trim().slice(-1).toLocaleLowerCase('az');
  return VOWELS.includes(last);
}

/** i-type harmony (ı/i/u/ü). */
function four(v: string): string {
  if (BACK_UNROUNDED.includes(v)) return 'ı';
  if (FRONT_UNROUNDED.includes(v)) return 'i';
  if (BACK_ROUNDED.includes(v)) return 'u';
  if (FRONT_ROUNDED.includes(v)) return 'ü';
  return 'i';
}

/** The last word of a number as spoken ("2026" → "altı", "2020" → "iyirmi", "300" → "yüz"): it decides the ending. */
const UNITS = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const TENS = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];
function spokenLastWord(digits: string): string {
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  const d = digits.replace(/0+$/, '');
  if (!d) return 'sıfır';
  if (zeros === 0) return UNITS[Number(d.slice(-1))];
  if (zeros === 1) return TENS[Number(d.slice(-1))];
  if (zeros === 2) return 'yüz';
  if (zeros <= 5) return 'min';
  if (zeros <= 8) return 'milyon';
  return 'milyard';
}

/**
 * Applies a case ending where Azerbaijani puts it: after the name itself, before a trailing parenthesis
 * ("Ləman Quliyeva (demo)" → "Ləman Quliyevanın (demo)"); after a number or a closing quote with a hyphen, in the
 * harmony of how it is spoken ("QA Sammiti 2026" → "QA Sammiti 2026-nın"). Never glued to a digit or a bracket.
 */
function inflect(name: string, ending: (word: string) => string): string {
  const n = name.trim();
  if (!n) return n;
  const tail = /^(.*?[^\s(])((?:\s*\([^()]*\))+)$/u.exec(n);
  if (tail && tail[1].trim()) return `${inflect(tail[1], ending)}${tail[2]}`;
  const digits = /(\d+)$/.exec(n);
  if (digits) return `${n}-${ending(spokenLastWord(digits[1])).slice(spokenLastWord(digits[1]).length)}`;
  if (!/\p{L}$/u.test(n)) {
    const letters = n.replace(/[^\p{L}]+$/u, '');
    if (!letters) return n;
    return `${n}-${ending(letters).slice(letters.length)}`;
  }
  return ending(n);
}

function genitiveWord(n: string): string {
  const v = four(lastVowel(n));
  return endsInVowel(n) ? `${n}n${v}n` : `${n}${v}n`;
}

function accusativeWord(n: string): string {
  const v = four(lastVowel(n));
  return endsInVowel(n) ? `${n}n${v}` : `${n}${v}`;
}

function dativeWord(n: string): string {
  const back = (BACK_UNROUNDED + BACK_ROUNDED).includes(lastVowel(n));
  const a = back ? 'a' : 'ə';
  return endsInVowel(n) ? `${n}y${a}` : `${n}${a}`;
}

export function genitive(name: string): string {
  return inflect(name, genitiveWord);
}

export function accusative(name: string): string {
  return inflect(name, accusativeWord);
}

export function dative(name: string): string {
  return inflect(name, dativeWord);
}
