import { Activity } from '../modules/activity/activity.entity.js';
import { Baseline, BaselineTask } from '../modules/planning/baseline.entity.js';
import { CalendarException, ProjectPlan, WorkCalendar } from '../modules/planning/calendar.entity.js';
import { CostEntry } from '../modules/planning/cost-entry.entity.js';
import { Assignment, Resource, ResourceRate } from '../modules/planning/resource.entity.js';
import { BoardToken } from '../modules/project/board-token.entity.js';
import { Charter } from '../modules/project/charter.entity.js';
import { Invitation } from '../modules/project/invitation.entity.js';
import { ProjectMember } from '../modules/project/member.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { ProjectChange } from '../modules/project/project-change.entity.js';
import { Dependency } from '../modules/task/dependency.entity.js';
import { TaskStatus } from '../modules/task/status.entity.js';
import { Task } from '../modules/task/task.entity.js';
import { AccessToken } from '../modules/user/access-token.entity.js';
import { Session } from '../modules/user/session.entity.js';
import { User } from '../modules/user/user.entity.js';

/** Every entity, registered explicitly (no globbing). */
export const entities = [
  User,
  Session,
  AccessToken,
  Project,
  ProjectChange,
  ProjectMember,
  Invitation,
  Charter,
  BoardToken,
  TaskStatus,
  Task,
  Dependency,
  Activity,
  WorkCalendar,
  CalendarException,
  ProjectPlan,
  Resource,
  ResourceRate,
  Assignment,
  Baseline,
  BaselineTask,
  CostEntry,
];
