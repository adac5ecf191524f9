import type { Config } from '@nexova/config';

/** What the conversations use-cases take from configuration, passed explicitly (no module-level runtime). */
export type ConversationSettings = {
  /** NEXOVA_SECRET_KEY: seals channel credentials (null: stored in plain). */
  sealKey: string | null;
  /** CONVERSATIONS_MAX_CHANNELS. */
  maxChannels: number;
  /** CONVERSATIONS_MESSAGE_MAX_CHARS. */
  maxChars: number;
  /** CONVERSATIONS_HANDOFF_REASON_MAX_CHARS. */
  maxReasonChars: number;
  /** META_GRAPH_URL (version included). */
  metaGraphUrl: string;
  timeoutMs: number;
  sendIntervalMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** How long a claimed message is left to the worker sending it before another may claim it. */
  leaseMs: number;
  /** Inbound media: CONVERSATIONS_MEDIA_MAX_BYTES, _MAX_ATTEMPTS, _RETRY_BASE_MS. */
  media: { maxBytes: number; maxAttempts: number; retryBaseMs: number };
  /** CONVERSATIONS_SERVICE_WINDOW_HOURS: free text only this long after the contact's last message. */
  windowMs: number;
  /** NEXOVA_PUBLIC_URL: where providers fetch the files we send (null: outbound media refused). */
  publicUrl: string | null;
  /** What members may upload to send: CONVERSATIONS_UPLOAD_MAX_BYTES and _TYPES. */
  upload: { maxBytes: number; types: readonly string[] };
  /** Per channel: sends per second and the circuit breaker (providers/channel-guard.ts). */
  guard: { sendsPerSecond: number; breakerFailures: number; breakerCooldownMs: number };
};

export function conversationSettings(config: Config): ConversationSettings {
  return {
    sealKey: config.NEXOVA_SECRET_KEY ?? null,
    maxChannels: config.CONVERSATIONS_MAX_CHANNELS,
    maxChars: config.CONVERSATIONS_MESSAGE_MAX_CHARS,
    maxReasonChars: config.CONVERSATIONS_HANDOFF_REASON_MAX_CHARS,
    metaGraphUrl: (config.META_GRAPH_URL ?? 'https://graph.facebook.com/v21.0').replace(/\/+$/, ''),
    timeoutMs: config.CONVERSATIONS_SEND_TIMEOUT_MS,
    sendIntervalMs: config.CONVERSATIONS_SEND_INTERVAL_MS,
    maxAttempts: config.CONVERSATIONS_SEND_MAX_ATTEMPTS,
    retryBaseMs: config.CONVERSATIONS_SEND_RETRY_BASE_MS,
    leaseMs: config.CONVERSATIONS_SEND_TIMEOUT_MS * 2 + 5000,
    media: {
      maxBytes: config.CONVERSATIONS_MEDIA_MAX_BYTES,
      maxAttempts: config.CONVERSATIONS_MEDIA_MAX_ATTEMPTS,
      retryBaseMs: config.CONVERSATIONS_MEDIA_RETRY_BASE_MS,
    },
    upload: { maxBytes: config.CONVERSATIONS_UPLOAD_MAX_BYTES, types: config.CONVERSATIONS_UPLOAD_TYPES },
    windowMs: config.CONVERSATIONS_SERVICE_WINDOW_HOURS * 3_600_000,
    publicUrl: config.NEXOVA_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    guard: {
      sendsPerSecond: config.CONVERSATIONS_CHANNEL_SENDS_PER_SECOND,
      breakerFailures: config.CONVERSATIONS_BREAKER_FAILURES,
      breakerCooldownMs: config.CONVERSATIONS_BREAKER_COOLDOWN_MS,
    },
  };
}
