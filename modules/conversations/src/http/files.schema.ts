import { messageMediaSchema } from '../contracts/conversation';

// Shapes of POST /conversations/{conversation_id}/files (house rule 8). The body is multipart/form-data
// (one file part), read before validation, so it has no zod schema; the response is the stored file.

export { conversationParams } from './conversations.schema';

export const uploadedFile = messageMediaSchema.meta({
  example: {
    id: '0190f1c2-7d3a-7b41-9e4c-555555555555',
    status: 'stored',
    content_type: 'image/png',
    size: 48_211,
    sha256: '9f2c4e1b7a0d3c5e8f6a2b4d1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e',
    filename: 'catalogo.png',
    error: null,
    url: 'https://shop.example.com/api/v1/files/media/…?expires=…&signature=…',
    url_expires_at: '2026-11-28T13:00:00.000Z',
  },
});

export const uploadDescription = (maxBytes: number, types: readonly string[]) =>
  `multipart/form-data with one file part (any field name). Up to CONVERSATIONS_UPLOAD_MAX_BYTES (${maxBytes} bytes here; 413 conversation_file_too_large above); the type is decided by the content, never the name: ${types.join(', ')} (CONVERSATIONS_UPLOAD_TYPES; 415 conversation_file_type_not_allowed otherwise). 201 with Location: the signed, expiring URL of the stored file. Send it with POST /conversations/{conversation_id}/messages and \`media.file_id\` = the returned id: JPEG and PNG go as an image, PDF as a document.`;
