import type { HourEntryChangeRow, HourEntryRow, PlaceRow } from './hour-entries.repository';
import type { HourEntryChangeDto, HourEntryDetailDto, HourEntryDto, HourPlaceDto } from './dto/hours.dto';

export const placeDto = (p: PlaceRow): HourPlaceDto => ({ kind: p.kind, id: p.id, name: { az: p.nameAz, en: p.nameEn, ru: p.nameRu } });

export function hourEntryDto(r: HourEntryRow): HourEntryDto {
  return {
    id: r.id,
    volunteerId: r.volunteerId,
    volunteerName: r.volunteerName,
    source: r.source,
    category: r.category,
    place: { kind: r.centerId ? 'center' : 'event', id: (r.centerId ?? r.eventId)!, name: { az: r.placeNameAz, en: r.placeNameEn, ru: r.placeNameRu } },
    centerId: r.centerId,
    eventId: r.eventId,
    shiftId: r.shiftId,
    positionId: r.positionId,
    positionName: r.positionNameAz ? { az: r.positionNameAz, en: r.positionNameEn ?? r.positionNameAz, ru: r.positionNameRu ?? r.positionNameAz } : null,
    workDate: r.workDate,
    minutes: r.minutes,
    originalMinutes: r.originalMinutes,
    status: r.status,
    flags: r.flags ?? [],
    note: r.note,
    decisionReason: r.decisionReason,
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    decidedByName: r.decidedByName,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

export const hourEntryChangeDto = (c: HourEntryChangeRow): HourEntryChangeDto => ({
  id: c.id, action: c.action, at: new Date(c.changedAt).toISOString(), byName: c.byName, fromStatus: c.fromStatus, toStatus: c.toStatus,
  fromMinutes: c.fromMinutes, toMinutes: c.toMinutes, reason: c.reason,
});

export const hourEntryDetailDto = (r: HourEntryRow, history: HourEntryChangeRow[]): HourEntryDetailDto => ({ ...hourEntryDto(r), history: history.map(hourEntryChangeDto) });
