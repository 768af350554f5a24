/** The extraction stage's public surface: text in, records out (pure). */
export { extractDocument } from './extractDocument.js';
export type { ExtractOptions } from './extractDocument.js';
export { readManifest } from './readManifest.js';
export { decodeText } from './read/decodeText.js';
export { recurringProjects } from './resolve/recurringProjects.js';
export type { RecurringProject } from './resolve/recurringProjects.js';
export { scoreGold } from './eval/scoreGold.js';
export { scoreRecurring } from './eval/scoreRecurring.js';
export type * from '../model/records.js';
export { ExtractionContext } from './ExtractionContext.js';
export { WARNING_CODES } from '../model/warningCodes.js';
export type { WarningCode } from '../model/warningCodes.js';
export { RULE_TABLES, RULE_FAMILIES, unregisteredRuleParts } from './ruleRegistry.js';
