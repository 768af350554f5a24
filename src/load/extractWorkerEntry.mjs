// Entry of an extraction worker thread (extractPool.ts): loader hooks are per thread, so
// tsx is registered here before the TypeScript worker is imported.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
