import type { Instant } from './formatting';

/**
 * Essential mail (account, application, shift) always goes out. Non-essential mail (group messages,
 * digests, invitations to vacancies) carries an unsubscribe link and List-Unsubscribe headers, and its
 * props must provide `unsubscribeUrl` — the compiler checks that below.
 */
export type TemplateKind = 'essential' | 'non-essential';

/** Every template greets the recipient by name. */
export interface BaseProps {
  recipientName: string;
}

export interface UnsubscribableProps extends BaseProps {
  /** A one-click unsubscribe URL for this recipient and this kind of mail. */
  unsubscribeUrl: string;
}

/** What a volunteer needs to know about a shift to show up at the right place and time. */
export interface ShiftSummary {
  /** The position (role) name, e.g. "Qarşılama" or "Qeydiyyat masası". */
  positionName: string;
  /** The center or event, e.g. "Bakı 1 saylı DOST mərkəzi". */
  placeName: string;
  address?: string;
  startsAt: Instant;
  endsAt: Instant;
}

export interface TemplateDefinition<P extends BaseProps> {
  readonly kind: TemplateKind;
  /** Only a type: carries the props of the template to the compiler, never set at runtime. */
  readonly __props?: P;
}

const essential = <P extends BaseProps>(): TemplateDefinition<P> => ({ kind: 'essential' });
const nonEssential = <P extends UnsubscribableProps>(): TemplateDefinition<P> => ({ kind: 'non-essential' });

/**
 * The template registry: name → props. Adding a template is one entry here plus
 * `templates/<name>/{az,en,ru}.hbs` (see README.md).
 */
export const templateRegistry = {
  'email-verification': essential<BaseProps & { verifyUrl: string; code: string; expiresInMinutes: number }>(),
  'password-reset': essential<BaseProps & { resetUrl: string; expiresInMinutes: number }>(),
  'account-invitation': essential<BaseProps & { inviterName: string; setPasswordUrl: string; expiresAt: Instant }>(),
  'coordinator-message': nonEssential<
    UnsubscribableProps & { coordinatorName: string; centerName: string; messageSubject: string; messageBody: string }
  >(),

  'application-received': essential<BaseProps & { campaignName: string; applicationNumber: string; statusUrl: string }>(),
  'interview-invitation': essential<BaseProps & { campaignName: string; slotsUrl: string; respondBy: Instant }>(),
  'interview-confirmed': essential<BaseProps & { campaignName: string; startsAt: Instant; location: string; statusUrl: string }>(),
  'application-accepted': essential<BaseProps & { campaignName: string; nextStepsUrl: string }>(),
  'application-rejected': essential<BaseProps & { campaignName: string; reason: string }>(),
  'application-waitlisted': essential<BaseProps & { campaignName: string; statusUrl: string }>(),

  'shift-assigned': essential<BaseProps & { shift: ShiftSummary; shiftUrl: string }>(),
  'shift-changed': essential<BaseProps & { previous: ShiftSummary; shift: ShiftSummary; shiftUrl: string }>(),
  'shift-cancelled': essential<BaseProps & { shift: ShiftSummary; reason: string; openShiftsUrl: string }>(),
  /** The event-day desk gave a missing volunteer's place to someone from standby (docs/event-desk.md). */
  'shift-replaced': essential<BaseProps & { shift: ShiftSummary; reason: string; shiftsUrl: string }>(),
  'shift-reminder': essential<BaseProps & { shift: ShiftSummary; shiftUrl: string }>(),
  'waitlist-promoted': essential<BaseProps & { shift: ShiftSummary; shiftUrl: string }>(),
  'shift-swapped': essential<BaseProps & { shift: ShiftSummary; takerName: string; shiftUrl: string }>(),
  'swap-declined': essential<BaseProps & { shift: ShiftSummary; keptByYou: boolean; otherName: string; shiftUrl: string }>(),
  /** To the coordinators of the center (organisers of the event) when a taken swap waits for them. */
  'swap-approval-needed': essential<BaseProps & { shift: ShiftSummary; giverName: string; takerName: string; approvalsUrl: string }>(),
  /** The volunteer reached the place's no-show limit: self sign-up is blocked until a coordinator lifts it. */
  'signup-blocked': essential<BaseProps & { noShowCount: number; placeName: string; shiftsUrl: string }>(),
  /** A coordinator lifted the no-show block. */
  'signup-unblocked': essential<BaseProps & { openShiftsUrl: string }>(),

  'hours-approved': essential<BaseProps & { approvedMinutes: number; shiftCount: number; totalMinutes: number; hoursUrl: string }>(),
  /** The volunteer's approved total crossed a milestone (50 / 100 / 250 / 500 h); once per milestone. */
  'hours-milestone': essential<BaseProps & { hours: number; totalMinutes: number; nextHours: number | null; hoursUrl: string }>(),
  /** Entries of the volunteer's were rejected, with the reviewer's reason. */
  'hours-rejected': essential<BaseProps & { entries: { workDate: Instant; placeName: string; minutes: number }[]; reason: string; hoursUrl: string }>(),
  /** Two-step sign-in of a staff account was turned on, off, or reset by an admin (a lost phone): a security notice. */
  'two-factor-changed': essential<BaseProps & { turnedOn: boolean; resetByAdmin: boolean; securityUrl: string }>(),
  /** To the NEW address of a requested e-mail change: the change takes effect only when this link is opened. */
  'email-change': essential<BaseProps & { newEmail: string; verifyUrl: string; expiresInMinutes: number }>(),
  'certificate-issued': essential<
    BaseProps & { certificateTitle: string; serial: string; totalMinutes: number; downloadUrl: string; verifyUrl: string }
  >(),
  /** A qualification the volunteer holds ends within 30 days (daily job; once per expiry date). */
  'qualification-expiring': essential<BaseProps & { qualificationName: string; expiresOn: Instant; profileUrl: string }>(),
  /** After an event ends, to each volunteer who served: the feedback form's link (docs/debrief.md); once per event. */
  'event-feedback-request': essential<BaseProps & { eventName: string; feedbackUrl: string; openDays: number }>(),
  'vacancy-invitation': nonEssential<UnsubscribableProps & { vacancyTitle: string; department: string; applyUrl: string; applyBy: Instant }>(),
  /** Hiring pipeline (docs/hiring.md): a job interview with an .ics attached, an offer, and the kind "not selected". */
  'vacancy-interview': essential<BaseProps & { vacancyTitle: string; startsAt: Instant; place: string; applicationsUrl: string }>(),
  'vacancy-offer': essential<BaseProps & { vacancyTitle: string; applicationsUrl: string }>(),
  'vacancy-not-selected': essential<BaseProps & { vacancyTitle: string; vacanciesUrl: string }>(),
  /** To a volunteer who became a delegation's liaison (docs/liaisons.md): their duties and the delegation's programme; once per delegation. */
  'liaison-assigned': essential<
    BaseProps & {
      eventName: string;
      delegationName: string;
      languageName: string;
      duties: { positionName: string; startsAt: Instant; endsAt: Instant; place: string | null }[];
      programme: { title: string; startsAt: Instant; endsAt: Instant; place: string | null }[];
      delegationUrl: string;
    }
  >(),
} as const;

export type TemplateName = keyof typeof templateRegistry;
/** The exact props a template needs; a missing or misspelt prop does not compile. */
export type TemplateProps<N extends TemplateName> = NonNullable<(typeof templateRegistry)[N]['__props']>;

export const TEMPLATE_NAMES = Object.keys(templateRegistry) as TemplateName[];

export const templateKind = (name: TemplateName): TemplateKind => templateRegistry[name].kind;
export const isEssential = (name: TemplateName): boolean => templateKind(name) === 'essential';
