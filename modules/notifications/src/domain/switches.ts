import {
  CUSTOMER_KINDS,
  type CustomerKind,
  type CustomerSwitch,
  DEFAULT_CHANNELS,
  DEFAULT_CUSTOMER_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '../contracts/kinds';

/** Per kind, which channels are on (what the settings and preferences tables hold; partial). */
export type Switches = Record<string, { in_app?: boolean; email?: boolean }>;
/** Per customer kind, what the workspace changed (partial; the settings table's customer_channels). */
export type CustomerSwitches = Record<string, Partial<CustomerSwitch>>;
export type EffectiveSwitches = Record<NotificationKind, Record<NotificationChannel, boolean>>;

/** The workspace's switches over the defaults, for every kind. */
export function workspaceSwitches(stored: Switches | null): EffectiveSwitches {
  const out = {} as EffectiveSwitches;
  for (const kind of NOTIFICATION_KINDS) {
    out[kind] = { ...DEFAULT_CHANNELS[kind], ...stripUndefined(stored?.[kind]) };
  }
  return out;
}

/** The workspace's customer-facing switches over the defaults, for every customer kind. */
export function customerSwitches(stored: CustomerSwitches | null): Record<CustomerKind, CustomerSwitch> {
  const out = {} as Record<CustomerKind, CustomerSwitch>;
  for (const kind of CUSTOMER_KINDS)
    out[kind] = { ...DEFAULT_CUSTOMER_CHANNELS[kind], ...stripUndefined(stored?.[kind]) };
  return out;
}

/**
 * Whether one member gets a kind on a channel: the workspace has it on and the member did not turn
 * it off (a member cannot turn on what the workspace turned off).
 */
export function memberGets(
  workspace: EffectiveSwitches,
  member: Switches | null,
  kind: NotificationKind,
  channel: NotificationChannel,
): boolean {
  return workspace[kind][channel] && member?.[kind]?.[channel] !== false;
}

/** Merges a PUT's partial switches over the stored ones (only the kinds and channels it names). */
export function mergeSwitches<S extends Record<string, object>>(stored: S | null, change: S): S {
  const out = { ...(stored ?? {}) } as Record<string, object>;
  for (const [kind, channels] of Object.entries(change)) out[kind] = { ...out[kind], ...stripUndefined(channels) };
  return out as S;
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
