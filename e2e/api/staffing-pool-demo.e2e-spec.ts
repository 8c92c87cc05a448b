import { Client } from 'pg';

/**
 * The demo week respects who may staff where (docs/rostering.md): every live assignment made without an override
 * is in the pool of its place — a center's own volunteers and those who chose it; the forum's Baku region.
 * Other specs share this database and add assignments of their own: overridden ones (with a reason) are allowed.
 */
describe('the demo week keeps volunteers in their staffing pool', () => {
  let db: Client;
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    db = new Client({ connectionString: url.toString() });
    await db.connect();
  });
  afterAll(() => db.end());

  it('center shifts ahead are staffed from the center’s pool only', async () => {
    const { rows } = await db.query(
      `SELECT v.full_name, c.code
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN volunteers v ON v.id = a.volunteer_id JOIN centers c ON c.id = s.center_id
        WHERE a.status = 'assigned' AND a.override_reason IS NULL AND s.starts_at > now()
          AND v.home_center_id IS DISTINCT FROM s.center_id
          AND NOT EXISTS (SELECT 1 FROM volunteer_preferred_centers p WHERE p.volunteer_id = v.id AND p.center_id = s.center_id)`,
    );
    expect(rows).toEqual([]);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE s.center_id IS NOT NULL AND s.starts_at > now() AND a.status = 'assigned'`)).rows;
    expect(n).toBeGreaterThan(20);
  });

  it('the forum draws on the Baku region its organiser chose; nobody from Barda or Ağalı serves in another region in the same week', async () => {
    const area = (await db.query(`SELECT a.regions FROM event_staffing_areas a JOIN events e ON e.id = a.event_id WHERE e.demo AND e.name_en LIKE 'Youth and Digital%'`)).rows;
    expect(area).toEqual([{ regions: ['Bakı'] }]);
    const outside = (await db.query(
      `SELECT v.full_name
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN events e ON e.id = s.event_id JOIN volunteers v ON v.id = a.volunteer_id
         LEFT JOIN centers h ON h.id = v.home_center_id
        WHERE e.name_en LIKE 'Youth and Digital%' AND a.status = 'assigned' AND a.override_reason IS NULL AND h.region IS DISTINCT FROM 'Bakı'
          AND NOT EXISTS (SELECT 1 FROM volunteer_preferred_centers p JOIN centers pc ON pc.id = p.center_id WHERE p.volunteer_id = v.id AND pc.region = 'Bakı')`,
    )).rows;
    expect(outside).toEqual([]);
    const spread = (await db.query(
      `SELECT a.volunteer_id, date_trunc('week', s.starts_at AT TIME ZONE 'Asia/Baku') AS week, count(DISTINCT c.region) AS regions
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN centers c ON c.id = s.center_id
        WHERE a.status = 'assigned' AND a.override_reason IS NULL AND s.starts_at > now()
        GROUP BY 1, 2 HAVING count(DISTINCT c.region) > 1 AND bool_or(c.region IN ('Qarabağ', 'Şərqi Zəngəzur'))`,
    )).rows;
    expect(spread).toEqual([]);
  });
});
