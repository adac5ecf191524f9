// The JSON body every webhook carries, serialized once and stored: each attempt sends (and signs)
// exactly the same bytes.

export type WebhookBodyInput = {
  id: string;
  type: string;
  createdAt: Date | string;
  workspaceId: string;
  data: unknown;
};

export const webhookBody = (input: WebhookBodyInput): string =>
  JSON.stringify({
    id: input.id,
    type: input.type,
    created_at: typeof input.createdAt === 'string' ? input.createdAt : input.createdAt.toISOString(),
    workspace_id: input.workspaceId,
    data: input.data,
  });
