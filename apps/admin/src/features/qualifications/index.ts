/** For other features (the volunteer profile page mounts the card; positions pick from the catalogue). */
export { GrantQualificationDialog, QualificationValidity, VolunteerQualificationsCard } from './volunteer-qualifications';
export { qualificationName, qualificationsApi, useQualificationCatalogue, type HeldQualification, type Qualification } from './qualifications-api';
export { QualificationsPicker } from './qualifications-picker';
