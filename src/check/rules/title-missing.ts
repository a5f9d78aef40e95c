// A missing title: the article starts with its lead.

import { partMissing } from '../part-rule.js';

export const titleMissing = partMissing('title', 'title', 'a heading line before the lead');
