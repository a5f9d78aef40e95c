// A missing byline (`Bài, ảnh: Kiến Quốc`): nobody answers for the report.

import { partMissing } from '../part-rule.js';

export const bylineMissing = partMissing('byline', 'byline', 'e.g. "Bài, ảnh: Kiến Quốc"');
