// Browser tests as a list of steps, one line each: later steps build on earlier ones, so after a failure the rest are
// skipped rather than failing for its reason; the failing screen is kept as a screenshot.
export function steps(failureScreenshot) {
  let failed = 0;
  return {
    get failed() {
      return failed;
    },
    async step(name, run) {
      if (failed) {
        console.log(`skipped ${name}`);
        return;
      }
      const started = Date.now();
      try {
        await run();
        console.log(`ok ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.error(`not ok ${name}: ${error.stack ?? error}`);
        await failureScreenshot().catch(() => undefined);
      }
    },
  };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
