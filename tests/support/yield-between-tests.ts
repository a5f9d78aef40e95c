// Long synchronous tests (a 5 MB line through every rule) keep the worker's event loop busy; a
// file of them held it past vitest's 60 s RPC timeout on a loaded machine ("Timeout calling
// onTaskUpdate"). A macrotask between tests lets the worker answer vitest in time.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
