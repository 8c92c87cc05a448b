import { api } from '../../providers/http';

type Name = { az: string; en: string; ru: string };
export type NextStep = 'verifyEmail' | 'waitForScreening' | 'bookInterview' | 'attendInterview' | 'waitForDecision' | 'onboarding' | 'done' | 'waitlisted' | 'applyAgain';

export interface MyApplication {
  id: string; number: number; intakeId: string; intakeName: Name; intakeOpen: boolean; status: string; nextStep: NextStep;
  interview: { startsAt: string; endsAt: string; location: string } | null; statusUrl: string; createdAt: string;
}
export interface Prefill {
  fullName: string; fin: string | null; birthDate: string; phone: string; email: string;
  /** Null when the last application predates the question (then the person answers it anew). */
  occupation: 'student' | 'working' | 'neither' | null; education: { institution: string; faculty: string; year: number } | null;
  languages: { language: string; level: string }[]; skills: string[]; availability: string[]; centerIds: string[];
}
export interface ApplicantHome { data: MyApplication[]; prefill: Prefill | null; openIntakes: { id: string; name: Name }[] }

export const applicantHomeApi = { get: () => api<ApplicantHome>('/me/applications') };

/**
 * Applying again starts from the last application: the apply page restores a draft kept under this key
 * (recruitment/apply-page.tsx), so the pre-fill is written there — never over a draft the person already has.
 */
export function prefillDraft(intakeId: string, p: Prefill): void {
  const key = `dost.apply.draft.${intakeId}`;
  try {
    if (localStorage.getItem(key)) return;
    const centerIds = [...p.centerIds.slice(0, 3), '', '', ''].slice(0, 3);
    localStorage.setItem(key, JSON.stringify({
      fullName: p.fullName, fin: p.fin ?? '', birthDate: p.birthDate, phone: p.phone, email: p.email,
      occupation: p.occupation ?? '', institution: p.education?.institution ?? '', faculty: p.education?.faculty ?? '', year: p.education?.year ? String(p.education.year) : '',
      languages: p.languages.length ? p.languages : [{ language: 'az', level: 'C2' }], skills: p.skills.join(', '), availability: p.availability, centerIds,
      motivation: '', answers: {},
    }));
  } catch {
    // No storage (private mode): the form opens empty.
  }
}
