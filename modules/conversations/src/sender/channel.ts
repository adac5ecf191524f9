/** Notified (after commit) when an outbound message becomes due: the sender wakes at once. */
export const CONVERSATIONS_SEND_CHANNEL = 'nexova_conversations_send';

/** Notified (after commit) when an inbound media file waits to be downloaded: the media worker wakes. */
export const CONVERSATIONS_MEDIA_CHANNEL = 'nexova_conversations_media';
