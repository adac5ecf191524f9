import type { ConsumerDefinition } from './consumer';

/**
 * Names on NATS, all under the installation's prefix (NATS_PREFIX; tests use one per run):
 * subject `<prefix.><domain>.<entity>.<action>.v<N>`, one stream `<PREFIX><DOMAIN>` per domain,
 * one durable `<prefix><consumer>-<domain>` per consumer and domain.
 */

export const domainOf = (type: string) => type.split('.')[0] as string;

/** Stream and durable names allow letters, digits, `_` and `-` only. */
export const sanitize = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

const RELAY = '__relay:nats';

/** The domains a consumer reads from: one stream (and one durable) each. */
export const consumerDomains = (c: ConsumerDefinition) => [...new Set(c.events.map((e) => domainOf(e.type)))];

export type NatsNames = ReturnType<typeof natsNames>;

export function natsNames(prefix: string) {
  const subjectPrefix = prefix ? `${prefix}.` : '';
  const subjectOf = (type: string, version: number) => `${subjectPrefix}${type}.v${version}`;
  /** Every subject of a domain's stream. */
  const domainSubjects = (domain: string) => `${subjectPrefix}${domain}.>`;
  return {
    subjectOf,
    domainSubjects,
    streamName: (domain: string) => sanitize(`${prefix}${domain}`.toUpperCase()),
    durableOf: (consumer: string, domain: string) => sanitize(`${prefix}${consumer}-${domain}`),
    /** The relay's checkpoint name (one relay position per prefix). */
    relayName: `${RELAY}:${prefix}`,
    /**
     * A durable's one filter subject (servers before 2.10 take no list): the event's subject, or the
     * whole domain when the consumer takes several of its events (the others are acknowledged unhandled).
     */
    filterOf: (c: ConsumerDefinition, domain: string) => {
      const subjects = [
        ...new Set(c.events.filter((e) => domainOf(e.type) === domain).map((e) => subjectOf(e.type, e.version))),
      ];
      return subjects.length === 1 ? (subjects[0] as string) : domainSubjects(domain);
    },
  };
}
