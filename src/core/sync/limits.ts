// The documented limits of the sync protocol (docs/sync-protocol.md §Limits). HQ refuses what exceeds them
// with 413 before doing any work; the client sizes its batches well below them for slow links.

/** A request body as sent (after Content-Encoding), bytes. */
export const MAX_REQUEST_BYTES = 1024 * 1024;
/** A request body after gzip is undone: refuses decompression bombs. */
export const MAX_INFLATED_REQUEST_BYTES = 4 * 1024 * 1024;
/** Entries in one push. */
export const MAX_PUSH_ENTRIES = 500;
/** Entries in one pull response (HQ may send fewer, e.g. to stay under MAX_PULL_RESPONSE_BYTES). */
export const MAX_PULL_ENTRIES = 1000;
/** HQ stops adding entries to a pull response past this many entry bytes. */
export const MAX_PULL_RESPONSE_BYTES = 1024 * 1024;
/** What the client puts in one push on a slow link: about 10 s of a 2G uplink after gzip. */
export const CLIENT_PUSH_BATCH_ENTRIES = 100;
export const CLIENT_PUSH_BATCH_BYTES = 64 * 1024;
/** A hello's nonce authenticates requests for this long. */
export const NONCE_LIFETIME_MS = 10 * 60 * 1000;
export const NONCE_LENGTH = 16;
/** A device clock further than this from HQ's raises an alert at HQ (docs/sync-protocol.md §Clocks). */
export const CLOCK_SKEW_ALERT_MS = 15 * 60 * 1000;
