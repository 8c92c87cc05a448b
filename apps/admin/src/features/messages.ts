import type { FeatureMessages } from '../i18n/catalogue';
import { accountMessages } from './account/account.i18n';
import { securityMessages } from './account/security.i18n';
import { auditMessages } from './audit/audit.i18n';
import { auditSentenceMessages } from './audit/audit-sentences.i18n';
import { centersMessages } from './centers/centers.i18n';
import { networkMessages } from './centers/network.i18n';
import { dashboardMessages } from './dashboard/dashboard.i18n';
import { eventsMessages } from './events/events.i18n';
import { notificationsMessages } from './notifications/notifications.i18n';
import { usersMessages } from './users/users.i18n';
import { rosteringMessages } from './rostering/rostering.i18n';
import { openShiftsMessages } from './rostering/open-shifts.i18n';
import { autoRosterMessages } from './rostering/auto-roster.i18n';
import { swapsMessages } from './rostering/swaps.i18n';
import { swapOfferMessages } from './rostering/swap-offer.i18n';
import { eventBlocksMessages } from './rostering/event-blocks.i18n';
import { recruitmentMessages } from './recruitment/recruitment.i18n';
import { hoursMessages } from './hours/hours.i18n';
import { attendanceMessages } from './attendance/attendance.i18n';
import { reportsMessages } from './reports/reports.i18n';
import { certificatesMessages } from './certificates/certificates.i18n';
import { alumniMessages } from './alumni/alumni.i18n';
import { qualificationsMessages } from './qualifications/qualifications.i18n';
import { talentMessages } from './talent/talent.i18n';
import { workToDoMessages } from './dashboard/work-to-do.i18n';
import { hiringMessages } from './hiring/hiring.i18n';
import { myProfileMessages } from './my-profile/my-profile.i18n';
import { applicantHomeMessages } from './applicant-home/applicant-home.i18n';
import { debriefMessages } from './debrief/debrief.i18n';
import { peopleMessages } from './people/people.i18n';
import { liaisonsMessages } from './liaisons/liaisons.i18n';
import { eventDeskMessages } from './event-desk/event-desk.i18n';
import { accreditationMessages } from './accreditation/accreditation.i18n';
import { eventGuestsMessages } from './event-guests/event-guests.i18n';

/** Every feature's messages (az, en, ru). A new feature adds one line here. */
export const FEATURE_MESSAGES: FeatureMessages[] = [
  dashboardMessages,
  centersMessages,
  networkMessages,
  eventsMessages,
  usersMessages,
  auditMessages,
  auditSentenceMessages,
  accountMessages,
  securityMessages,
  notificationsMessages,
  rosteringMessages,
  openShiftsMessages,
  autoRosterMessages,
  swapsMessages,
  swapOfferMessages,
  eventBlocksMessages,
  liaisonsMessages,
  recruitmentMessages,
  hoursMessages,
  attendanceMessages,
  reportsMessages,
  certificatesMessages,
  alumniMessages,
  qualificationsMessages,
  talentMessages,
  workToDoMessages,
  hiringMessages,
  myProfileMessages,
  applicantHomeMessages,
  debriefMessages,
  peopleMessages,
  accreditationMessages,
  eventGuestsMessages,
  eventDeskMessages,
];
