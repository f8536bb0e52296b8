// The simulator in its own process, so the benchmark's CPU and memory figures are the pipeline's alone.
import { startSimulator, type SimulatorOptions } from '../src/simulate.js';

export interface ChildStats {
  readonly requests: number;
  readonly byRoute: Record<string, number>;
  readonly rateLimited: number;
  readonly billedCreates: number;
  /** Per video: ms from the server marking it completed to the first response that showed it. */
  readonly detectionMs: number[];
  readonly missedCompletions: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as SimulatorOptions;
const sim = await startSimulator(options);
process.send!({ type: 'ready', url: sim.url });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const detectionMs: number[] = [];
    let missed = 0;
    for (const video of sim.stats.videos.values()) {
      // Done at creation (zero generation time): the create's own answer showed it.
      if (video.completedAt === undefined || video.completedAt <= video.createdAt) continue;
      if (video.firstSeenCompletedAt === undefined) missed++;
      else detectionMs.push(video.firstSeenCompletedAt - video.completedAt);
    }
    const stats: ChildStats = {
      requests: sim.stats.requests.length,
      byRoute: sim.stats.countByRoute(),
      rateLimited: sim.stats.requests.filter((r) => r.status === 429).length,
      billedCreates: sim.stats.billedCreates,
      detectionMs,
      missedCompletions: missed,
    };
    process.send!({ type: 'stats', stats });
  }
  if (message.type === 'close') void sim.close().then(() => process.exit(0));
});
