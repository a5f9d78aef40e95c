// Preloaded by bench/throughput.mjs (node -r): writes the process's CPU time (every thread's,
// workers included) to $RUSAGE_OUT at exit, so that articles per CPU-second can be given beside
// wall time on a machine that others share.
'use strict';
process.on('exit', () => {
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.RUSAGE_OUT, JSON.stringify({ cpuSeconds: (userCPUTime + systemCPUTime) / 1e6, maxRssKb: maxRSS }));
});
