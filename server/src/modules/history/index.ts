/**
 * The history module: daily project snapshots taken by the server from the progress history (the
 * rows the database appends with every change of a task's progress fields or a cost entry, see
 * docs/adr/0007-progress-history.md), and the figures over time the charts read. The "as of"
 * answers of the board, tasks, schedule and earned value read the same history in their modules.
 */
import { defineModule } from '../../module.js';
import type { ScheduleService } from '../planning/index.js';
import { ProjectHistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';

export { HistoryService } from './history.service.js';
export { ProjectSnapshot, SeverityCount } from './history.types.js';

export interface HistoryNeeds {
  schedules: ScheduleService;
  /** How often the server looks for snapshots that are due, in ms; 0 takes none on its own (the command line). */
  snapshotEveryMs: number;
}

export const historyModule = defineModule({
  name: 'history',
  entities: [],
  create: ({ ds, clock, logger }, needs: HistoryNeeds) => {
    const history = new HistoryService(ds, needs.schedules, clock, logger);
    let timer: NodeJS.Timeout | null = null;
    let running: Promise<unknown> = Promise.resolve();
    if (needs.snapshotEveryMs > 0) {
      // One round at a time: on start (the days missed while the server was down), then on every tick.
      const round = () => {
        running = running.then(() => history.catchUp()).catch((err: unknown) => logger.error('snapshots', { error: err instanceof Error ? err.message : String(err) }));
      };
      setImmediate(round);
      timer = setInterval(round, needs.snapshotEveryMs);
      timer.unref();
    }
    return {
      services: { history },
      resolvers: [[ProjectHistoryResolver, new ProjectHistoryResolver(history)]],
      close: async () => {
        if (timer) clearInterval(timer);
        timer = null;
        await running;
      },
    };
  },
});
