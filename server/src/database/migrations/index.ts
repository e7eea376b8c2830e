import { Initial1764093600000 } from './1764093600000-Initial.js';
import { Collab1764180000000 } from './1764180000000-Collab.js';
import { Planning1764200000000 } from './1764200000000-Planning.js';
import { FinerDurations1764300000000 } from './1764300000000-FinerDurations.js';
import { ScheduleDates1764400000000 } from './1764400000000-ScheduleDates.js';
import { ChangeNumbers1764500000000 } from './1764500000000-ChangeNumbers.js';
import { Invitations1765000000000 } from './1765000000000-Invitations.js';
import { SummaryRollups1765100000000 } from './1765100000000-SummaryRollups.js';
import { ChangeControl1765300000000 } from './1765300000000-ChangeControl.js';
import { Stakeholders1765400000000 } from './1765400000000-Stakeholders.js';
import { CharterSponsor1765500000000 } from './1765500000000-CharterSponsor.js';
import { MemberResources1765600000000 } from './1765600000000-MemberResources.js';
import { ProgressHistory1765700000000 } from './1765700000000-ProgressHistory.js';
import { RisksIssues1765200000000 } from './1765200000000-RisksIssues.js';
import { IssueChangeLinks1766100000000 } from './1766100000000-IssueChangeLinks.js';
import { StatusReports1765900000000 } from './1765900000000-StatusReports.js';
import { PortfolioTokens1765800000000 } from './1765800000000-PortfolioTokens.js';
import { IssueHistory1766500000000 } from './1766500000000-IssueHistory.js';
import { Mail1766000000000 } from './1766000000000-Mail.js';
import { PortfolioSums1766300000000 } from './1766300000000-PortfolioSums.js';
import { ScheduleForecasts1766300000001 } from './1766300000001-ScheduleForecasts.js';
import { PlanVersions1766800004217 } from './1766800004217-PlanVersions.js';
import { TaskStateCheckpoints1766900000000 } from './1766900000000-TaskStateCheckpoints.js';

/** Every migration in order, registered explicitly. */
export const migrations = [
  Initial1764093600000,
  Collab1764180000000,
  Planning1764200000000,
  FinerDurations1764300000000,
  ScheduleDates1764400000000,
  ChangeNumbers1764500000000,
  Invitations1765000000000,
  SummaryRollups1765100000000,
  ChangeControl1765300000000,
  Stakeholders1765400000000,
  CharterSponsor1765500000000,
  MemberResources1765600000000,
  RisksIssues1765200000000,
  ProgressHistory1765700000000,
  IssueChangeLinks1766100000000,
  StatusReports1765900000000,
  PortfolioTokens1765800000000,
  Mail1766000000000,
  IssueHistory1766500000000,
  PortfolioSums1766300000000,
  ScheduleForecasts1766300000001,
  PlanVersions1766800004217,
  TaskStateCheckpoints1766900000000,
];
