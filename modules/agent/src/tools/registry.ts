import { z } from 'zod';
import { bookAppointmentTool, cancelAppointmentTool, getPatientContextTool } from './appointment-tools';
import { getCustomerContextTool, listProductsTool } from './catalog-tools';
import { requestHumanHandoffTool } from './handoff-tool';
import { attachReceiptTool, sendCatalogTool } from './media-tools';
import {
  addItemToDraftTool,
  confirmOrderTool,
  createOrderDraftTool,
  requestConfirmationTool,
  setDeliveryDetailsTool,
} from './order-tools';
import { findSlotsTool, holdSlotTool } from './slot-tools';
import { adjustStockTool, registerPaymentTool } from './stock-payment-tools';
import type { AgentTool } from './tool';

// Every tool the agent may call, by name. A model sees `toolDescriptors()`; the executor runs them.
export const AGENT_TOOLS: readonly AgentTool[] = [
  listProductsTool,
  getCustomerContextTool,
  createOrderDraftTool,
  addItemToDraftTool,
  setDeliveryDetailsTool,
  requestConfirmationTool,
  confirmOrderTool,
  registerPaymentTool,
  adjustStockTool,
  requestHumanHandoffTool,
  sendCatalogTool,
  attachReceiptTool,
  findSlotsTool,
  holdSlotTool,
  bookAppointmentTool,
  cancelAppointmentTool,
  getPatientContextTool,
] as readonly AgentTool[];

export type ToolName = (typeof AGENT_TOOLS)[number]['name'];

const byName = new Map(AGENT_TOOLS.map((t) => [t.name, t]));
export const findTool = (name: string): AgentTool | undefined => byName.get(name);

/**
 * The agent's default role: exactly the permissions its customer-facing tools need. Staff-like tools
 * (defaultGrant: false — adjust_stock) stay out until an admin grants them (PUT /agent/settings).
 */
export const DEFAULT_AGENT_PERMISSIONS: readonly string[] = [
  ...new Set(AGENT_TOOLS.filter((t) => t.defaultGrant !== false).map((t) => t.permission)),
].sort();

export type ToolDescriptor = {
  name: string;
  description: string;
  permission: string;
  input_schema: Record<string, unknown>;
};

/** Name, description and input JSON Schema (from the same zod schema the executor parses with). */
export function toolDescriptors(): ToolDescriptor[] {
  return AGENT_TOOLS.map((t) => {
    const { $schema: _drop, ...schema } = z.toJSONSchema(t.input, { io: 'input' }) as Record<string, unknown>;
    return { name: t.name, description: t.description, permission: t.permission, input_schema: schema };
  });
}
