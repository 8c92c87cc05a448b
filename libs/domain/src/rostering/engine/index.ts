// The roster engine's public surface: the JSON contract, the independent checker and the solver.
export * from './roster.types';
export { checkRoster, rosterStaticIneligibility } from './roster.checker';
export { solveRoster, type RosterSolveOptions } from './roster.solver';
export { rosterLanguageName } from './roster-explain';
export { rosterDayIndex, rosterWeekday, rosterWeekendOf, rosterDateOf } from './roster-calendar';
