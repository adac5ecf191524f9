import { envInt, envList, envUrl, envVar } from '../env-var';

// Conversations (issue 13): WhatsApp channels (Meta Cloud API, Infobip, the simulator), their
// inbound webhooks and the sender of outbound messages.
export const conversationsEnv = {
  ...envVar('META_GRAPH_URL', envUrl(['http', 'https']).optional(), {
    description:
      "Base URL of Meta's Graph API, version included, that Meta channels send through (a local fake or a proxy). Unset: https://graph.facebook.com/v21.0.",
    expected: 'an http(s) URL',
  }),
  ...envVar('CONVERSATIONS_MAX_CHANNELS', envInt(20, 1, 500), {
    description: 'How many channels one workspace may have; one more answers 409 channel_limit_reached.',
    expected: 'an integer from 1 to 500',
  }),
  ...envVar('CONVERSATIONS_MESSAGE_MAX_CHARS', envInt(4096, 1, 65_536), {
    description:
      "Longest text a member may send in one message (WhatsApp's own limit is 4096); longer answers 422 naming text.",
    expected: 'an integer from 1 to 65536',
  }),
  ...envVar('CONVERSATIONS_HANDOFF_REASON_MAX_CHARS', envInt(1000, 1, 65_536), {
    description:
      'Longest reason a handoff request may give (the agent, a keyword or a member); longer answers 422 naming reason.',
    expected: 'an integer from 1 to 65536',
  }),
  ...envVar('CONVERSATIONS_SEND_TIMEOUT_MS', envInt(10_000, 100, 120_000), {
    description: "Time one call to a provider's send API may take before the attempt counts as failed and is retried.",
    expected: 'milliseconds, an integer from 100 to 120000',
  }),
  ...envVar('CONVERSATIONS_SEND_INTERVAL_MS', envInt(1000, 20, 60_000), {
    description:
      'How often the workers look for outbound messages that are due (new ones and retries) and send them, outside any database transaction.',
    expected: 'milliseconds, an integer from 20 to 60000',
  }),
  ...envVar('CONVERSATIONS_SEND_MAX_ATTEMPTS', envInt(5, 1, 50), {
    description:
      'Attempts to send one outbound message before it is marked failed; retries wait CONVERSATIONS_SEND_RETRY_BASE_MS, doubling each time.',
    expected: 'an integer from 1 to 50',
  }),
  ...envVar('CONVERSATIONS_SEND_RETRY_BASE_MS', envInt(5000, 10, 3_600_000), {
    description: 'Pause before the first retry of a failed send; each further retry waits twice as long.',
    expected: 'milliseconds, an integer from 10 to 3600000',
  }),
  ...envVar('CONVERSATIONS_CHANNEL_SENDS_PER_SECOND', envInt(20, 1, 1000), {
    description:
      "Most messages one channel sends per second, per worker process (Meta's default throughput is 80 per phone number); the rest wait their turn without spending an attempt.",
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('CONVERSATIONS_BREAKER_FAILURES', envInt(5, 1, 1000), {
    description:
      "Consecutive failed sends (network, 429, 5xx) after which a channel's circuit opens: its messages wait, spending no attempts, instead of hammering a provider that is down.",
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('CONVERSATIONS_BREAKER_COOLDOWN_MS', envInt(30_000, 10, 3_600_000), {
    description: 'How long an open circuit waits before one trial send; success closes it, failure opens it again.',
    expected: 'milliseconds, an integer from 10 to 3600000',
  }),
  ...envVar('CONVERSATIONS_MEDIA_MAX_BYTES', envInt(16 * 1024 * 1024, 1024, 100 * 1024 * 1024), {
    description:
      "Largest file an inbound WhatsApp image, document, audio or video may be to be downloaded into the file store (Meta's own limits: 5 MB images, 16 MB audio/video, 100 MB documents); a larger one is never written and its media status is failed (media_too_large).",
    expected: 'bytes, an integer from 1024 to 104857600',
  }),
  ...envVar('CONVERSATIONS_MEDIA_MAX_ATTEMPTS', envInt(5, 1, 50), {
    description:
      'Attempts to download one inbound media file (network, 429, 5xx) before its status is failed; retries wait CONVERSATIONS_MEDIA_RETRY_BASE_MS, doubling each time.',
    expected: 'an integer from 1 to 50',
  }),
  ...envVar('CONVERSATIONS_MEDIA_RETRY_BASE_MS', envInt(5000, 10, 3_600_000), {
    description: 'Pause before the first retry of a failed media download; each further retry waits twice as long.',
    expected: 'milliseconds, an integer from 10 to 3600000',
  }),
  ...envVar('CONVERSATIONS_SERVICE_WINDOW_HOURS', envInt(24, 1, 168), {
    description:
      "WhatsApp's customer service window: free-form messages (text, media, lists) may be sent only this long after the contact's last message; later, only a template (409 conversation_window_closed otherwise). Keep 24 unless the provider's rule changes.",
    expected: 'hours, an integer from 1 to 168',
  }),
  ...envVar('CONVERSATIONS_UPLOAD_MAX_BYTES', envInt(5 * 1024 * 1024, 1024, 100 * 1024 * 1024), {
    description:
      "Largest file a member may upload to send in a conversation (POST /conversations/{id}/files); larger is 413 conversation_file_too_large. 5 MB is Meta's limit for images (documents may be up to 100 MB).",
    expected: 'bytes, an integer from 1024 to 104857600',
  }),
  ...envVar('CONVERSATIONS_UPLOAD_TYPES', envList(['image/jpeg', 'image/png', 'application/pdf']), {
    description:
      'The file types a member may upload to send (comma-separated; any of image/jpeg, image/png, application/pdf), judged by the bytes, never the name; others are 415 conversation_file_type_not_allowed. JPEG and PNG go as images, PDF as a document.',
    expected: 'a comma-separated list of content types',
  }),
};
