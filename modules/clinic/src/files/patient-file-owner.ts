import { rowFileOwner } from '@nexova/files';
import { patientAttachments } from '../db/schema';

/** Patient attachments live under patients/<workspace>/<patient>/<id>.<ext>; kept while a row names them. */
export const patientFileOwner = rowFileOwner('patients', 'clinic', patientAttachments, patientAttachments);
