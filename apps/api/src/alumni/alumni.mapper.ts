import type { RatingAggregate } from '@dost/domain';
import type { CareerProfileDto, ConsentStateDto, RatingAggregateDto, RatingDto } from './dto/alumni.dto';
import type { AlumniProfileEntity } from './entities/alumni-profile.entity';
import type { PersonRow, RatingRow } from './alumni.repository';

export function ratingDto(r: RatingRow): RatingDto {
  return {
    id: r.id, volunteerId: r.volunteerId, volunteerName: r.volunteerName, raterName: r.raterName, centerId: r.centerId, eventId: r.eventId,
    placeName: r.placeNameAz ? { az: r.placeNameAz, en: r.placeNameEn ?? r.placeNameAz, ru: r.placeNameRu ?? r.placeNameAz } : null,
    periodFrom: r.periodFrom, periodTo: r.periodTo,
    punctuality: r.punctuality, communication: r.communication, serviceToCitizens: r.serviceToCitizens, teamwork: r.teamwork,
    comment: r.comment, createdAt: new Date(r.createdAt).toISOString(),
  };
}

export function aggregateDto(a: RatingAggregate): RatingAggregateDto {
  return { count: a.count, averages: { ...a.averages }, overall: a.overall };
}

export function careerProfileDto(person: PersonRow, p: AlumniProfileEntity, consent: ConsentStateDto, ratings: RatingAggregate): CareerProfileDto {
  return {
    volunteerId: person.id, fullName: person.fullName, alumniSince: p.alumniSince.toISOString(), source: p.source,
    educationLevel: p.educationLevel, institution: p.institution, fieldOfStudy: p.fieldOfStudy, region: p.region,
    languages: person.languages ?? [], skills: person.skills ?? [], preferredCenterIds: p.preferredCenterIds ?? [],
    availabilityKind: p.availabilityKind, availabilityText: p.availabilityText,
    cv: p.cvFileName && p.cvUploadedAt ? { fileName: p.cvOriginalName ?? 'cv.pdf', sizeBytes: p.cvSizeBytes ?? 0, uploadedAt: p.cvUploadedAt.toISOString() } : null,
    consent, ratings: aggregateDto(ratings),
  };
}
