/** The facts some core refusals carry in `details`, documented per code (ErrorDefinition.details). */

/** A refusal that passes once the caller has waited (also sent as the Retry-After header). */
export class RetryLater {
  /** Seconds to wait before trying again. */
  retryAfterSeconds!: number;
}
