/**
 * What a person's data key seals: `personal` — contacts and documents, shredded on erasure;
 * `health` — clinical data, kept readable for as long as the law keeps clinical records.
 */
export type KeyPurpose = 'personal' | 'health';
