// @nexova/conversations — WhatsApp channels (Meta Cloud API, Infobip, the simulator), provider webhooks,
// conversations and messages in and out (issue 13, first slice). The only door.
export {
  CHANNEL_KINDS,
  type Channel,
  type ChannelKind,
  channelSchema,
} from './contracts/channel';
export {
  CONVERSATION_STATUSES,
  type Conversation,
  type ConversationStatus,
  conversationSchema,
  HANDLERS,
  type Handler,
  MEDIA_STATUSES,
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  type MediaStatus,
  type Message,
  type MessageKind,
  type MessageMedia,
  type MessageStatus,
  messageMediaSchema,
  messageSchema,
} from './contracts/conversation';
export * from './contracts/events/conversation-events.v1';
export {
  HANDOFF_KINDS,
  HANDOFF_SOURCES,
  type Handoff,
  type HandoffKind,
  type HandoffSource,
  handoffSchema,
} from './contracts/handoff';
export { HANDOFF_REASON_MAX_CHARS } from './domain/handoff-reason';
export {
  type InteractiveList,
  interactiveListSchema,
  listAsText,
  type TemplateMessage,
  templateSchema,
} from './domain/outbound-content';
export { conversationPermissions as permissions } from './http/permissions';
export { conversationsModule } from './module';
export { type ChannelGuard, channelGuard, Deferred } from './providers/channel-guard';
export { type ConversationSettings, conversationSettings } from './settings';
export { type ConversationCounts, countConversations } from './use-cases/count-conversations';
export { type CreateChannelInput, createChannel } from './use-cases/create-channel';
export { type DownloadDueMediaInput, downloadDueMedia } from './use-cases/download-due-media';
export { type GetChannelInput, getChannel } from './use-cases/get-channel';
export { type GetConversationInput, getConversation } from './use-cases/get-conversation';
export { type GetMessageInput, getMessage } from './use-cases/get-message';
export { type ListChannelsInput, listChannels } from './use-cases/list-channels';
export { type ListConversationsInput, listConversations } from './use-cases/list-conversations';
export { type ListHandoffsInput, listHandoffs } from './use-cases/list-handoffs';
export { type ListMessagesInput, listMessages } from './use-cases/list-messages';
export { type MessageFile, type ReadMessageFileInput, readMessageFile } from './use-cases/read-message-file';
export { type ReceiveWebhookInput, receiveWebhook, type WebhookOutcome } from './use-cases/receive-webhook';
export { type RequestHandoffInput, requestHandoff } from './use-cases/request-handoff';
export { type ReturnToAgentInput, returnToAgent } from './use-cases/return-to-agent';
export { type SendDueMessagesInput, sendDueMessages } from './use-cases/send-due-messages';
export { type SendMessageInput, sendMessage } from './use-cases/send-message';
export { findNoticeConversation, type SendNoticeInput, sendNotice } from './use-cases/send-notice';
export {
  type SendSimulatedMessageInput,
  type SimulatedMessageReceipt,
  sendSimulatedMessage,
} from './use-cases/send-simulated-message';
export { type TakeOverConversationInput, takeOverConversation } from './use-cases/take-over-conversation';
export { type UpdateChannelInput, updateChannel } from './use-cases/update-channel';
export { type UpdateConversationInput, updateConversation } from './use-cases/update-conversation';
export { type UploadConversationFileInput, uploadConversationFile } from './use-cases/upload-conversation-file';
export { type VerifyMetaSubscriptionInput, verifyMetaSubscription } from './use-cases/verify-meta-subscription';
