import { describe, expect, it } from 'vitest';
import { accusative, dative, genitive } from './az-grammar';

describe('Azerbaijani case endings for names', () => {
  it.each([
    ['Tural Məmmədov', 'Tural Məmmədovun', 'Tural Məmmədovu', 'Tural Məmmədova'],
    ['Nigar Əliyeva', 'Nigar Əliyevanın', 'Nigar Əliyevanı', 'Nigar Əliyevaya'],
    ['Aysel', 'Ayselin', 'Ayseli', 'Ayselə'],
    ['Gül', 'Gülün', 'Gülü', 'Gülə'],
    ['Əli', 'Əlinin', 'Əlini', 'Əliyə'],
  ])('%s', (name, gen, acc, dat) => {
    expect(genitive(name)).toBe(gen);
    expect(accusative(name)).toBe(acc);
    expect(dative(name)).toBe(dat);
  });

  // Places end in a possessive (Mərkəzi, filialı): genitive and accusative are right; the sentences never use their dative.
  it.each([
    ['Qarabağ Regional DOST Mərkəzi', 'Qarabağ Regional DOST Mərkəzinin', 'Qarabağ Regional DOST Mərkəzini'],
    ['Sumqayıt DOST filialı', 'Sumqayıt DOST filialının', 'Sumqayıt DOST filialını'],
  ])('%s', (name, gen, acc) => {
    expect(genitive(name)).toBe(gen);
    expect(accusative(name)).toBe(acc);
  });

  // Never glued to a bracket or a digit (QA: "Ləman Quliyeva (demo)un", "QA Sammiti 2026in").
  it.each([
    ['Ləman Quliyeva (demo)', 'Ləman Quliyevanın (demo)', 'Ləman Quliyevanı (demo)', 'Ləman Quliyevaya (demo)'],
    ['Günel Əliyeva (demo)', 'Günel Əliyevanın (demo)', 'Günel Əliyevanı (demo)', 'Günel Əliyevaya (demo)'],
    ['QA Sammiti 2026', 'QA Sammiti 2026-nın', 'QA Sammiti 2026-nı', 'QA Sammiti 2026-ya'],
    ['SOCGOV 2025', 'SOCGOV 2025-in', 'SOCGOV 2025-i', 'SOCGOV 2025-ə'],
    ['Forum 2020', 'Forum 2020-nin', 'Forum 2020-ni', 'Forum 2020-yə'],
    ['Forum 2000', 'Forum 2000-in', 'Forum 2000-i', 'Forum 2000-ə'],
    ['Qarşılama (12.05.2026 09:00)', 'Qarşılamanın (12.05.2026 09:00)', 'Qarşılamanı (12.05.2026 09:00)', 'Qarşılamaya (12.05.2026 09:00)'],
    ['"Smart DOST"', '"Smart DOST"-un', '"Smart DOST"-u', '"Smart DOST"-a'],
  ])('%s', (name, gen, acc, dat) => {
    expect(genitive(name)).toBe(gen);
    expect(accusative(name)).toBe(acc);
    expect(dative(name)).toBe(dat);
  });
});
