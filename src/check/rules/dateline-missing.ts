// A missing dateline (`03/12/2023 - 07:09`): the reader cannot date the report.

import { partMissing } from '../part-rule.js';

export const datelineMissing = partMissing('dateline', 'dateline', 'e.g. "03/12/2023 - 07:09"');
