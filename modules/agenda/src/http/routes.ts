import { registerTitles } from '@nexova/http';
import { ForbiddenError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appointmentRoutes } from './appointment-routes';
import { availabilityRoutes } from './availability-routes';
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
  too_many_rules: { es: 'Demasiadas reglas', 'pt-BR': 'Regras demais' },
});

/** /agenda: only for workspaces with the `clinic` module enabled in their settings (403 `module_not_enabled`). */
export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', async (req) => {
    const { modules } = await getWorkspaceSettings({ ctx: req.ctx });
    if (!modules.includes('clinic'))
      throw new ForbiddenError('The clinic module is not enabled for this workspace (settings.modules).', {
        code: 'module_not_enabled',
      });
  });
  await app.register(setupRoutes);
  await app.register(setupUpdateRoutes);
  await app.register(availabilityRoutes);
  await app.register(appointmentRoutes);
};
