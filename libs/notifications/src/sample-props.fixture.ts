import type { ShiftSummary, TemplateName, TemplateProps } from './registry';

// Test and preview data. The names carry every Azerbaijani letter (ə ğ ı ö ü ç ş, lower-case once
// lowered) so a test can see them survive into the subject and both bodies.
const recipientName = 'Gülçöhrə Ağayeva-Şıxəliyeva';
const base = 'https://konullu.dost.gov.az';

const shift: ShiftSummary = {
  positionName: 'Qarşılama və növbənin idarə olunması',
  placeName: 'Bakı 1 saylı DOST mərkəzi',
  address: 'Bakı, Yasamal rayonu, Şərifzadə küçəsi 14',
  startsAt: '2025-10-24T05:00:00.000Z',
  endsAt: '2025-10-24T09:30:00.000Z',
};

/** One complete set of props per template; the mapped type makes a new template need its sample here. */
export const sampleProps: { [N in TemplateName]: TemplateProps<N> } = {
  'email-verification': { recipientName, verifyUrl: `${base}/verify?token=abc123`, code: '482913', expiresInMinutes: 30 },
  'password-reset': { recipientName, resetUrl: `${base}/reset?token=def456`, expiresInMinutes: 60 },
  'account-invitation': { recipientName, inviterName: 'Şahin Güləliyev', setPasswordUrl: `${base}/set-password?token=ghi789`, expiresAt: '2025-10-31T16:00:00.000Z' },
  'coordinator-message': {
    recipientName,
    coordinatorName: 'Şahin Güləliyev',
    centerName: 'Bakı 1 saylı DOST mərkəzi',
    messageSubject: 'Şənbə günü növbə üçün çağırış',
    messageBody: 'Hörmətli könüllülər,\nşənbə günü saat 09:00-da görüşürük.\n\nƏlavə suallar üçün mənə yazın. <b>Təşəkkürlər</b> & uğurlar!',
    unsubscribeUrl: `${base}/unsubscribe?token=jkl012`,
  },
  'application-received': { recipientName, campaignName: 'Payız qəbulu 2025 — Gəncə', applicationNumber: 'KD-2025-00417', statusUrl: `${base}/applications/417` },
  'interview-invitation': { recipientName, campaignName: 'Payız qəbulu 2025 — Gəncə', slotsUrl: `${base}/applications/417/interview`, respondBy: '2025-10-20T19:59:00.000Z' },
  'interview-confirmed': {
    recipientName,
    campaignName: 'Payız qəbulu 2025 — Gəncə',
    startsAt: '2025-10-22T07:30:00.000Z',
    location: 'Gəncə regional DOST mərkəzi, 2-ci mərtəbə, 204 saylı otaq',
    statusUrl: `${base}/applications/417`,
  },
  'application-accepted': { recipientName, campaignName: 'Payız qəbulu 2025 — Gəncə', nextStepsUrl: `${base}/welcome` },
  'application-rejected': {
    recipientName,
    campaignName: 'Payız qəbulu 2025 — Gəncə',
    reason: 'Bu qəbulda rus və ingilis dili biliyi tələb olunurdu; növbəti qəbulda şansınız çoxdur.',
  },
  'application-waitlisted': { recipientName, campaignName: 'Payız qəbulu 2025 — Gəncə', statusUrl: `${base}/applications/417` },
  'shift-assigned': { recipientName, shift, shiftUrl: `${base}/shifts/91` },
  'shift-changed': {
    recipientName,
    previous: { ...shift, startsAt: '2025-10-23T05:00:00.000Z', endsAt: '2025-10-23T09:00:00.000Z' },
    shift: { ...shift, address: undefined },
    shiftUrl: `${base}/shifts/91`,
  },
  'shift-cancelled': { recipientName, shift, reason: 'Mərkəzdə təmir işləri aparılır, iş günü ləğv olunub.', openShiftsUrl: `${base}/shifts` },
  'shift-replaced': { recipientName, shift, reason: 'Növbə 10:00-da başladı, 10:15-dək gəlmədiniz.', shiftsUrl: `${base}/my-shifts` },
  'shift-reminder': { recipientName, shift, shiftUrl: `${base}/shifts/91` },
  'waitlist-promoted': { recipientName, shift, shiftUrl: `${base}/shifts/91` },
  'shift-swapped': { recipientName, shift, takerName: 'Leyla Əliyeva', shiftUrl: `${base}/my-shifts` },
  'swap-declined': { recipientName, shift, keptByYou: false, otherName: 'Leyla Əliyeva', shiftUrl: `${base}/my-shifts` },
  'swap-approval-needed': { recipientName, shift, giverName: 'Tural Məmmədov', takerName: 'Leyla Əliyeva', approvalsUrl: `${base}/rostering/swap-approvals` },
  'signup-blocked': { recipientName, noShowCount: 3, placeName: 'Bakı 1 saylı DOST mərkəzi', shiftsUrl: `${base}/my-shifts` },
  'signup-unblocked': { recipientName, openShiftsUrl: `${base}/open-shifts` },
  'event-feedback-request': { recipientName, eventName: 'SOCGOV 2025', feedbackUrl: `${base}/#/event-feedback/0b7e7c1e-4f7a-4bcb-9a55-1f0c2b7d9e11`, openDays: 30 },
  'two-factor-changed': { recipientName, turnedOn: false, resetByAdmin: true, securityUrl: `${base}/#/account` },
  'email-change': { recipientName, newEmail: 'gulcohre.yeni@example.az', verifyUrl: `${base}/#/verify-email?token=mno345`, expiresInMinutes: 1440 },
  'hours-approved': { recipientName, approvedMinutes: 450, shiftCount: 2, totalMinutes: 3270, hoursUrl: `${base}/me/hours` },
  'hours-milestone': { recipientName, hours: 100, totalMinutes: 6030, nextHours: 250, hoursUrl: `${base}/my-hours` },
  'hours-rejected': {
    recipientName,
    entries: [{ workDate: '2025-10-04T12:00:00+04:00', placeName: 'Bakı 1 saylı DOST mərkəzi', minutes: 180 }],
    reason: 'Bu gün mərkəzdə təlim keçirilməyib.',
    hoursUrl: `${base}/my-hours`,
  },
  'certificate-issued': {
    recipientName,
    certificateTitle: 'Könüllü fəaliyyətə görə sertifikat — SOCGOV 2025',
    serial: 'KD-CERT-2025-0042',
    totalMinutes: 6090,
    downloadUrl: `${base}/me/certificates/42.pdf`,
    verifyUrl: `${base}/verify/Q7ŞX-2Ç`,
  },
  'qualification-expiring': { recipientName, qualificationName: 'Protokol təlimi', expiresOn: '2026-12-31T12:00:00+04:00', profileUrl: `${base}/#/my-profile` },
  'vacancy-invitation': {
    recipientName,
    vacancyTitle: 'Müştəri xidmətləri üzrə mütəxəssis (Şəki)',
    department: 'Şəki regional DOST mərkəzi',
    applyUrl: `${base}/vacancies/7`,
    applyBy: '2025-11-15T19:59:00.000Z',
    unsubscribeUrl: `${base}/unsubscribe?token=mno345`,
  },
  'vacancy-interview': { recipientName, vacancyTitle: 'Müştəri xidmətləri üzrə mütəxəssis (Şəki)', startsAt: '2025-11-20T06:00:00.000Z', place: 'Şəki, M. F. Axundzadə pr. 12, 2-ci mərtəbə', applicationsUrl: `${base}/#/my-vacancies` },
  'vacancy-offer': { recipientName, vacancyTitle: 'Müştəri xidmətləri üzrə mütəxəssis (Şəki)', applicationsUrl: `${base}/#/my-vacancies` },
  'vacancy-not-selected': { recipientName, vacancyTitle: 'Müştəri xidmətləri üzrə mütəxəssis (Şəki)', vacanciesUrl: `${base}/#/my-vacancies` },
  'liaison-assigned': {
    recipientName,
    eventName: 'SOCGOV 2026',
    delegationName: 'Braziliya',
    languageName: 'portuqal dili',
    duties: [
      { positionName: 'Hava limanında qarşılama (portuqal dili, B2)', startsAt: '2026-10-23T09:15:00.000Z', endsAt: '2026-10-23T11:00:00.000Z', place: 'Heydər Əliyev hava limanı' },
      { positionName: 'Əlaqələndirici (portuqal dili, B2)', startsAt: '2026-10-24T06:00:00.000Z', endsAt: '2026-10-24T13:30:00.000Z', place: 'Gülüstan sarayı' },
    ],
    programme: [
      { title: 'Açılış sessiyası', startsAt: '2026-10-24T06:00:00.000Z', endsAt: '2026-10-24T08:00:00.000Z', place: 'Gülüstan sarayı' },
      { title: 'ASAN xidmət mərkəzinə səfər', startsAt: '2026-10-24T11:00:00.000Z', endsAt: '2026-10-24T13:30:00.000Z', place: null },
    ],
    delegationUrl: `${base}/#/my-delegation`,
  },
};
