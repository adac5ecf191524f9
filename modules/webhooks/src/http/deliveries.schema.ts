import { z } from 'zod';
import { DELIVERY_STATUSES } from '../contracts/delivery';

// Request shapes of the delivery log routes.

const D = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';

export const deliveryParams = z.object({ delivery_id: z.string().uuid() }).meta({ example: { delivery_id: D } });

export const statusFilter = z.object({
  status: z.enum(DELIVERY_STATUSES).optional().describe('Only deliveries in this status.'),
});
