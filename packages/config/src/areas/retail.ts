import { z } from 'zod';
import { envInt, envVar } from '../env-var';

// Retail: catalog imports, stock reservations and the customer book (issue 6).
export const retailEnv = {
  ...envVar('STOCK_RESERVATION_TTL_SECONDS', envInt(900, 10, 86_400), {
    description: 'How long a stock reservation holds units before it expires and they return to available.',
    expected: 'seconds, an integer from 10 to 86400',
  }),
  ...envVar('STOCK_RESERVATION_MAX_LINES', envInt(100, 1, 1000), {
    description: 'Most lines one reservation (one order) may hold.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('STOCK_SWEEP_BATCH', envInt(500, 1, 10_000), {
    description: 'Most expired reservations one sweep releases per call.',
    expected: 'an integer from 1 to 10000',
  }),
  ...envVar('CATALOG_IMPORT_MAX_BYTES', envInt(10 * 1024 * 1024, 1024, 100 * 1024 * 1024), {
    description: 'Largest CSV or XLSX file POST /products/import accepts (413 above it).',
    expected: 'bytes, an integer from 1024 to 104857600',
  }),
  ...envVar('CATALOG_IMPORT_MAX_ROWS', envInt(10_000, 1, 1_000_000), {
    description: 'Most data rows one product import may contain; more is a fatal error and nothing is imported.',
    expected: 'an integer from 1 to 1000000',
  }),
  ...envVar(
    'CUSTOMER_DEFAULT_REGION',
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/)
      .default('BR'),
    {
      description:
        "The `default_phone_region` of new workspaces (each workspace's own setting is what parses its customers' phone numbers written without a +country code).",
      expected: 'an ISO 3166-1 alpha-2 code, e.g. BR, AR, MX',
      example: 'BR',
    },
  ),
};
