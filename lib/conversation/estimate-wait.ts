// The wait a shopper is shown. Pure, so that the formula (docs/decisions/006) is unit tested.

/** When nothing was assigned recently: a guess at how long an idle agent takes to pick up. */
export const DEFAULT_PICKUP_SECONDS = 30;
/** When nothing was resolved recently: a guess at how long one chat keeps a slot busy. */
export const DEFAULT_HANDLE_SECONDS = 300;
export const MAX_ESTIMATE_SECONDS = 3600;

export type WaitInputs = {
  /** 1 = next in line. */
  position: number;
  agentsOnline: number;
  /** Sum of maxConcurrentChats over online agents. */
  capacity: number;
  /** Unused slots of online agents. */
  freeSlots: number;
  /** Queue waits (assignedAt − queuedAt) of recent assignments, in seconds. */
  recentWaitsSeconds: number[];
  /** Mean time a chat stays assigned (resolvedAt − assignedAt) recently, in seconds; null if unknown. */
  meanHandleSeconds: number | null;
};

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * estimate = max(pickup, drain), where
 * - pickup = median of recent queue waits (DEFAULT_PICKUP_SECONDS without data): how long it
 *   takes right now for someone to be picked up even when a slot is free;
 * - drain = (shoppers ahead who need a slot to free up, me included) × handle / capacity:
 *   slots free up at capacity / handle per second.
 * null when nobody is online (no honest number exists). Rounded up to whole seconds, capped.
 */
export function estimateWaitSeconds(inputs: WaitInputs): number | null {
  if (inputs.agentsOnline <= 0 || inputs.capacity <= 0) return null;
  const pickup = median(inputs.recentWaitsSeconds) ?? DEFAULT_PICKUP_SECONDS;
  const handle = inputs.meanHandleSeconds ?? DEFAULT_HANDLE_SECONDS;
  const needingSlot = Math.max(0, inputs.position - Math.max(0, inputs.freeSlots));
  const drain = (needingSlot * handle) / inputs.capacity;
  return Math.min(MAX_ESTIMATE_SECONDS, Math.ceil(Math.max(pickup, drain)));
}

/** The shopper is offered to leave an email when the honest wait passes the target. */
export function shouldOfferEmail(estimate: number | null, targetSeconds: number): boolean {
  return estimate === null || estimate > targetSeconds;
}
