/**
 * The demo guest list (docs/event-guests.md, "Demo"): 40 guests of an international conference, from 19 countries,
 * in 6 delegations and a few on their own. Times are relative to the event's day (Baku): `day` -1 = the day before.
 * The same rows, with dates of a fixed day, are docs/samples/socgov-guests.csv — there with two rows written wrong
 * (WRONG_IN_SAMPLE) so the import's preview has something to show; the demo seed leaves those two out, so fixing
 * and re-importing the file adds them and updates the other 38.
 */
export interface DemoGuestRow {
  key: string;
  name: string;
  country: string;
  organisation: string;
  delegation: string | null;
  languages: string[];
  arrival: { day: number; time: string; place: string };
  departure: { day: number; time: string; place: string };
  hotel: string;
  needs: string | null;
  vip: boolean;
}

export interface DemoDelegation {
  name: string;
  country: string;
  languages: string[];
  minLevel: 'B1' | 'B2' | 'C1';
  liaisonsNeeded: 1 | 2;
}

export const DEMO_DELEGATIONS: DemoDelegation[] = [
  { name: 'France', country: 'FR', languages: ['fr', 'en'], minLevel: 'B2', liaisonsNeeded: 2 },
  { name: 'Türkiye', country: 'TR', languages: ['tr'], minLevel: 'B2', liaisonsNeeded: 1 },
  { name: 'Lusophone countries', country: 'BR', languages: ['pt'], minLevel: 'B2', liaisonsNeeded: 1 },
  { name: 'Arab states', country: 'EG', languages: ['ar', 'en'], minLevel: 'B2', liaisonsNeeded: 2 },
  { name: 'China', country: 'CN', languages: ['zh', 'en'], minLevel: 'B1', liaisonsNeeded: 1 },
  { name: 'Germany and Austria', country: 'DE', languages: ['de', 'en'], minLevel: 'B2', liaisonsNeeded: 1 },
];

const a = (day: number, time: string, place = 'GYD') => ({ day, time, place });
const FR = 'France', TR = 'Türkiye', LU = 'Lusophone countries', AR = 'Arab states', CN = 'China', DE = 'Germany and Austria';

// prettier-ignore
export const DEMO_GUESTS: DemoGuestRow[] = [
  { key: 'sg-01', name: 'Jean-Pierre Moreau', country: 'FR', organisation: 'Ministère des Solidarités', delegation: FR, languages: ['fr', 'en'], arrival: a(-1, '09:40'), departure: a(2, '11:15'), hotel: 'Hilton Baku', needs: null, vip: true },
  { key: 'sg-02', name: 'Claire Dubois', country: 'FR', organisation: 'Ministère des Solidarités', delegation: FR, languages: ['fr', 'en'], arrival: a(-1, '09:40'), departure: a(2, '11:15'), hotel: 'Hilton Baku', needs: null, vip: false },
  { key: 'sg-03', name: 'Amélie Laurent', country: 'FR', organisation: 'France Services', delegation: FR, languages: ['fr'], arrival: a(-1, '09:40'), departure: a(2, '11:15'), hotel: 'Hilton Baku', needs: 'wheelchair access', vip: false },
  { key: 'sg-04', name: 'Lucas Martin', country: 'FR', organisation: 'France Services', delegation: FR, languages: ['fr', 'en'], arrival: a(-1, '16:20'), departure: a(1, '22:30'), hotel: 'Hilton Baku', needs: null, vip: false },
  { key: 'sg-05', name: 'Sophie Lambert', country: 'BE', organisation: 'SPF Sécurité sociale', delegation: FR, languages: ['fr', 'nl'], arrival: a(-1, '16:20'), departure: a(2, '11:15'), hotel: 'Hilton Baku', needs: 'vegetarian meals', vip: false },
  { key: 'sg-06', name: 'Marc Favre', country: 'CH', organisation: 'Office fédéral des assurances sociales', delegation: FR, languages: ['fr', 'de'], arrival: a(-1, '13:05'), departure: a(2, '07:50'), hotel: 'Hilton Baku', needs: null, vip: false },
  { key: 'sg-07', name: 'Mehmet Yılmaz', country: 'TR', organisation: 'Aile ve Sosyal Hizmetler Bakanlığı', delegation: TR, languages: ['tr', 'en'], arrival: a(-1, '12:30'), departure: a(2, '14:00'), hotel: 'JW Marriott Absheron', needs: null, vip: true },
  { key: 'sg-08', name: 'Ayşe Demir', country: 'TR', organisation: 'Aile ve Sosyal Hizmetler Bakanlığı', delegation: TR, languages: ['tr'], arrival: a(-1, '12:30'), departure: a(2, '14:00'), hotel: 'JW Marriott Absheron', needs: null, vip: false },
  { key: 'sg-09', name: 'Emre Kaya', country: 'TR', organisation: 'Cumhurbaşkanlığı Dijital Dönüşüm Ofisi', delegation: TR, languages: ['tr', 'en'], arrival: a(-1, '12:30'), departure: a(1, '20:45'), hotel: 'JW Marriott Absheron', needs: null, vip: false },
  { key: 'sg-10', name: 'Zeynep Arslan', country: 'TR', organisation: 'Türkiye Belediyeler Birliği', delegation: TR, languages: ['tr'], arrival: a(-1, '18:10'), departure: a(2, '14:00'), hotel: 'JW Marriott Absheron', needs: null, vip: false },
  { key: 'sg-11', name: 'Burak Çelik', country: 'TR', organisation: 'Türkiye Belediyeler Birliği', delegation: TR, languages: ['tr', 'de'], arrival: a(-1, '18:10'), departure: a(2, '14:00'), hotel: 'JW Marriott Absheron', needs: null, vip: false },
  { key: 'sg-12', name: 'Ana Paula Souza', country: 'BR', organisation: 'Ministério do Desenvolvimento Social', delegation: LU, languages: ['pt', 'es'], arrival: a(-2, '23:55'), departure: a(2, '03:40'), hotel: 'Four Seasons Baku', needs: null, vip: true },
  { key: 'sg-13', name: 'Rafael Oliveira', country: 'BR', organisation: 'Ministério do Desenvolvimento Social', delegation: LU, languages: ['pt'], arrival: a(-2, '23:55'), departure: a(2, '03:40'), hotel: 'Four Seasons Baku', needs: null, vip: false },
  { key: 'sg-14', name: 'Beatriz Santos', country: 'BR', organisation: 'Gov.br', delegation: LU, languages: ['pt', 'en'], arrival: a(-2, '23:55'), departure: a(2, '03:40'), hotel: 'Four Seasons Baku', needs: null, vip: false },
  { key: 'sg-15', name: 'João Ferreira', country: 'PT', organisation: 'Agência para a Modernização Administrativa', delegation: LU, languages: ['pt', 'en'], arrival: a(-1, '15:45'), departure: a(2, '16:30'), hotel: 'Four Seasons Baku', needs: null, vip: false },
  { key: 'sg-16', name: 'Inês Costa', country: 'PT', organisation: 'Loja do Cidadão', delegation: LU, languages: ['pt'], arrival: a(-1, '15:45'), departure: a(2, '16:30'), hotel: 'Four Seasons Baku', needs: 'step-free room', vip: false },
  { key: 'sg-17', name: 'Manuel da Silva', country: 'AO', organisation: 'Ministério da Administração Pública', delegation: LU, languages: ['pt'], arrival: a(-1, '06:20'), departure: a(2, '09:05'), hotel: 'Four Seasons Baku', needs: null, vip: false },
  { key: 'sg-18', name: 'Ahmed Hassan', country: 'EG', organisation: 'Ministry of Social Solidarity', delegation: AR, languages: ['ar', 'en'], arrival: a(-1, '04:15'), departure: a(2, '05:30'), hotel: 'Fairmont Baku', needs: 'halal meals', vip: true },
  { key: 'sg-19', name: 'Mona Fathy', country: 'EG', organisation: 'Ministry of Social Solidarity', delegation: AR, languages: ['ar', 'en'], arrival: a(-1, '04:15'), departure: a(2, '05:30'), hotel: 'Fairmont Baku', needs: 'halal meals', vip: false },
  { key: 'sg-20', name: 'Omar Abdelrahman', country: 'EG', organisation: 'Digital Egypt', delegation: AR, languages: ['ar'], arrival: a(-1, '04:15'), departure: a(2, '05:30'), hotel: 'Fairmont Baku', needs: 'halal meals', vip: false },
  { key: 'sg-21', name: 'Faisal Al-Harbi', country: 'SA', organisation: 'Digital Government Authority', delegation: AR, languages: ['ar', 'en'], arrival: a(-1, '10:50'), departure: a(1, '23:10'), hotel: 'Fairmont Baku', needs: 'halal meals', vip: false },
  { key: 'sg-22', name: 'Noura Al-Qahtani', country: 'SA', organisation: 'Digital Government Authority', delegation: AR, languages: ['ar', 'en'], arrival: a(-1, '10:50'), departure: a(1, '23:10'), hotel: 'Fairmont Baku', needs: 'halal meals', vip: false },
  { key: 'sg-23', name: 'Layla Haddad', country: 'JO', organisation: 'Ministry of Digital Economy', delegation: AR, languages: ['ar', 'en', 'fr'], arrival: a(-1, '14:25'), departure: a(2, '15:00'), hotel: 'Fairmont Baku', needs: null, vip: false },
  { key: 'sg-24', name: 'Youssef Benali', country: 'MA', organisation: 'Agence de Développement du Digital', delegation: AR, languages: ['ar', 'fr'], arrival: a(-1, '14:25'), departure: a(2, '15:00'), hotel: 'Fairmont Baku', needs: null, vip: false },
  { key: 'sg-25', name: 'Wang Fang', country: 'CN', organisation: 'National Administration of Government Services', delegation: CN, languages: ['zh', 'en'], arrival: a(-1, '07:35'), departure: a(2, '08:45'), hotel: 'Marriott Boulevard', needs: null, vip: true },
  { key: 'sg-26', name: 'Li Wei', country: 'CN', organisation: 'National Administration of Government Services', delegation: CN, languages: ['zh'], arrival: a(-1, '07:35'), departure: a(2, '08:45'), hotel: 'Marriott Boulevard', needs: null, vip: false },
  { key: 'sg-27', name: 'Zhang Min', country: 'CN', organisation: 'Zhejiang Government Service Center', delegation: CN, languages: ['zh', 'en'], arrival: a(-1, '07:35'), departure: a(2, '08:45'), hotel: 'Marriott Boulevard', needs: null, vip: false },
  { key: 'sg-28', name: 'Chen Jing', country: 'CN', organisation: 'Zhejiang Government Service Center', delegation: CN, languages: ['zh', 'ru'], arrival: a(-1, '07:35'), departure: a(2, '08:45'), hotel: 'Marriott Boulevard', needs: null, vip: false },
  { key: 'sg-29', name: 'Anna Schmidt', country: 'DE', organisation: 'Bundesministerium des Innern', delegation: DE, languages: ['de', 'en'], arrival: a(-1, '11:20'), departure: a(2, '12:35'), hotel: 'Hilton Baku', needs: null, vip: true },
  { key: 'sg-30', name: 'Thomas Müller', country: 'DE', organisation: 'Bundesministerium des Innern', delegation: DE, languages: ['de', 'en'], arrival: a(-1, '11:20'), departure: a(2, '12:35'), hotel: 'Hilton Baku', needs: null, vip: false },
  { key: 'sg-31', name: 'Julia Wagner', country: 'DE', organisation: 'Deutscher Städtetag', delegation: DE, languages: ['de', 'en', 'ru'], arrival: a(-1, '11:20'), departure: a(2, '12:35'), hotel: 'Hilton Baku', needs: null, vip: false },
  { key: 'sg-32', name: 'Lukas Gruber', country: 'AT', organisation: 'Bundesministerium für Soziales', delegation: DE, languages: ['de'], arrival: a(-1, '17:55'), departure: a(2, '18:20'), hotel: 'Hilton Baku', needs: null, vip: false },
  { key: 'sg-33', name: 'Emily Clarke', country: 'GB', organisation: 'Government Digital Service', delegation: null, languages: ['en'], arrival: a(-1, '20:05'), departure: a(2, '06:10'), hotel: 'Marriott Boulevard', needs: null, vip: false },
  { key: 'sg-34', name: 'James Whitfield', country: 'GB', organisation: 'UNDP', delegation: null, languages: ['en', 'fr'], arrival: a(-1, '20:05'), departure: a(2, '06:10'), hotel: 'Marriott Boulevard', needs: null, vip: true },
  { key: 'sg-35', name: 'Sarah Johnson', country: 'US', organisation: 'World Bank', delegation: null, languages: ['en', 'es'], arrival: a(-1, '22:40'), departure: a(2, '04:25'), hotel: 'Four Seasons Baku', needs: null, vip: false },
  { key: 'sg-36', name: 'Ирина Волкова', country: 'RU', organisation: 'Министерство цифрового развития', delegation: null, languages: ['ru', 'en'], arrival: a(-1, '08:15'), departure: a(2, '10:40'), hotel: 'Marriott Boulevard', needs: null, vip: false },
  { key: 'sg-37', name: 'Дмитрий Орлов', country: 'RU', organisation: 'Московский центр госуслуг', delegation: null, languages: ['ru'], arrival: a(-1, '08:15'), departure: a(2, '10:40'), hotel: 'Marriott Boulevard', needs: 'diabetic diet', vip: false },
  { key: 'sg-38', name: 'Carmen García', country: 'ES', organisation: 'Secretaría General de Administración Digital', delegation: null, languages: ['es', 'en'], arrival: a(-1, '13:35'), departure: a(2, '13:50'), hotel: 'Fairmont Baku', needs: null, vip: false },
  { key: 'sg-39', name: 'Pablo Fernández', country: 'ES', organisation: 'Secretaría General de Administración Digital', delegation: null, languages: ['es'], arrival: a(-1, '13:35'), departure: a(2, '13:50'), hotel: 'Fairmont Baku', needs: null, vip: false },
  { key: 'sg-40', name: 'Aigerim Nurlanovna', country: 'KZ', organisation: 'Government for Citizens', delegation: null, languages: ['kk', 'ru'], arrival: a(-1, '19:00'), departure: a(2, '09:30'), hotel: 'JW Marriott Absheron', needs: null, vip: false },
];

/** The two rows docs/samples/socgov-guests.csv writes wrong: a date that does not exist and an unknown language code. */
export const WRONG_IN_SAMPLE: Record<string, { column: 'arrival' | 'languages'; value: string }> = {
  'sg-17': { column: 'arrival', value: '{day-1} 25:20' },
  'sg-33': { column: 'languages', value: 'en;xx' },
};

/** The delegation programme (Baku times relative to the event's day), the same for every delegation. */
export const DEMO_PROGRAMME: { kind: 'arrival' | 'session' | 'visit' | 'departure'; title: string; day: number; from: string; to: string; place: string }[] = [
  { kind: 'arrival', title: 'Arrival and transfer to the hotel', day: -1, from: '08:00', to: '20:00', place: 'Heydər Əliyev Beynəlxalq Aeroportu' },
  { kind: 'session', title: 'Opening plenary', day: 0, from: '09:30', to: '12:30', place: 'Bakı Konqres Mərkəzi, plenar zal' },
  { kind: 'session', title: 'Panel: one-stop public services', day: 0, from: '14:00', to: '17:30', place: 'Bakı Konqres Mərkəzi, zal B' },
  { kind: 'visit', title: 'Visit to a DOST center', day: 1, from: '10:00', to: '13:00', place: 'DOST Mərkəzi, Bakı' },
  { kind: 'departure', title: 'Transfer to the airport', day: 2, from: '06:00', to: '12:00', place: 'Heydər Əliyev Beynəlxalq Aeroportu' },
];
