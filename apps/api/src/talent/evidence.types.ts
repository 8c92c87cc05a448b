import type { LocalizedText } from '@dost/domain';

/** The evidence pack of one alumnus: what the page shows and the PDF prints. Never the FİN. */
export interface EvidencePack {
  volunteerId: string;
  fullName: string;
  alumniSince: string;
  educationLevel: string | null;
  institution: string | null;
  fieldOfStudy: string | null;
  region: string | null;
  availabilityKind: string;
  languages: { language: string; level: string }[];
  skills: string[];
  preferredCenters: LocalizedText[];
  approvedMinutes: number;
  /** Approved minutes per year, place and position. */
  hours: { year: number; placeKind: 'center' | 'event'; placeId: string; placeName: LocalizedText; positionName: LocalizedText | null; minutes: number }[];
  /** Approved minutes per year (the chart). */
  hoursByYear: { year: number; minutes: number }[];
  reliability: { attended: number; noShows: number; reliability: number | null; noShowRate: number | null };
  ratings: {
    id: string; createdAt: string; placeName: LocalizedText | null; periodFrom: string | null; periodTo: string | null; raterName: string | null;
    punctuality: number; communication: number; serviceToCitizens: number; teamwork: number; comment: string | null;
  }[];
  ratingAverages: { count: number; punctuality: number | null; communication: number | null; serviceToCitizens: number | null; teamwork: number | null; overall: number | null };
  certificates: { id: string; serial: string; title: LocalizedText; kind: string; status: string; issuedAt: string; minutes: number; verifyUrl: string }[];
  eventRoles: { eventId: string; eventName: LocalizedText; positionName: LocalizedText; shifts: number; firstDate: string; lastDate: string }[];
  notes: { createdAt: string; authorName: string; body: string }[];
}
