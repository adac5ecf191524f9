import { rowFileOwner } from '@nexova/files';
import { messageMedia } from '../db/schema';

/** Message media live under media/<workspace>/<media id>.<ext>; a file is kept while a media row names it. */
export const mediaFileOwner = rowFileOwner('media', 'conversations', messageMedia, messageMedia);
