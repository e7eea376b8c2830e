/**
 * The board module: the board's aggregates (columns, counts, milestones, recent activity), for
 * project pages and wall screens. It sits at the top: it reads every other module's rows.
 */
import { defineModule } from '../../module.js';
import { BoardResolver } from './board.resolver.js';
import { BoardService, type ScheduleSource } from './board.service.js';
import type { Board } from './board.types.js';
import { ProjectBoardResolver } from './project-board.resolver.js';

export { BoardService } from './board.service.js';
export type { ScheduleSource } from './board.service.js';
export { Board } from './board.types.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    BOARD_UPDATED: [projectId: string, payload: Board];
  }
}

export interface BoardNeeds {
  /** The project's current schedule, for the cards' dates (the planning module's schedules). */
  schedules: ScheduleSource;
}

export const boardModule = defineModule({
  name: 'board',
  entities: [],
  create: ({ ds }, needs: BoardNeeds) => {
    const boards = new BoardService(ds, needs.schedules);
    return {
      services: { boards },
      resolvers: [
        [BoardResolver, new BoardResolver(boards)],
        [ProjectBoardResolver, new ProjectBoardResolver(boards)],
      ],
    };
  },
});
