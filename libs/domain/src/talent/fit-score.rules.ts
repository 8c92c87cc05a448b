import { meetsCefr, type CefrLevel } from '../people/cefr.rules';
import { reliability, type AttendanceCounts } from '../hours/ledger.rules';

/**
 * The talent pool's fit score: how well an alumnus fits a vacancy, as a sum of weighted parts that HR can
 * read one by one ("hours 30 of 30, reliability 22.5 of 25, …") — never a black box. Each part is a value
 * 0…1 from facts of verified service; points = value × weight; the score = Σ points ÷ Σ weights × 100.
 * The SQL that sorts the pool computes the same numbers (an integration test compares them); the
 * definitions are in docs/talent-pool.md.
 */
export const FIT_PARTS = ['hours', 'reliability', 'ratings', 'languages', 'certificates'] as const;
export type FitPart = (typeof FIT_PARTS)[number];

export type FitWeights = Record<FitPart, number>;

/** The defaults when a vacancy sets no weights of its own: hours 30 %, reliability 25 %, ratings 20 %, languages 15 %, certificates 10 %. */
export const DEFAULT_FIT_WEIGHTS: Readonly<FitWeights> = Object.freeze({ hours: 30, reliability: 25, ratings: 20, languages: 15, certificates: 10 });

/** Hours that earn the whole hours part when the vacancy sets no minimum (the last hours milestone). */
export const FIT_HOURS_TARGET = 500;
/** Valid certificates that earn the whole certificates part when the vacancy asks for no type. */
export const FIT_CERTIFICATES_TARGET = 3;
/** The rubric scale. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export interface FitRequirements {
  /** Minimum approved hours; the hours part is then full at twice this. */
  minHours?: number;
  languages?: { language: string; level: CefrLevel }[];
  /** Certificate type codes the vacancy asks for. */
  certificateTypes?: string[];
}

/** What the score is computed from: facts of one alumnus. */
export interface FitFacts {
  approvedMinutes: number;
  attendance: AttendanceCounts;
  /** Mean of the coordinators' rubric ratings (each rating's mean of its four criteria), null without ratings. */
  ratingAverage: number | null;
  languages: readonly { language: string; level: CefrLevel }[];
  /** Codes of the certificate types of the person's valid certificates. */
  certificateTypes: readonly string[];
  validCertificates: number;
}

export interface FitScorePart {
  part: FitPart;
  /** 0…1, rounded to 4 decimals. */
  value: number;
  weight: number;
  /** value × weight, rounded to 2 decimals. */
  points: number;
}

export interface FitScore {
  /** 0…100, one decimal. */
  score: number;
  parts: FitScorePart[];
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** The hours that fill the hours part: twice the vacancy's minimum, or FIT_HOURS_TARGET. */
export function fitHoursTarget(req: FitRequirements): number {
  return req.minHours && req.minHours > 0 ? 2 * req.minHours : FIT_HOURS_TARGET;
}

/** Weights as given, missing or negative ones replaced by the defaults / 0. */
export function normaliseWeights(w: Partial<FitWeights> | null | undefined): FitWeights {
  const out = { ...DEFAULT_FIT_WEIGHTS };
  if (!w) return out;
  for (const p of FIT_PARTS) {
    const v = w[p];
    if (typeof v === 'number' && Number.isFinite(v)) out[p] = Math.max(0, v);
  }
  return out;
}

/** Each part's value 0…1 (unrounded). */
export function fitValues(f: FitFacts, req: FitRequirements): Record<FitPart, number> {
  const langReq = req.languages ?? [];
  const certReq = req.certificateTypes ?? [];
  const levelOf = (language: string): CefrLevel | null => {
    let best: CefrLevel | null = null;
    for (const l of f.languages) if (l.language === language && (best === null || meetsCefr(l.level, best))) best = l.level;
    return best;
  };
  return {
    hours: clamp01(f.approvedMinutes / (fitHoursTarget(req) * 60)),
    // The one reliability of @dost/domain; nothing finished yet earns nothing.
    reliability: reliability(f.attendance) ?? 0,
    ratings: f.ratingAverage === null ? 0 : clamp01((f.ratingAverage - RATING_MIN) / (RATING_MAX - RATING_MIN)),
    languages: langReq.length === 0 ? 1 : langReq.filter((r) => meetsCefr(levelOf(r.language), r.level)).length / langReq.length,
    certificates:
      certReq.length === 0
        ? clamp01(f.validCertificates / FIT_CERTIFICATES_TARGET)
        : certReq.filter((code) => f.certificateTypes.includes(code)).length / certReq.length,
  };
}

/** The score with every part, so a ranking can be explained. All weights 0 → score 0. */
export function fitScore(f: FitFacts, req: FitRequirements = {}, weights?: Partial<FitWeights> | null): FitScore {
  const w = normaliseWeights(weights);
  const values = fitValues(f, req);
  const total = FIT_PARTS.reduce((s, p) => s + w[p], 0);
  const parts = FIT_PARTS.map((part) => ({ part, value: round(values[part], 4), weight: w[part], points: round(values[part] * w[part], 2) }));
  const raw = FIT_PARTS.reduce((s, p) => s + values[p] * w[p], 0);
  return { score: total === 0 ? 0 : round((raw / total) * 100, 1), parts };
}
