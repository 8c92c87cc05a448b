import { demoVolunteerName } from './rostering-demo.seed';

describe('demo volunteer names', () => {
  const names = Array.from({ length: 40 }, (_, i) => demoVolunteerName(i));

  it('are 40 different names', () => {
    expect(new Set(names).size).toBe(40);
  });

  it('give women the feminine surname (-ova/-eva) and men the masculine one', () => {
    expect(names).toContain('Aysu Əliyeva');
    expect(names).toContain('Aysu Həsənova');
    expect(names).toContain('Elvin Rzayev');
    for (const n of names) expect(n).toMatch(/ [^ ]+(ov|ev|ova|eva)$/);
    expect(names.filter((n) => n.startsWith('Emin '))).toEqual(['Emin Kərimov', 'Emin Əliyev']);
  });
});
