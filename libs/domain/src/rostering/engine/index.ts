// The roster engine's public surface: the JSON contract, the independent checker and the solver.
export * from './roster.types';
export { checkRoster, rosterStaticIneligibility } from './roster.checker';
export { validateRosterProblem } from './roster-validate';
export { solveRoster, type RosterSolveOptions, type RosterTuning } from './roster.solver';
export type { RosterHighs, RosterHighsModel } from './roster-columns';
export { describeRosterGap, rosterLanguageName, type DescribeGapOptions } from './roster-explain';
export { rosterDayIndex, rosterWeekday, rosterWeekendOf, rosterDateOf } from './roster-calendar';
