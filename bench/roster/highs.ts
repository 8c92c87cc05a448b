import type { RosterHighs } from '@dost/domain';

/** Loads HiGHS (npm `highs`, WebAssembly) for the roster engine's column phase. */
export async function loadHighs(): Promise<RosterHighs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = require('highs') as () => Promise<RosterHighs>;
  return load();
}
