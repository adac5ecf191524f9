// @nexova/files — the platform's file store (disk or S3-compatible), signed expiring URLs, and the
// orphan sweeper over the prefixes modules declare (NexovaModule.files). No business rules.
export { type AppFiles, appFiles, closeAppFiles, fileStoreOf } from './app-files';
export { deleteRequestedFiles, requestFileDeletion } from './delete-files';
export { diskFileStore } from './disk-file-store';
export { createFileDeletionWorker } from './file-deletion-worker';
export { checkFileOwners, type FileOwner, rowFileOwner } from './file-owner';
export { assertValidKey, type FileStore, isValidKey, type StoredFile } from './file-store';
export { createOrphanFileSweeper, type OrphanFileSweeperDeps } from './orphan-file-sweeper';
export { type S3FileStore, type S3FileStoreOptions, s3FileStore } from './s3-file-store';
export { type SignedAttachment, type StoredAttachment, signedAttachment } from './signed-attachment';
export { type ProducedFile, type SignedDownload, signedDownload } from './signed-download';
export { type UrlSigner, urlSigner } from './signed-url';
export { type SweepOrphanFilesInput, sweepOrphanFiles } from './sweep-orphan-files';
