// A gate for jobs that arrive one by one (an edition's photos, as its articles are read): at
// most `limit` run at once, the others wait their turn in the order they came.
export function limitTo(limit: number): <R>(job: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    // A finished job hands its place to the next in line, so `running` never drops in between.
    if (running < limit) running += 1;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
