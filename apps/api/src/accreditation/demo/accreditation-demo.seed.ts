import type { EntityManager } from 'typeorm';

interface DemoZone { az: string; en: string; ru: string; color: string; guestAccess: 'none' | 'vip' | 'all'; positions: (code: string) => boolean }

/** Four zones, the way a conference hall is split; which positions enter is read from the position's code. */
const ZONES: DemoZone[] = [
  { az: 'Plenar zal', en: 'Plenary hall', ru: 'Пленарный зал', color: '#C62828', guestAccess: 'all', positions: () => true },
  { az: 'VIP zona', en: 'VIP area', ru: 'VIP-зона', color: '#C9A227', guestAccess: 'vip', positions: (c) => /protocol|liaison|airport/.test(c) },
  { az: 'Media', en: 'Media', ru: 'Медиа', color: '#1565C0', guestAccess: 'none', positions: (c) => /communication|press|media/.test(c) },
  { az: 'Xidmət zonası', en: 'Service area', ru: 'Служебная зона', color: '#2E7D32', guestAccess: 'none', positions: (c) => /logistics|registration|info|desk/.test(c) },
];

/**
 * Accreditation demo (docs/accreditation.md): every demo event that has not ended and has positions gets the four
 * zones above, so the organiser's "Akkreditasiya" page prints badges with colour bands on the first start. Badges
 * themselves are made when the page lists them (volunteers on the rota, guests of the import).
 */
export async function seedAccreditationDemo(em: EntityManager, now: Date): Promise<void> {
  const events: { id: string }[] = await em.query(
    `SELECT e.id FROM events e WHERE e.demo AND e.ends_at > $1 AND NOT EXISTS (SELECT 1 FROM event_zones z WHERE z.event_id = e.id) ORDER BY e.starts_at`, [now]);
  for (const { id } of events) {
    const positions: { id: string; code: string }[] = await em.query(`SELECT id, code FROM positions WHERE event_id = $1`, [id]);
    if (!positions.length) continue;
    for (const [i, z] of ZONES.entries()) {
      const [{ id: zoneId }] = await em.query(
        `INSERT INTO event_zones (event_id, name_az, name_en, name_ru, color, guest_access, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [id, z.az, z.en, z.ru, z.color, z.guestAccess, i]);
      const ids = positions.filter((p) => z.positions(p.code)).map((p) => p.id);
      if (ids.length) await em.query(`INSERT INTO event_zone_positions (zone_id, position_id) SELECT $1, unnest($2::uuid[])`, [zoneId, ids]);
    }
  }
}
