import { Injectable } from '@nestjs/common';
import { bakuDateOf, languageNameOf, reliability, type LanguageSkill, type VolunteerStatus } from '@dost/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import type { Page } from '../common/http/list-query.dto';
import { csvFile, xlsxFile, type ExportFile } from '../common/http/spreadsheet';
import type { Locale } from '../common/i18n/locale';
import type { VolunteerDirectoryQueryDto, VolunteerExportQueryDto } from './dto/volunteers.dto';
import { PEOPLE_EXPORT_LABELS } from './people-export.labels';
import { peopleScope } from './people-scope';
import { VolunteerDirectoryRepository, type DirectoryFilter, type DirectoryRow, type LocalizedName } from './volunteer-directory.repository';

export interface VolunteerListItemDto {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  status: VolunteerStatus;
  homeCenter: { id: string; name: LocalizedName } | null;
  languages: LanguageSkill[];
  /** Codes of the qualifications valid today. */
  qualifications: string[];
  approvedMinutes: number;
  /** attended ÷ (attended + no-shows), 0…1; null while nothing is over (libs/domain `reliability`). */
  reliability: number | null;
  attended: number;
  noShows: number;
  lastShiftAt: string | null;
}

/** Exports stop here: a spreadsheet of the whole network is not what the directory is for. */
const MAX_EXPORT_ROWS = 10_000;

export function toListItem(r: DirectoryRow): VolunteerListItemDto {
  return {
    id: r.id, fullName: r.fullName, email: r.email, phone: r.phone, status: r.status,
    homeCenter: r.homeCenterId && r.homeCenterName ? { id: r.homeCenterId, name: r.homeCenterName } : null,
    languages: Array.isArray(r.languages) ? r.languages : [], qualifications: r.qualifications ?? [],
    approvedMinutes: r.approvedMinutes, reliability: reliability({ attended: r.attended, noShows: r.noShows }), attended: r.attended, noShows: r.noShows,
    lastShiftAt: r.lastShiftAt ? new Date(r.lastShiftAt).toISOString() : null,
  };
}

/** The staff directory of volunteers: list with filters, export (audited). */
@Injectable()
export class VolunteerDirectoryService {
  constructor(
    private readonly repo: VolunteerDirectoryRepository,
    private readonly audit: AuditService,
  ) {}

  private filter(q: VolunteerDirectoryQueryDto, now: Date): DirectoryFilter {
    return { q: q.q, language: q.language, minLevel: q.minLevel, qualification: q.qualification, status: q.status, homeCenterId: q.homeCenterId, today: bakuDateOf(now.getTime()) };
  }

  async list(actor: AuthUser, q: VolunteerDirectoryQueryDto, now = new Date()): Promise<Page<VolunteerListItemDto>> {
    const { rows, total } = await this.repo.list(peopleScope(actor), this.filter(q, now), {
      offset: (q.page - 1) * q.perPage, limit: q.perPage, sort: q.sort, order: q.order,
    });
    return { data: rows.map(toListItem), total };
  }

  async export(actor: AuthUser, q: VolunteerExportQueryDto, locale: Locale, requestId?: string, now = new Date()): Promise<ExportFile> {
    const { rows } = await this.repo.list(peopleScope(actor), this.filter(q, now), { offset: 0, limit: MAX_EXPORT_ROWS, sort: q.sort, order: q.order });
    const L = PEOPLE_EXPORT_LABELS[locale];
    const names = await this.repo.qualificationNames();
    // Words in the export's language: 'ingilis dili B2', the catalogue's name (the code only if it left the catalogue).
    const qualification = (code: string) => names.get(code)?.[locale] || names.get(code)?.az || code;
    const table = {
      name: L.sheet,
      header: L.header,
      rows: rows.map(toListItem).map((v) => {
        const rel = v.reliability;
        return [
          v.fullName, v.email, v.phone, L.statuses[v.status], v.homeCenter ? v.homeCenter.name[locale] || v.homeCenter.name.az : '',
          v.languages.map((l) => `${languageNameOf(l.language, locale)} ${l.level}`).join(', '), v.qualifications.map(qualification).join(', '),
          Math.round((v.approvedMinutes / 60) * 10) / 10, rel === null ? null : Math.round(rel * 100), v.lastShiftAt ? bakuDateOf(Date.parse(v.lastShiftAt)) : null,
        ];
      }),
    };
    const format = q.format ?? 'csv';
    const filters = Object.fromEntries(Object.entries({ q: q.q, language: q.language, minLevel: q.minLevel, qualification: q.qualification, status: q.status, homeCenterId: q.homeCenterId }).filter(([, v]) => v !== undefined));
    await this.audit.record({ actor, action: 'people.export', entity: 'volunteer', entityId: null, requestId, details: { format, filters, rows: rows.length } });
    const filename = `konulluler-${bakuDateOf(now.getTime())}`;
    return format === 'xlsx' ? xlsxFile([table], filename) : csvFile(table, filename);
  }
}
