import { rowFileOwner } from '@nexova/files';
import { exports } from '../db/schema';

/** Audit exports live under audit-exports/<workspace>/<id>.<ext>; a file is kept while its export row names it. */
export const exportFileOwner = rowFileOwner('audit-exports', 'audit', exports, exports);
