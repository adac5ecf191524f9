import { z } from 'zod';
import { agendaEnv } from './areas/agenda';
import { agentEnv } from './areas/agent';
import { auditEnv } from './areas/audit';
import { clinicEnv } from './areas/clinic';
import { conversationsEnv } from './areas/conversations';
import { databaseEnv } from './areas/database';
import { eventsEnv } from './areas/events';
import { exportJobsEnv } from './areas/export-jobs';
import { checkFilesStore, filesEnv } from './areas/files';
import { hardeningEnv } from './areas/hardening';
import { identityEnv } from './areas/identity';
import { checkLlmKeys, llmEnv } from './areas/llm';
import { notificationsEnv } from './areas/notifications';
import { observabilityEnv } from './areas/observability';
import { ordersEnv } from './areas/orders';
import { patientsEnv } from './areas/patients';
import { paymentsEnv } from './areas/payments';
import { privacyEnv } from './areas/privacy';
import { retailEnv } from './areas/retail';
import { retentionEnv } from './areas/retention';
import { serverEnv } from './areas/server';
import { webhooksEnv } from './areas/webhooks';

// Each area of the platform declares its variables in its own file under areas/; this is the
// whole environment. Adding a variable: declare it with envVar() in its area and run `npm run generate`.
const envVariables = z.object({
  ...serverEnv,
  ...databaseEnv,
  ...observabilityEnv,
  ...identityEnv,
  ...retailEnv,
  ...hardeningEnv,
  ...eventsEnv,
  ...ordersEnv,
  ...filesEnv,
  ...paymentsEnv,
  ...webhooksEnv,
  ...auditEnv,
  ...retentionEnv,
  ...privacyEnv,
  ...exportJobsEnv,
  ...patientsEnv,
  ...clinicEnv,
  ...agendaEnv,
  ...conversationsEnv,
  ...notificationsEnv,
  ...llmEnv,
  ...agentEnv,
});

// Rules across variables; `when` runs them even if another variable failed, so every problem shows.
const whenObject = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };
export const envSchema = envVariables.superRefine(checkFilesStore, whenObject).superRefine(checkLlmKeys, whenObject);

export type Config = Readonly<z.infer<typeof envSchema>>;
