// SQL that fills the agenda for `npm run bench:agenda`: clinic workspaces, each with one professional,
// one room, one 30-minute service needing both, Monday–Friday 08:00–18:00 rules, and a month of booked
// appointments (every hour on the hour of every weekday, 15 days back to 15 days ahead). Ids are
// derived from md5 so a workspace's rows are found again; the constraints and RLS stay on.

const DAY = 86_400_000;

/** The ids of seeded workspace `g` (0-based) and of its professional, room and service. */
export const seededIds = (g: string) => ({
  ws: `md5('agenda-ws-' || ${g})::uuid`,
  professional: `md5('agenda-p-' || ${g})::uuid`,
  room: `md5('agenda-r-' || ${g})::uuid`,
  service: `md5('agenda-s-' || ${g})::uuid`,
});

/** Statements that create workspaces [from, to) with their setup (no appointments). */
export function setupSql(from: number, to: number): string[] {
  const i = seededIds('g');
  const series = `from generate_series(${from}, ${to - 1}) g`;
  return [
    `insert into tenancy.workspaces (id, name, slug, settings, created_at, updated_at)
       select ${i.ws}, 'Seeded clinic ' || (g + 1), 'agenda-' || (g + 1),
         '{"default_currency":"BRL","default_phone_region":"BR","timezone":"America/Sao_Paulo","locale":"pt-BR","modules":["clinic"]}',
         now(), now() ${series}`,
    `insert into agenda.professionals (id, workspace_id, name) select ${i.professional}, ${i.ws}, 'Dra. ' || g ${series}`,
    `insert into agenda.resources (id, workspace_id, name) select ${i.room}, ${i.ws}, 'Sala ' || g ${series}`,
    `insert into agenda.services (id, workspace_id, name, duration_minutes, professional_ids, resource_ids)
       select ${i.service}, ${i.ws}, 'Consulta', 30, array[${i.professional}], array[${i.room}] ${series}`,
    ...setupRulesSql(`${i.ws}`, `${i.professional}`, `${i.room}`, series),
  ];
}

const setupRulesSql = (ws: string, professional: string, room: string, series: string) => [
  `insert into agenda.availability_rules (id, workspace_id, owner_kind, owner_id, weekday, start_minute, end_minute)
     select gen_random_uuid(), ${ws}, k.kind, case k.kind when 'professional' then ${professional} else ${room} end, d, 480, 1080
       ${series} cross join (values ('professional'), ('resource')) k(kind) cross join generate_series(1, 5) d`,
];

/**
 * A month of booked appointments for the workspaces of `series` (a FROM clause binding `g`), given
 * the SQL expressions of their ids: 10 a weekday at 08:00…17:00 São Paulo time (UTC−3), one day at a time.
 */
export function monthSql(series: string, ids: ReturnType<typeof seededIds>, now: Date): string {
  const local = new Date(now.getTime() - 3 * 3_600_000);
  const start = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - 15 * DAY);
  return `insert into agenda.appointments (id, workspace_id, service_id, professional_id, resource_id, patient_id,
      status, starts_at, ends_at, created_at, updated_at)
    select gen_random_uuid(), ${ids.ws}, ${ids.service}, ${ids.professional}, ${ids.room}, gen_random_uuid(), 'booked',
      t, t + interval '30 minutes', now(), now()
    ${series}
    cross join generate_series(0, 29) d
    cross join generate_series(8, 17) h
    cross join lateral (select timestamptz '${start.toISOString()}' + d * interval '1 day' + (h + 3) * interval '1 hour' as t) s
    where extract(isodow from (t at time zone 'America/Sao_Paulo')) < 6`;
}
