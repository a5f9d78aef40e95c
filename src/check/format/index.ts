// The check formatters by name, as `check --format` accepts them.

import type { Formatter } from '../types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { github } from './github.js';
import { sarif } from './sarif.js';

export const FORMATTERS: Readonly<Record<'stylish' | 'json' | 'github' | 'sarif', Formatter>> = { stylish, json, github, sarif };
export { stylish, json, github, sarif };
