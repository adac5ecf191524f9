import { requireClinicModule } from '@nexova/clinic';
import { registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appointmentRoutes } from './appointment-routes';
import { availabilityRoutes } from './availability-routes';
import { queueRoutes } from './queue-routes';
import { seriesRoutes } from './series-routes';
import { settingsRoutes } from './settings-routes';
import { setupRoutes } from './setup-routes';
import { setupUpdateRoutes } from './setup-update-routes';

registerTitles({
  module_not_enabled: { es: 'Módulo no habilitado', 'pt-BR': 'Módulo não habilitado' },
  slot_taken: { es: 'El horario ya está ocupado', 'pt-BR': 'O horário já está ocupado' },
  slot_unavailable: { es: 'Horario fuera de la disponibilidad', 'pt-BR': 'Horário fora da disponibilidade' },
  hold_expired: { es: 'La reserva del horario expiró', 'pt-BR': 'A reserva do horário expirou' },
  appointment_status_conflict: {
    es: 'La cita no admite esa acción',
    'pt-BR': 'O agendamento não permite essa ação',
  },
  appointment_not_found: { es: 'Cita no encontrada', 'pt-BR': 'Agendamento não encontrado' },
  professional_not_found: { es: 'Profesional no encontrado', 'pt-BR': 'Profissional não encontrado' },
  resource_not_found: { es: 'Recurso no encontrado', 'pt-BR': 'Recurso não encontrado' },
  service_not_found: { es: 'Servicio no encontrado', 'pt-BR': 'Serviço não encontrado' },
  rule_not_found: { es: 'Regla no encontrada', 'pt-BR': 'Regra não encontrada' },
  exception_not_found: { es: 'Excepción no encontrada', 'pt-BR': 'Exceção não encontrada' },
  queue_entry_not_found: { es: 'Entrada de la fila no encontrada', 'pt-BR': 'Entrada da fila não encontrada' },
  queue_status_conflict: {
    es: 'La entrada de la fila no admite esa acción',
    'pt-BR': 'A entrada da fila não permite essa ação',
  },
  queue_empty: { es: 'Nadie espera en la fila', 'pt-BR': 'Ninguém aguarda na fila' },
  queue_full: { es: 'La fila está llena', 'pt-BR': 'A fila está cheia' },
  series_not_found: { es: 'Serie de citas no encontrada', 'pt-BR': 'Série de agendamentos não encontrada' },
  series_conflict: {
    es: 'Algunas citas de la serie no se pueden reservar',
    'pt-BR': 'Alguns agendamentos da série não podem ser reservados',
  },
  too_many_rules: { es: 'Demasiadas reglas', 'pt-BR': 'Regras demais' },
});

/** /agenda: only for workspaces with the `clinic` module enabled in their settings (403 `module_not_enabled`). */
export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireClinicModule);
  await app.register(setupRoutes);
  await app.register(setupUpdateRoutes);
  await app.register(availabilityRoutes);
  await app.register(appointmentRoutes);
  await app.register(queueRoutes);
  await app.register(seriesRoutes);
  await app.register(settingsRoutes);
};
