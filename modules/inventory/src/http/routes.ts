import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adjustStock } from '../use-cases/adjust-stock';
import { getReservation } from '../use-cases/get-reservation';
import { getStockLevel } from '../use-cases/get-stock-level';
import { listMovements } from '../use-cases/list-movements';
import { listStock } from '../use-cases/list-stock';
import { releaseReservation } from '../use-cases/release-reservation';
import { reserveStock } from '../use-cases/reserve-stock';
import { setLowStockThreshold } from '../use-cases/set-low-stock-threshold';
import * as s from './stock.schema';

registerTitles({
  insufficient_stock: { es: 'Stock insuficiente', 'pt-BR': 'Estoque insuficiente' },
  reservation_not_found: { es: 'Reserva no encontrada', 'pt-BR': 'Reserva não encontrada' },
  reservation_closed: { es: 'La reserva ya está cerrada', 'pt-BR': 'A reserva já está encerrada' },
});

const tags = ['inventory'];

/** /stock: levels, adjustments, movements and reservations. Handlers parse, call one use-case, return. */
export const inventoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;

  app.get(
    '/stock',
    {
      config: { permission: 'stock:read' },
      schema: {
        operationId: 'listStock',
        summary: 'Current stock levels',
        description: "Each row carries the variant's SKU, product name and variant name next to its id.",
        tags,
        querystring: s.listStockQuery(cfg),
        response: { 200: s.stockPage },
      },
    },
    async (req) =>
      listStock({
        ctx: req.ctx,
        input: {
          variantIds: req.query.variant_ids,
          lowOnly: req.query.low === 'true',
          limit: req.query.limit,
          cursor: req.query.cursor,
        },
      }),
  );

  app.post(
    '/stock/adjust',
    {
      config: { permission: 'stock:write', versioned: { ifMatch: true } },
      schema: {
        operationId: 'adjustStock',
        summary: 'Adjust on-hand stock with a reason',
        tags,
        body: s.adjustBody,
        response: { 200: s.stockLevelSchema },
      },
    },
    async (req) =>
      adjustStock({
        ctx: req.ctx,
        input: {
          variantId: req.body.variant_id,
          delta: req.body.delta,
          reason: req.body.reason,
          expectedVersion: ifMatchVersion(req, req.body.expected_version),
        },
      }),
  );

  app.get(
    '/stock/:variant_id',
    {
      config: { permission: 'stock:read', versioned: true },
      schema: {
        operationId: 'getStockLevel',
        summary: 'The stock level of one variant',
        tags,
        params: s.variantParams,
        response: { 200: s.stockLevelSchema },
      },
    },
    async (req) => getStockLevel({ ctx: req.ctx, input: { variantId: req.params.variant_id } }),
  );

  app.patch(
    '/stock/:variant_id',
    {
      config: { permission: 'stock:write', versioned: true },
      schema: {
        operationId: 'setLowStockThreshold',
        summary: 'Set the low-stock threshold of a variant',
        tags,
        params: s.variantParams,
        body: s.thresholdBody,
        response: { 200: s.stockLevelSchema },
      },
    },
    async (req) =>
      setLowStockThreshold({
        ctx: req.ctx,
        input: {
          variantId: req.params.variant_id,
          threshold: req.body.low_stock_threshold,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  app.get(
    '/stock/movements',
    {
      config: { permission: 'stock:read' },
      schema: {
        operationId: 'listStockMovements',
        summary: 'Stock movements, newest first',
        tags,
        querystring: s.movementsQuery(cfg),
        response: { 200: s.movementPage },
      },
    },
    async (req) =>
      listMovements({
        ctx: req.ctx,
        input: {
          variantId: req.query.variant_id,
          reservationId: req.query.reservation_id,
          limit: req.query.limit,
          cursor: req.query.cursor,
        },
      }),
  );

  app.post(
    '/stock/reserve',
    {
      config: { permission: 'stock:reserve' },
      schema: {
        operationId: 'reserveStock',
        summary: 'Reserve stock for all lines or none',
        tags,
        body: s.reserveBody,
        response: { 201: s.reservationSchema },
      },
    },
    async (req, reply) => {
      const reservation = await reserveStock({
        ctx: req.ctx,
        input: {
          reference: req.body.reference ?? null,
          lines: req.body.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
          ttlSeconds: req.body.ttl_seconds ?? cfg.STOCK_RESERVATION_TTL_SECONDS,
          maxLines: cfg.STOCK_RESERVATION_MAX_LINES,
        },
      });
      reply.code(201).header('location', `${app.prefix}/stock/reservations/${reservation.id}`);
      return reservation;
    },
  );

  app.post(
    '/stock/release',
    {
      config: { permission: 'stock:reserve' },
      schema: {
        operationId: 'releaseStockReservation',
        summary: 'Release a reservation (idempotent)',
        tags,
        body: s.releaseBody,
        response: { 200: s.releaseResponse },
      },
    },
    async (req) => ({
      reservation: await releaseReservation({
        ctx: req.ctx,
        input: {
          reservationId: req.body.reservation_id,
          reference: req.body.reference,
          reason: req.body.reason ?? null,
        },
      }),
    }),
  );

  app.get(
    '/stock/reservations/:reservation_id',
    {
      config: { permission: 'stock:read', versioned: true },
      schema: {
        operationId: 'getStockReservation',
        summary: 'A reservation and its lines',
        tags,
        params: s.reservationParams,
        response: { 200: s.reservationSchema },
      },
    },
    async (req) => getReservation({ ctx: req.ctx, input: { reservationId: req.params.reservation_id } }),
  );
};
