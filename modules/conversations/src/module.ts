import { defineModule, eventsIn } from '@nexova/module';
import {
  customerMergedConsumer,
  inboundConsumer,
  outboundConsumer,
  personErasedConsumer,
} from './consumers/conversation.consumers';
import * as events from './contracts/events/conversation-events.v1';
import { mediaFileOwner } from './files/media-file-owner';
import { channelRoutes } from './http/channel-routes';
import { conversationRoutes } from './http/conversation-routes';
import { conversationFileRoutes } from './http/file-routes';
import { handoffRoutes } from './http/handoff-routes';
import { simulatorPage } from './http/pages/simulator-page';
import { conversationPermissions } from './http/permissions';
import { simulatorRoutes } from './http/simulator-routes';
import { providerWebhookRoutes } from './http/webhook-routes';
import { conversationSenderWorkers } from './sender/workers';
import { seedDemoSimulator } from './use-cases/seed-demo-simulator';

/** WhatsApp conversations as the app mounts them: channels, provider webhooks, the inbox, the sender. */
export const conversationsModule = defineModule({
  name: 'conversations',
  routes: [
    { name: 'channels', plugin: channelRoutes },
    { name: 'channel-webhooks', plugin: providerWebhookRoutes },
    { name: 'conversations', plugin: conversationRoutes },
    { name: 'conversation-files', plugin: conversationFileRoutes },
    { name: 'conversation-handoffs', plugin: handoffRoutes },
    { name: 'simulator', plugin: simulatorRoutes },
    // The /simulator page and its files, outside /api/v1.
    { name: 'simulator-page', plugin: simulatorPage, prefix: '', api: false },
  ],
  consumers: [inboundConsumer, outboundConsumer, customerMergedConsumer, personErasedConsumer],
  // Outbound messages handed over by conversations.outbound are sent here, outside any transaction.
  workers: (deps) => conversationSenderWorkers({ config: deps.config, database: deps.database, logger: deps.logger }),
  permissions: conversationPermissions,
  files: [mediaFileOwner],
  seed: (ctx) => seedDemoSimulator({ ctx }),
  events: eventsIn(events),
  titles: {
    channel_not_found: { es: 'Canal no encontrado', 'pt-BR': 'Canal não encontrado' },
    channel_limit_reached: { es: 'Límite de canales alcanzado', 'pt-BR': 'Limite de canais atingido' },
    channel_credentials_invalid: {
      es: 'Configuración o credenciales del canal no válidas',
      'pt-BR': 'Configuração ou credenciais do canal inválidas',
    },
    channel_not_simulator: {
      es: 'El canal no es un simulador',
      'pt-BR': 'O canal não é um simulador',
    },
    simulator_phone_invalid: { es: 'Teléfono no válido', 'pt-BR': 'Telefone inválido' },
    channel_disabled: { es: 'El canal está desactivado', 'pt-BR': 'O canal está desativado' },
    conversation_not_found: { es: 'Conversación no encontrada', 'pt-BR': 'Conversa não encontrada' },
    conversation_file_too_large: { es: 'Archivo demasiado grande', 'pt-BR': 'Arquivo grande demais' },
    conversation_file_type_not_allowed: {
      es: 'Tipo de archivo no permitido',
      'pt-BR': 'Tipo de arquivo não permitido',
    },
    conversation_assignee_invalid: {
      es: 'El responsable no es miembro del espacio de trabajo',
      'pt-BR': 'O responsável não é membro do espaço de trabalho',
    },
    conversation_handled_by_member: {
      es: 'Un miembro atiende esta conversación',
      'pt-BR': 'Um membro atende esta conversa',
    },
    conversation_handled_by_agent: {
      es: 'El agente ya atiende esta conversación',
      'pt-BR': 'O agente já atende esta conversa',
    },
    conversation_already_taken: {
      es: 'Otro miembro ya tomó esta conversación',
      'pt-BR': 'Outro membro já assumiu esta conversa',
    },
    handoff_already_requested: {
      es: 'Ya se pidió un humano para esta conversación',
      'pt-BR': 'Já foi pedido um humano para esta conversa',
    },
    handoff_member_only: {
      es: 'Solo un miembro puede tomar una conversación',
      'pt-BR': 'Só um membro pode assumir uma conversa',
    },
    handoff_reason_invalid: { es: 'Motivo de la derivación no válido', 'pt-BR': 'Motivo do encaminhamento inválido' },
    conversation_window_closed: {
      es: 'La ventana de 24 horas de WhatsApp está cerrada: envíe una plantilla',
      'pt-BR': 'A janela de 24 horas do WhatsApp está fechada: envie um modelo',
    },
    message_content_invalid: { es: 'Contenido del mensaje no válido', 'pt-BR': 'Conteúdo da mensagem inválido' },
    message_media_unreachable: {
      es: 'Falta NEXOVA_PUBLIC_URL para enviar archivos',
      'pt-BR': 'Falta NEXOVA_PUBLIC_URL para enviar arquivos',
    },
    message_media_not_stored: { es: 'El archivo aún no está guardado', 'pt-BR': 'O arquivo ainda não está salvo' },
    message_media_not_found: { es: 'Archivo no encontrado', 'pt-BR': 'Arquivo não encontrado' },
    message_text_invalid: { es: 'Texto del mensaje no válido', 'pt-BR': 'Texto da mensagem inválido' },
    webhook_signature_invalid: {
      es: 'Firma del webhook no válida',
      'pt-BR': 'Assinatura do webhook inválida',
    },
    webhook_verify_token_invalid: {
      es: 'Token de verificación no válido',
      'pt-BR': 'Token de verificação inválido',
    },
  },
});
