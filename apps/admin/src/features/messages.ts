import type { FeatureMessages } from '../i18n/catalogue';
import { accountMessages } from './account/account.i18n';
import { auditMessages } from './audit/audit.i18n';
import { centersMessages } from './centers/centers.i18n';
import { dashboardMessages } from './dashboard/dashboard.i18n';
import { eventsMessages } from './events/events.i18n';
import { notificationsMessages } from './notifications/notifications.i18n';
import { usersMessages } from './users/users.i18n';
import { rosteringMessages } from './rostering/rostering.i18n';
import { openShiftsMessages } from './rostering/open-shifts.i18n';
import { autoRosterMessages } from './rostering/auto-roster.i18n';
import { swapsMessages } from './rostering/swaps.i18n';
import { swapOfferMessages } from './rostering/swap-offer.i18n';
import { recruitmentMessages } from './recruitment/recruitment.i18n';
import { hoursMessages } from './hours/hours.i18n';
import { attendanceMessages } from './attendance/attendance.i18n';
import { reportsMessages } from './reports/reports.i18n';

/** Every feature's messages (az, en, ru). A new feature adds one line here. */
export const FEATURE_MESSAGES: FeatureMessages[] = [
  dashboardMessages,
  centersMessages,
  eventsMessages,
  usersMessages,
  auditMessages,
  accountMessages,
  notificationsMessages,
  rosteringMessages,
  openShiftsMessages,
  autoRosterMessages,
  swapsMessages,
  swapOfferMessages,
  recruitmentMessages,
  hoursMessages,
  attendanceMessages,
  reportsMessages,
];
