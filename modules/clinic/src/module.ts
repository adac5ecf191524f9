import { defineModule, eventsIn } from '@nexova/module';
import { customerMergedConsumer } from './consumers/customer-merged.consumer';
import * as events from './contracts/events/patient-events.v1';
import { patientFileOwner } from './files/patient-file-owner';
import { clinicPermissions } from './http/permissions';
import { patientRoutes } from './http/routes';
import { clinicSealBackfillWorkers } from './seal-worker';
import { seedDemoPatients } from './use-cases/seed-demo-patients';

/** The clinic's patient records as the app mounts them (agenda and catalogs are modules of their own). */
export const clinicModule = defineModule({
  name: 'clinic',
  routes: [{ name: 'patients', plugin: patientRoutes }],
  consumers: [customerMergedConsumer],
  files: [patientFileOwner],
  workers: (deps) => clinicSealBackfillWorkers(deps),
  seed: (ctx) => seedDemoPatients({ ctx }),
  permissions: clinicPermissions,
  events: eventsIn(events),
  titles: {
    patient_not_found: { es: 'Paciente no encontrado', 'pt-BR': 'Paciente não encontrado' },
    patient_exists: { es: 'La persona ya es paciente', 'pt-BR': 'A pessoa já é paciente' },
    patient_merged: { es: 'El paciente fue fusionado', 'pt-BR': 'O paciente foi mesclado' },
    attachment_too_large: { es: 'El adjunto es demasiado grande', 'pt-BR': 'O anexo é grande demais' },
    attachment_type_unsupported: {
      es: 'Tipo de adjunto no admitido',
      'pt-BR': 'Tipo de anexo não suportado',
    },
    module_not_enabled: {
      es: 'El módulo no está habilitado en este espacio de trabajo',
      'pt-BR': 'O módulo não está habilitado neste espaço de trabalho',
    },
  },
});
