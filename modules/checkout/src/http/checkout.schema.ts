import { orderDetailSchema, orderSubmitBody, orderTransitionBody } from '@nexova/orders';
import { z } from 'zod';
import { checkoutSchema } from '../contracts/checkout';

// Request and response shapes of the checkout routes (house rule 8).

export const orderParams = z
  .object({
    order_id: z
      .string()
      .uuid()
      .describe('The order (the saga id).')
      .meta({ example: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa' }),
  })
  .meta({ example: { order_id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa' } });

/** POST /orders/{order_id}/cancel: the same body as the other order transitions. */
export const cancelBody = orderTransitionBody.nullish().meta({ example: orderTransitionBody.meta()?.example });

/** POST /orders/{order_id}/submit: a transition body with the payment provider; optional. */
export const submitBody = orderSubmitBody.nullish().meta({ example: orderSubmitBody.meta()?.example });

export { checkoutSchema, orderDetailSchema };
