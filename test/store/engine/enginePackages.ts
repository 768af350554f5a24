import type { EmbeddedEngine } from '../../../src/store/kuzu/embeddedDriver.js';

/** The embedded engines' npm packages every engine reproducer runs on. */
export interface EnginePackage {
  engine: EmbeddedEngine;
  pkg: string;
}

export const ENGINE_PACKAGES: EnginePackage[] = [
  { engine: 'kuzu', pkg: 'kuzu' },
  { engine: 'ladybug', pkg: '@ladybugdb/core' },
];
