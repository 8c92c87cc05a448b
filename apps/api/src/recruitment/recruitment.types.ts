import type { ApplicationStatus, HalfDay, IntakeStatus, LanguageSkill, LocalizedText } from '@dost/domain';

export type { ApplicationStatus, HalfDay, IntakeStatus, LanguageSkill };
export type Locale3 = 'az' | 'en' | 'ru';

export const QUESTION_KINDS = ['text', 'single', 'multiple'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** An intake's own question; `id` is a short stable key the answers refer to. */
export interface IntakeQuestion {
  id: string;
  kind: QuestionKind;
  label: LocalizedText;
  required: boolean;
  /** For single / multiple choice. */
  options?: { id: string; label: LocalizedText }[];
}

/** A rubric criterion reviewers score 1–5, or an onboarding checklist item. */
export interface LabelledItem {
  id: string;
  label: LocalizedText;
}

export type Answers = Record<string, string | string[]>;

export interface Education {
  institution: string;
  faculty: string;
  year: number;
}

/** The default onboarding checklist of a new intake (editable per intake). */
export const DEFAULT_CHECKLIST: LabelledItem[] = [
  { id: 'orientation', label: { az: 'Oriyentasiyada iştirak edib', en: 'Attended the orientation', ru: 'Прошёл ориентацию' } },
  { id: 'training', label: { az: 'Təlim sessiyalarını keçib', en: 'Completed the training sessions', ru: 'Прошёл обучение' } },
  { id: 'agreement', label: { az: 'Könüllülük müqaviləsini imzalayıb', en: 'Signed the volunteer agreement', ru: 'Подписал соглашение волонтёра' } },
];

export const DEFAULT_RUBRIC: LabelledItem[] = [
  { id: 'motivation', label: { az: 'Motivasiya', en: 'Motivation', ru: 'Мотивация' } },
  { id: 'communication', label: { az: 'Ünsiyyət', en: 'Communication', ru: 'Коммуникация' } },
  { id: 'languages', label: { az: 'Dil bilikləri', en: 'Languages', ru: 'Языки' } },
];
