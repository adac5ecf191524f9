// Entry columns as the API and events spell them (`durationMinutes` → `duration_minutes`).
const FIELD_NAMES: Record<string, string> = {
  names: 'name',
  durationMinutes: 'duration_minutes',
  priceAmount: 'price',
  currency: 'price',
  preparationNotes: 'preparation_notes',
};

/** The API name of a changed column. */
export const fieldName = (key: string): string => FIELD_NAMES[key] ?? key;

/** The API names of changed columns, without repeats (price and currency are one field). */
export const fieldNames = (keys: string[]): string[] => [...new Set(keys.map(fieldName))];
