// The domain owns these words; the API stores them as they are.
export { VOLUNTEER_STATUSES, type VolunteerStatus, type LanguageSkill } from '@dost/domain';
