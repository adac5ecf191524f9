// @nexova/inventory — stock per variant, movements, TTL reservations (issue 6). The only door.
export * from './contracts/events/stock-events.v1';
export { type Movement, movementSchema } from './contracts/movement';
export { type Reservation, reservationSchema, type StockLevel, stockLevelSchema } from './contracts/stock';
export { DEFAULT_RESERVATION_TTL_SECONDS, type StockLine } from './domain/stock-rules';
export { inventoryPermissions as permissions } from './http/permissions';
export { inventoryModule } from './module';
export { type AdjustStockInput, adjustStock } from './use-cases/adjust-stock';
export { type CommitReservationInput, commitReservation } from './use-cases/commit-reservation';
export { countLowStock } from './use-cases/count-low-stock';
export { type ExpireReservationInput, expireReservation } from './use-cases/expire-reservation';
export { type GetAvailabilityInput, getAvailability } from './use-cases/get-availability';
export { type GetReservationInput, getReservation } from './use-cases/get-reservation';
export { type GetStockLevelInput, getStockLevel } from './use-cases/get-stock-level';
export { inStockVariantIds } from './use-cases/in-stock-variants';
export { type ListMovementsInput, listMovements } from './use-cases/list-movements';
export { type ListStockInput, listStock } from './use-cases/list-stock';
export { type RegisterVariantsInput, registerVariants, type VariantLabel } from './use-cases/register-variants';
export { type ReleaseReservationInput, releaseReservation } from './use-cases/release-reservation';
export { type ReserveStockInput, reserveStock } from './use-cases/reserve-stock';
export { type ReturnReservationInput, returnReservation } from './use-cases/return-reservation';
export { type SetLowStockThresholdInput, setLowStockThreshold } from './use-cases/set-low-stock-threshold';
export {
  type SweepAllExpiredReservationsInput,
  sweepAllExpiredReservations,
} from './use-cases/sweep-all-expired-reservations';
export { type SweepExpiredReservationsInput, sweepExpiredReservations } from './use-cases/sweep-expired-reservations';
