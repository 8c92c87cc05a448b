import { displayName } from './attendance.mapper';

describe('displayName (the kiosk list)', () => {
  it.each([
    ['Aysel Məmmədova', 'Aysel M.'],
    ['Tural Məmmədov (demo)', 'Tural M.'],
    ['Gülçöhrə Ağayeva-Şıxəliyeva', 'Gülçöhrə A.'],
    ['Leyla Rauf qızı İsmayılova', 'Leyla İ.'],
    ['  Orxan  ', 'Orxan'],
    ['Nigar [test] Əliyeva', 'Nigar Ə.'],
  ])('%s → %s', (full, shown) => expect(displayName(full)).toBe(shown));
});
