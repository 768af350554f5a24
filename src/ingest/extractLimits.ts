/**
 * A task naming more distinct units than this is refused with its document: its co-responsibility
 * pairs grow as the square (10,000 units in one clause were 50M pairs, minutes and gigabytes before
 * `Map maximum size exceeded`, issue 17). The seeds' largest task names well under 50.
 * Override: MAX_UNITS_PER_TASK (config.ts).
 */
export const DEFAULT_MAX_UNITS_PER_TASK = 200;
