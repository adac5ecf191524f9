// The SQL that generates the data-scale rows (`npm run seed:scale`), table by table, in the shapes the
// modules write: ids are UUIDv7-like (48-bit millisecond timestamp, version 7, variant 8) and derived
// from (kind, row number), so an order can name its customer and variant without a join; row g
// belongs to workspace w = g % W as its k-th row (k = g / W), so every workspace gets the same share of
// every table; names, statuses and stock vary with k (and w), so each workspace has a realistic mix.

export type Counts = {
  workspaces: number;
  products: number;
  customers: number;
  orders: number;
  events: number;
  deadLetters: number;
};

/** Session helpers (pg_temp: gone with the connection): ids and timestamps spread over a year. */
export function helpers(base: Date): string {
  const at = `timestamptz '${base.toISOString()}' + (g::float8 * 31536000 / greatest(n, 1)) * interval '1 second'`;
  return `
create function pg_temp.at(g bigint, n bigint) returns timestamptz language sql immutable as $$ select ${at} $$;
create function pg_temp.sid(kind text, g bigint, ts timestamptz) returns uuid language sql immutable as $$
  select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(kind || g), 1, 3)
          || '8' || substr(md5(kind || g), 4, 15))::uuid $$;
create function pg_temp.ws(w bigint) returns uuid language sql immutable as $$
  select pg_temp.sid('w', w, timestamptz '${base.toISOString()}') $$;`;
}

const NOUNS = `(array['camisa','calca','vestido','saia','blusa','jaqueta','bone','meia','tenis','bolsa','cinto','casaco','shorts','sandalia','pijama','lenco'])`;
const ADJECTIVES = `(array['azul','verde','preta','branca','vermelha','amarela','rosa','cinza','bege','roxa','listrada','lisa'])`;
const FIRST = `(array['beatriz','joao','maria','pedro','ana','lucas','julia','gabriel','camila','rafael','larissa','mateus','fernanda','diego','sofia','bruno','valentina','tiago','isabela','carlos'])`;
const LAST = `(array['silva','santos','oliveira','souza','rodrigues','ferreira','alves','pereira','lima','gomes','costa','ribeiro','martins','carvalho','almeida','lopes','gonzalez','fernandez','perez','garcia'])`;
const STATUSES = `(array['draft','pending','confirmed','confirmed','shipped','delivered','delivered','delivered','canceled'])`;
const EVENT_TYPES = `(array['orders.order.placed','orders.order.confirmed','inventory.stock.adjusted','customers.customer.created','catalog.product.created','payments.payment.registered'])`;
const CONSUMERS = `(array['checkout.saga','webhooks.fan-out','orders.customer-merged','inventory.reservation-expiry'])`;

/** A product's name (and its variant's price) from its row number, so order lines can repeat them. */
const productName = (g: string, W: number) =>
  `initcap(${NOUNS}[1 + (${g} / ${W} + ${g} % ${W}) % 16] || ' ' || ${ADJECTIVES}[1 + (${g} / ${W} / 16 + ${g} % ${W}) % 12]) || ' ' || (${g} / ${W} + 1)`;
const price = (g: string) => `(490 + (${g} * 7919) % 20000)`;

/** One INSERT … SELECT per table; `{from}`/`{to}` bound a chunk of row numbers [from, to). */
export function tables(c: Counts): { table: string; total: number; sql: string }[] {
  const W = c.workspaces;
  const perWs = (n: number) => Math.max(1, Math.floor(n / W));
  const cust = (g: string) => `(${g} % ${W} + ${W} * ((${g} / ${W}) % ${perWs(c.customers)}))`;
  const prod = (g: string) => `(${g} % ${W} + ${W} * ((${g} / ${W}) % ${perWs(c.products)}))`;
  const series = 'from generate_series({from}::bigint, {to}::bigint - 1) g';
  return [
    {
      table: 'tenancy.workspaces',
      total: W,
      sql: `insert into tenancy.workspaces (id, name, slug, settings, created_at, updated_at)
        select pg_temp.ws(g), 'Seeded shop ' || (g + 1), 'seed-' || (g + 1),
          '{"default_currency":"BRL","default_phone_region":"BR","timezone":"America/Sao_Paulo","locale":"pt-BR","modules":["shop"]}',
          pg_temp.at(0, 1), pg_temp.at(0, 1) ${series}`,
    },
    {
      table: 'catalog.products',
      total: c.products,
      sql: `insert into catalog.products (id, workspace_id, name, status, currency, search_text, created_at, updated_at)
        select pg_temp.sid('p', g, pg_temp.at(g, ${c.products})), pg_temp.ws(g % ${W}), ${productName('g', W)},
          (array['active','active','active','active','active','active','active','active','draft','archived'])[1 + (g / ${W}) % 10],
          'BRL', lower(${productName('g', W)}) || ' sku-' || g, pg_temp.at(g, ${c.products}), pg_temp.at(g, ${c.products}) ${series}`,
    },
    {
      table: 'catalog.variants',
      total: c.products,
      sql: `insert into catalog.variants (id, workspace_id, product_id, sku, price_minor, created_at, updated_at)
        select pg_temp.sid('v', g, pg_temp.at(g, ${c.products})), pg_temp.ws(g % ${W}),
          pg_temp.sid('p', g, pg_temp.at(g, ${c.products})), 'SKU-' || g, ${price('g')},
          pg_temp.at(g, ${c.products}), pg_temp.at(g, ${c.products}) ${series}`,
    },
    {
      table: 'inventory.stock_levels',
      total: c.products,
      sql: `insert into inventory.stock_levels (workspace_id, variant_id, on_hand, reserved, low_stock_threshold, sku, product_name)
        select pg_temp.ws(g % ${W}), pg_temp.sid('v', g, pg_temp.at(g, ${c.products})), ((g / ${W}) * 31 + g % ${W}) % 60, 0, 5,
          'SKU-' || g, ${productName('g', W)} ${series}`,
    },
    {
      table: 'customers.customers',
      total: c.customers,
      sql: `insert into customers.customers (id, workspace_id, name, phone, phone_key, email, search_text, created_at, updated_at)
        select pg_temp.sid('c', g, pg_temp.at(g, ${c.customers})), pg_temp.ws(g % ${W}), initcap(n), p, p, e,
          n || ' ' || e || ' ' || substr(p, 2), pg_temp.at(g, ${c.customers}), pg_temp.at(g, ${c.customers})
        from generate_series({from}::bigint, {to}::bigint - 1) g,
          lateral (select ${FIRST}[1 + (g / ${W} + g % ${W}) % 20] || ' ' || ${LAST}[1 + (g / ${W} / 20 + g % ${W}) % 20]
                          || ' ' || ${LAST}[1 + (g / ${W} / 400 + 7 * (g % ${W})) % 20] as n,
                          '+55119' || lpad((g % 100000000)::text, 8, '0') as p, 'c' || g || '@example.com' as e) x`,
    },
    {
      table: 'orders.orders',
      total: c.orders,
      sql: `insert into orders.orders (id, workspace_id, number, status, customer_id, currency, subtotal, shipping_fee, total, created_at, updated_at)
        select pg_temp.sid('o', g, pg_temp.at(g, ${c.orders})), pg_temp.ws(g % ${W}), g / ${W} + 1, ${STATUSES}[1 + (g / ${W}) % 9],
          pg_temp.sid('c', ${cust('g')}, pg_temp.at(${cust('g')}, ${c.customers})), 'BRL',
          ${price(prod('g'))} * (1 + g % 3), 1000, ${price(prod('g'))} * (1 + g % 3) + 1000,
          pg_temp.at(g, ${c.orders}), pg_temp.at(g, ${c.orders}) ${series}`,
    },
    {
      table: 'orders.lines',
      total: c.orders,
      sql: `insert into orders.lines (id, workspace_id, order_id, position, variant_id, sku, name, unit_price, quantity, line_total)
        select pg_temp.sid('l', g, pg_temp.at(g, ${c.orders})), pg_temp.ws(g % ${W}), pg_temp.sid('o', g, pg_temp.at(g, ${c.orders})), 0,
          pg_temp.sid('v', ${prod('g')}, pg_temp.at(${prod('g')}, ${c.products})), 'SKU-' || ${prod('g')}, ${productName(prod('g'), W)},
          ${price(prod('g'))}, 1 + g % 3, ${price(prod('g'))} * (1 + g % 3) ${series}`,
    },
    {
      table: 'orders.order_counters',
      total: W,
      sql: `insert into orders.order_counters (workspace_id, last_number)
        select pg_temp.ws(g), greatest(1, (${c.orders} - g + ${W} - 1) / ${W}) ${series}`,
    },
    {
      table: 'events.outbox',
      total: c.events,
      sql: `insert into events.outbox (id, type, version, workspace_id, aggregate_type, aggregate_id, actor_type, actor_id, occurred_at, payload)
        select pg_temp.sid('e', g, pg_temp.at(g, ${c.events})), ${EVENT_TYPES}[1 + (g / ${W}) % 6], 1, pg_temp.ws(g % ${W}),
          split_part(${EVENT_TYPES}[1 + (g / ${W}) % 6], '.', 2), 'a' || g, 'system', 'seed', pg_temp.at(g, ${c.events}),
          jsonb_build_object('n', g) ${series}`,
    },
    {
      table: 'events.dead_letters',
      total: c.deadLetters,
      sql: `insert into events.dead_letters (id, consumer, event_id, event_type, attempts, last_error, errors, status, failed_at, resolved_at)
        select pg_temp.sid('d', g, pg_temp.at(g, ${c.deadLetters})), ${CONSUMERS}[1 + g % 4],
          pg_temp.sid('e', g * ${Math.max(1, Math.floor(c.events / Math.max(c.deadLetters, 1)))}, pg_temp.at(g * ${Math.max(1, Math.floor(c.events / Math.max(c.deadLetters, 1)))}, ${c.events})),
          ${EVENT_TYPES}[1 + g % 6], 5, 'Error: seeded failure',
          jsonb_build_array(jsonb_build_object('attempt', 5, 'error', 'Error: seeded failure')),
          case when g % 5 = 0 then 'resolved' else 'open' end, pg_temp.at(g, ${c.deadLetters}),
          case when g % 5 = 0 then pg_temp.at(g, ${c.deadLetters}) end ${series}`,
    },
  ];
}
