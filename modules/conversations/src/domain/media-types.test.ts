import { describe, expect, it } from 'vitest';
import { acceptMedia, baseType } from './media-types';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('acceptMedia', () => {
  it('stores an image by what its bytes are', () => {
    expect(acceptMedia('image', 'image/jpeg', PNG)).toEqual({ type: 'image/png', ext: 'png' });
    expect(acceptMedia('image', '', PNG)).toEqual({ type: 'image/png', ext: 'png' });
  });
  it('refuses an image that is not one, and a type the kind does not allow', () => {
    expect(acceptMedia('image', 'image/jpeg', Buffer.from('<html>'))).toBeNull();
    expect(acceptMedia('document', 'application/x-msdownload', Buffer.from('MZ'))).toBeNull();
  });
  it('keeps an allowed declared type for audio', () => {
    expect(acceptMedia('audio', baseType('audio/ogg; codecs=opus'), Buffer.from('OggS'))).toEqual({
      type: 'audio/ogg',
      ext: 'ogg',
    });
  });
});
