import type { UrlSigner } from './signed-url';

/** What a module keeps of an uploaded file (its table's row, whatever else the row holds). */
export type StoredAttachment = {
  id: string;
  fileKey: string;
  contentType: string;
  size: number;
  sha256: string;
  filename: string | null;
  createdAt: Date;
};

/** An attachment as the API shows it: a signed, expiring URL instead of the storage key. */
export type SignedAttachment = {
  id: string;
  content_type: string;
  size: number;
  sha256: string;
  filename: string | null;
  url: string;
  url_expires_at: string;
  created_at: string;
};

/** The API's view of a stored file (receipts, patient documents, message media): signed now. */
export function signedAttachment(a: StoredAttachment, signer: UrlSigner): SignedAttachment {
  const signed = signer.sign(a.fileKey);
  return {
    id: a.id,
    content_type: a.contentType,
    size: a.size,
    sha256: a.sha256,
    filename: a.filename,
    url: signed.url,
    url_expires_at: signed.expiresAt.toISOString(),
    created_at: a.createdAt.toISOString(),
  };
}
