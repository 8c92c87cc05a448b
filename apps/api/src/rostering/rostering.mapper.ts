import { fillLevel, toBakuIso, type FillLevel, type LocalizedText, type PositionRequirements } from '@dost/domain';
import type { PositionEntity } from './entities/position.entity';
import type { ShiftTemplateEntity } from './entities/shift-template.entity';
import type { ShiftEntity } from './entities/shift.entity';
import type { ShiftStatus, ShiftVisibility } from './rostering.types';

export interface PositionDto {
  id: string;
  centerId: string | null;
  eventId: string | null;
  code: string;
  name: LocalizedText;
  requirements: PositionRequirements;
  active: boolean;
}

export interface ShiftDto {
  id: string;
  centerId: string | null;
  eventId: string | null;
  place: LocalizedText;
  position: PositionDto;
  templateId: string | null;
  /** ISO instants written in Baku time (+04:00). */
  startsAt: string;
  endsAt: string;
  slots: number;
  assignedCount: number;
  fill: FillLevel;
  visibility: ShiftVisibility;
  signupOpensDaysBefore: number | null;
  cancellationCutoffHours: number | null;
  status: ShiftStatus;
  notes: string | null;
  cancelReason: string | null;
}

export interface TemplateDto {
  id: string;
  centerId: string;
  positionId: string;
  positionName: LocalizedText;
  weekdays: number[];
  startTime: string;
  endTime: string;
  slots: number;
  visibility: ShiftVisibility;
  signupOpensDaysBefore: number | null;
  cancellationCutoffHours: number | null;
  active: boolean;
}

export const baku = (d: Date): string => toBakuIso(d.getTime());

export function toPositionDto(p: PositionEntity): PositionDto {
  return {
    id: p.id,
    centerId: p.centerId,
    eventId: p.eventId,
    code: p.code,
    name: { az: p.nameAz, en: p.nameEn, ru: p.nameRu },
    requirements: p.requirements ?? {},
    active: p.active,
  };
}

export function placeOf(s: ShiftEntity): LocalizedText {
  const owner = s.center ?? s.event;
  return owner ? { az: owner.nameAz, en: owner.nameEn, ru: owner.nameRu } : { az: '', en: '', ru: '' };
}

export function toShiftDto(s: ShiftEntity): ShiftDto {
  return {
    id: s.id,
    centerId: s.centerId,
    eventId: s.eventId,
    place: placeOf(s),
    position: toPositionDto(s.position),
    templateId: s.templateId,
    startsAt: baku(s.startsAt),
    endsAt: baku(s.endsAt),
    slots: s.slots,
    assignedCount: s.assignedCount,
    fill: fillLevel(s.assignedCount, s.slots),
    visibility: s.visibility,
    signupOpensDaysBefore: s.signupOpensDaysBefore,
    cancellationCutoffHours: s.cancellationCutoffHours,
    status: s.status,
    notes: s.notes,
    cancelReason: s.cancelReason,
  };
}

export function toTemplateDto(t: ShiftTemplateEntity): TemplateDto {
  return {
    id: t.id,
    centerId: t.centerId,
    positionId: t.positionId,
    positionName: { az: t.position.nameAz, en: t.position.nameEn, ru: t.position.nameRu },
    weekdays: t.weekdays,
    startTime: t.startTime,
    endTime: t.endTime,
    slots: t.slots,
    visibility: t.visibility,
    signupOpensDaysBefore: t.signupOpensDaysBefore,
    cancellationCutoffHours: t.cancellationCutoffHours,
    active: t.active,
  };
}
