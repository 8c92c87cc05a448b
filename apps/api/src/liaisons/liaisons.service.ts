import { Injectable } from '@nestjs/common';
import {
  addDays, bakuDateOf, describeLiaisonLanguageGap, describeRosterGap, languageNameOf, liaisonDuties, liaisonKindName, liaisonPositionCode, liaisonPositionNames,
  nearestSpeakers, speakersAtLevel, toBakuIso, type CefrLevel, type LiaisonDuty, type LiaisonGroup, type Locale,
} from '@dost/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { AppConfig } from '../config/app-config';
import { EventGuestsReadRepository } from '../event-guests/event-guests-read.repository';
import { NotificationsService } from '../notifications/notifications.service';
import type { RosterRunDto } from '../rostering/dto/roster-runs.dto';
import { ROSTER_RUN_MAX_DAYS, RosterRunsService } from '../rostering/roster-runs.service';
import { ShiftsService } from '../rostering/shifts.service';
import { liaisonGroupsOf, type Group } from './liaison-groups';
import { liaisonProblems } from './liaisons.errors';
import { LiaisonsRepository, type DutyRow, type LiaisonRow, type LiaisonRunRow } from './liaisons.repository';

type Name = { az: string; en: string; ru: string };

export interface LiaisonPersonView {
  assignmentId: string;
  volunteerId: string;
  fullName: string;
  email?: string;
  /** Organisers and admins see it; a volunteer sees only their own. */
  phone: string | null;
}
export interface LiaisonDutyView {
  shiftId: string;
  kind: string;
  kindName: string;
  positionName: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  slots: number;
  liaisons: LiaisonPersonView[];
  /** From the newest matching run while it waits to be applied. */
  proposed: { volunteerId: string; fullName: string }[];
  /** Why slots stay empty, in the reader's language (empty when full or not matched yet). */
  gaps: string[];
}
export interface LiaisonGroupView {
  id: string;
  type: 'delegation' | 'guest';
  name: string;
  country: string;
  language: string | null;
  languageName: string | null;
  minLevel: CefrLevel;
  liaisonsNeeded: number;
  programme: LiaisonGroup['programme'];
  duties: LiaisonDutyView[];
  filled: number;
  slots: number;
}

const MATCH_DEFAULT_SECONDS = 5;
const ONLY_UPCOMING_SINCE_DAYS = 1;

/**
 * Liaison matching (docs/liaisons.md): each delegation (and each VIP guest travelling alone) gets duty shifts on the
 * event, with its language at its level, and an auto-roster run restricted to them fills them — same engine, same
 * preview and apply, same eligibility rule. The organiser edits by hand with the ordinary assign/unassign routes.
 */
@Injectable()
export class LiaisonsService {
  constructor(
    private readonly repo: LiaisonsRepository,
    private readonly guests: EventGuestsReadRepository,
    private readonly shifts: ShiftsService,
    private readonly runs: RosterRunsService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  private assertEvent(actor: AuthUser, eventId: string): void {
    this.shifts.assertOwner(actor, { eventId });
  }

  private async groups(eventId: string): Promise<Group[]> {
    const [delegations, guests] = await Promise.all([this.guests.delegationsOf(eventId), this.guests.guestsOf(eventId)]);
    return liaisonGroupsOf(delegations, guests);
  }

  // ——— the organiser's page ———

  async overview(actor: AuthUser, eventId: string, locale: Locale): Promise<{ eventId: string; run: { id: string; status: string; progress: number } | null; groups: LiaisonGroupView[] }> {
    this.assertEvent(actor, eventId);
    const [groups, duties, run] = await Promise.all([this.groups(eventId), this.repo.duties(eventId), this.repo.latestRun(eventId)]);
    const live = duties.filter((d) => d.status !== 'cancelled');
    const people = await this.repo.liaisons(live.map((d) => d.shiftId));
    const gapsOf = await this.gapExplainer(eventId, run, live, locale);
    const proposedOf = (shiftId: string) =>
      run && run.status === 'done' && run.result
        ? run.result.proposals.filter((p) => p.shiftId === shiftId).map((p) => ({ volunteerId: p.volunteerId, fullName: run.result?.snapshot?.names[p.volunteerId] ?? '' }))
        : [];
    const view = groups.map((g): LiaisonGroupView => {
      const mine = live.filter((d) => (d.delegationId ?? d.guestId) === g.id);
      const dutyViews = mine.map((d) => this.dutyView(d, people.filter((p) => p.shiftId === d.shiftId).map((p) => staffPerson(p)), proposedOf(d.shiftId), d.assignedCount < d.slots ? gapsOf(d) : [], locale));
      const language = g.languages[0] ?? null;
      return {
        id: g.id, type: g.type, name: g.name, country: g.country, language, languageName: language ? languageNameOf(language, locale) : null, minLevel: g.minLevel,
        liaisonsNeeded: g.liaisonsNeeded, programme: g.programme, duties: dutyViews,
        filled: mine.reduce((n, d) => n + Math.min(d.assignedCount, d.slots), 0), slots: mine.reduce((n, d) => n + d.slots, 0),
      };
    });
    return { eventId, run: run ? { id: run.id, status: run.status, progress: run.progress } : null, groups: view };
  }

  private dutyView(d: DutyRow, liaisons: LiaisonPersonView[], proposed: LiaisonDutyView['proposed'], gaps: string[], locale: Locale): LiaisonDutyView {
    const name: Name = { az: d.nameAz, en: d.nameEn, ru: d.nameRu };
    return {
      shiftId: d.shiftId, kind: d.kind, kindName: liaisonKindName(d.kind, locale), positionName: name[locale], startsAt: toBakuIso(d.startsAt.getTime()), endsAt: toBakuIso(d.endsAt.getTime()),
      place: d.notes, slots: d.slots, liaisons, proposed, gaps,
    };
  }

  /** The newest run's gap reasons for a duty; a language gap names the nearest speakers of the event's pool — the set the run drew from (docs/liaisons.md). */
  private async gapExplainer(eventId: string, run: LiaisonRunRow | null, duties: DutyRow[], locale: Locale): Promise<(d: DutyRow) => string[]> {
    const unfilled = new Map((run?.result?.unfilled ?? []).map((u) => [u.shiftId, u]));
    const languages = new Set<string>();
    for (const u of unfilled.values()) for (const r of u.details ?? []) if (r.code === 'LANGUAGE_MISSING' && r.language) languages.add(r.language);
    const speakers = new Map(await Promise.all([...languages].map(async (l) => [l, await this.repo.speakersOf(eventId, l)] as const)));
    const positions = new Map(duties.map((d) => [d.positionId, { az: d.nameAz, en: d.nameEn, ru: d.nameRu } as Name]));
    return (d) => {
      const u = unfilled.get(d.shiftId);
      if (!u) return [];
      return (u.details ?? []).map((r) =>
        r.code === 'LANGUAGE_MISSING' && r.language && r.minLevel
          ? describeLiaisonLanguageGap({ language: r.language, minLevel: r.minLevel as CefrLevel, nearest: nearestSpeakers(speakers.get(r.language) ?? [], r.language, r.minLevel as CefrLevel), atLevel: speakersAtLevel(speakers.get(r.language) ?? [], r.language, r.minLevel as CefrLevel) }, locale)
          : capitalise(describeRosterGap(r, locale, { positionName: (id, l) => positions.get(id)?.[l] ?? id })),
      );
    };
  }

  // ——— matching ———

  /**
   * Makes or updates every group's duty shifts (still ahead), then starts a roster run restricted to them. 202 with
   * the run: the console follows it on GET /roster-runs/{id} and applies it here (POST …/liaisons/apply).
   */
  async match(actor: AuthUser, eventId: string, timeLimitSeconds: number | undefined, now = new Date()): Promise<RosterRunDto> {
    this.assertEvent(actor, eventId);
    const shiftIds = await this.syncDuties(actor, eventId, now);
    const ahead = (await this.repo.duties(eventId)).filter((d) => shiftIds.includes(d.shiftId) && d.status === 'published' && d.startsAt > now);
    if (!ahead.length) throw liaisonProblems.nothingToMatch();
    // A run covers at most ROSTER_RUN_MAX_DAYS: the duties of the first such window (a guest arriving months early
    // must not block the event's matching); the later ones are matched by a later click.
    const first = bakuDateOf(Math.min(...ahead.map((d) => +d.startsAt)));
    const last = addDays(first, ROSTER_RUN_MAX_DAYS - 1);
    const open = ahead.filter((d) => bakuDateOf(d.startsAt.getTime()) <= last);
    const days = open.map((d) => bakuDateOf(d.startsAt.getTime())).sort();
    const run = await this.runs.startForShifts(
      actor, { eventId, from: days[0], to: days[days.length - 1], timeLimitSeconds: timeLimitSeconds ?? MATCH_DEFAULT_SECONDS }, open.map((d) => d.shiftId), now,
    );
    await this.audit.record({ actor, action: 'liaisons.match', entity: 'event', entityId: eventId, details: { runId: run.id, duties: open.length } });
    return run;
  }

  /** Creates the duty shifts that are missing and moves those whose programme changed; returns the live duties' shift ids. */
  private async syncDuties(actor: AuthUser, eventId: string, now: Date): Promise<string[]> {
    const groups = await this.groups(eventId);
    const existing = await this.repo.duties(eventId);
    const positions = new Map((await this.shifts.listPositions(actor, { eventId })).data.map((p) => [p.code, p]));
    const ids: string[] = [];
    for (const g of groups) {
      for (const duty of liaisonDuties(g)) {
        if (Date.parse(duty.startsAt) <= now.getTime()) continue;
        const positionId = await this.positionFor(actor, eventId, duty, positions);
        const link = existing.find((d) => (d.delegationId ?? d.guestId) === g.id && d.dutyKey === duty.key);
        const notes = [g.name, duty.place].filter(Boolean).join(' — ').slice(0, 500);
        if (link && link.status !== 'cancelled') {
          const same = +link.startsAt === Date.parse(duty.startsAt) && +link.endsAt === Date.parse(duty.endsAt) && link.positionId === positionId && link.slots >= duty.slots;
          if (!same) {
            await this.shifts.update(actor, link.shiftId, { startsAt: duty.startsAt, endsAt: duty.endsAt, positionId, slots: Math.max(duty.slots, link.assignedCount), notes });
          }
          ids.push(link.shiftId);
          continue;
        }
        const shift = await this.shifts.create(actor, {
          eventId, positionId, startsAt: duty.startsAt, endsAt: duty.endsAt, slots: duty.slots, visibility: 'assign_only', status: 'published', notes,
        });
        if (link) await this.repo.relinkDuty(link.id, shift.id);
        else await this.repo.linkDuty({ eventId, delegationId: g.type === 'delegation' ? g.id : null, guestId: g.type === 'guest' ? g.id : null, shiftId: shift.id, kind: duty.kind, dutyKey: duty.key });
        ids.push(shift.id);
      }
    }
    return ids;
  }

  private async positionFor(actor: AuthUser, eventId: string, duty: LiaisonDuty, positions: Map<string, { id: string }>): Promise<string> {
    const code = liaisonPositionCode(duty.kind, duty.language, duty.minLevel);
    const known = positions.get(code);
    if (known) return known.id;
    const created = await this.shifts.createPosition(actor, {
      eventId, code, name: liaisonPositionNames(duty.kind, duty.language, duty.minLevel),
      requirements: duty.language ? { languages: [{ language: duty.language, minLevel: duty.minLevel }] } : {},
    });
    positions.set(code, created);
    return created.id;
  }

  /** Applies a finished matching run of this event, then sends each new liaison their delegation's programme (once). */
  async apply(actor: AuthUser, eventId: string, runId: string, locale: Locale): Promise<RosterRunDto> {
    this.assertEvent(actor, eventId);
    const run = await this.repo.run(runId);
    // The run is input of this request: one that is not this event's liaison matching is a field error.
    if (!run || run.eventId !== eventId || !run.shiftIds) throw ApiProblem.validation([{ field: 'runId', code: 'liaisonRunUnknown' }]);
    const applied = await this.runs.apply(actor, runId, locale);
    await this.notifyPending(eventId);
    return applied;
  }

  /** After a hand edit (assign / replace): the new liaisons get their mail; those who already had it get none. */
  async notify(actor: AuthUser, eventId: string): Promise<{ sent: number }> {
    this.assertEvent(actor, eventId);
    return { sent: await this.notifyPending(eventId) };
  }

  private async notifyPending(eventId: string): Promise<number> {
    const pending = await this.repo.pendingNotices(eventId);
    if (!pending.length) return 0;
    const [groups, duties, event] = await Promise.all([this.groups(eventId), this.repo.duties(eventId), this.repo.event(eventId)]);
    const people = await this.repo.liaisons(duties.map((d) => d.shiftId));
    let sent = 0;
    for (const p of pending) {
      const group = groups.find((g) => g.id === p.groupId);
      const person = people.find((x) => x.volunteerId === p.volunteerId);
      if (!group || !person || !event) continue;
      const theirs = duties.filter((d) => (d.delegationId ?? d.guestId) === group.id && d.status === 'published' && people.some((x) => x.shiftId === d.shiftId && x.volunteerId === p.volunteerId));
      const l = person.locale;
      const language = group.languages[0];
      await this.repo.transaction(async (em) => {
        if (!(await this.repo.claimNotice(em, eventId, group.id, person.volunteerId))) return;
        await this.notifications.enqueue(em, {
          template: 'liaison-assigned', locale: l, to: { email: person.email, name: person.fullName, userId: person.userId },
          props: {
            recipientName: person.fullName, eventName: { az: event.nameAz, en: event.nameEn, ru: event.nameRu }[l], delegationName: group.name,
            languageName: language ? languageNameOf(language, l) : '—',
            duties: theirs.map((d) => ({ positionName: { az: d.nameAz, en: d.nameEn, ru: d.nameRu }[l], startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString(), place: d.notes })),
            programme: [...group.programme].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)).map((i) => ({ title: i.title, startsAt: i.startsAt, endsAt: i.endsAt, place: i.place || null })),
            delegationUrl: `${this.config.baseUrl.replace(/\/+$/, '')}/#/my-delegation`,
          },
        });
        sent += 1;
      });
    }
    return sent;
  }

  // ——— the volunteer's page ———

  async mine(user: AuthUser, locale: Locale, now = new Date()) {
    const me = await this.repo.volunteerByUser(user.id);
    if (!me) return { data: [] };
    const myDuties = await this.repo.dutiesOfVolunteer(me.id, new Date(now.getTime() - ONLY_UPCOMING_SINCE_DAYS * 86_400_000));
    const byEvent = new Map<string, Set<string>>();
    for (const d of myDuties) byEvent.set(d.eventId, (byEvent.get(d.eventId) ?? new Set()).add(d.delegationId ?? d.guestId ?? ''));
    const groupIds = [...new Set(myDuties.map((d) => d.delegationId ?? d.guestId ?? ''))];
    const all = await this.repo.dutiesOfGroups(groupIds);
    const people = await this.repo.liaisons(all.map((d) => d.shiftId));
    const data = [];
    for (const [eventId, ids] of byEvent) {
      const [event, groups, guests] = await Promise.all([this.repo.event(eventId), this.groups(eventId), this.guests.guestsOf(eventId)]);
      for (const g of groups.filter((x) => ids.has(x.id))) {
        const duties = all.filter((d) => (d.delegationId ?? d.guestId) === g.id);
        const co = new Map<string, LiaisonRow>();
        for (const p of people) if (duties.some((d) => d.shiftId === p.shiftId)) co.set(p.volunteerId, p);
        const language = g.languages[0] ?? null;
        data.push({
          id: g.id, type: g.type, name: g.name, country: g.country, eventId, eventName: event ? { az: event.nameAz, en: event.nameEn, ru: event.nameRu }[locale] : '',
          language, languageName: language ? languageNameOf(language, locale) : null, minLevel: g.minLevel,
          programme: [...g.programme].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
          myDuties: myDuties.filter((d) => (d.delegationId ?? d.guestId) === g.id).map((d) => this.dutyView(d, [], [], [], locale)),
          // The phone of a liaison is for the organisers and the liaison themself: colleagues see names only.
          liaisons: [...co.values()].map((p) => ({ volunteerId: p.volunteerId, fullName: p.fullName, phone: p.volunteerId === me.id ? p.phone : null, isMe: p.volunteerId === me.id })),
          guests: (g.type === 'delegation' ? guests.filter((x) => x.delegationId === g.id) : guests.filter((x) => x.id === g.id))
            .filter((x) => !x.pseudonymisedAt)
            .map((x) => ({ fullName: x.fullName, organisation: x.organisation, arrivalAt: x.arrivalAt?.toISOString() ?? null, arrivalPlace: x.arrivalPlace, hotel: x.hotel, needs: x.needs })),
        });
      }
    }
    return { data };
  }
}

function staffPerson(p: LiaisonRow): LiaisonPersonView {
  return { assignmentId: p.assignmentId, volunteerId: p.volunteerId, fullName: p.fullName, email: p.email, phone: p.phone };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}


