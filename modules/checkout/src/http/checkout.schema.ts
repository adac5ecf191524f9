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

/** GET /orders/{order_id}/checkout: `?wait=` turns it into a long-poll (issue 11). */
export const checkoutQuery = (maxSeconds: number) =>
  z
    .object({
      wait: z.coerce
        .number()
        .int()
        .min(0)
        .max(maxSeconds)
        .optional()
        .describe(
          `Long-poll: wait up to this many seconds (0–${maxSeconds}) for the checkout to change before answering. ` +
            'It answers as soon as the saga moves past the version you hold (If-None-Match: "<version>", else the ' +
            'version when the request arrived), at once when the checkout is terminal, and with the current ' +
            'checkout when the time is up (304 if your If-None-Match is still current). Without it: answers at once.',
        )
        .meta({ example: 10 }),
    })
    .meta({ example: { wait: 10 } });

/** POST /orders/{order_id}/cancel: the same body as the other order transitions. */
export const cancelBody = orderTransitionBody.nullish().meta({ example: orderTransitionBody.meta()?.example });

/** POST /orders/{order_id}/submit: a transition body with the payment provider; optional. */
export const submitBody = orderSubmitBody.nullish().meta({ example: orderSubmitBody.meta()?.example });

export { checkoutSchema, orderDetailSchema };
