import type { UrlSigner } from './signed-url';

/** What a job row keeps of the file it produced (audit exports, person exports). */
export type ProducedFile = { status: string; fileKey: string | null; size: number | null; sha256: string | null };

/** A produced file as the API shows it: a signed URL, fresh on every read, and what to expect of it. */
export type SignedDownload = {
  url: string;
  url_expires_at: string;
  content_type: string;
  size: number;
  sha256: string;
};

/**
 * The download of a job's file once the job completed and the file is stored (null before): one place
 * that signs export downloads, so every export answers the same shape; the file routes verify it.
 */
export function signedDownload(row: ProducedFile, contentType: string, signer: UrlSigner): SignedDownload | null {
  if (row.status !== 'completed' || !row.fileKey || row.size === null || row.sha256 === null) return null;
  const signed = signer.sign(row.fileKey);
  return {
    url: signed.url,
    url_expires_at: signed.expiresAt.toISOString(),
    content_type: contentType,
    size: row.size,
    sha256: row.sha256,
  };
}
