/**
 * The status report module: reports per period pre-filled from the live plan with health by the
 * project's rules (@trellis/schema/health), overrides with reasons, publishing that freezes them,
 * Markdown and PDF exports, and read-only stakeholder links. It sits above change; nothing imports it.
 *
 * Publishing mails the report to the communication plan's status-report audience through the
 * mail module's outbox, in the publishing transaction, and emits `report_published`.
 */
import { defineModule } from '../../module.js';
import type { MailService } from '../mail/index.js';
import type { PlanningServices } from '../planning/index.js';
import { ReportLink, StatusReport } from './report.entity.js';
import { ProjectReportsResolver, StatusReportResolver } from './report.resolver.js';
import { ReportService, type NarrativeSource } from './report.service.js';

export { ReportLink, StatusReport } from './report.entity.js';
export { HealthAreaName, HealthColour, ReportStatus } from './report.enums.js';
export { REPORT_LINK_PREFIX, ReportService, type NarrativeSource } from './report.service.js';
export { reportMarkdown } from './report-markdown.js';
export { reportPdf } from './report-pdf.js';

declare module '../../common/actor.js' {
  interface EntityKinds {
    statusReport: true;
    reportLink: true;
  }
}

export interface ReportNeeds {
  planning: PlanningServices;
  /** The live narrative documents (the collab module), read on every draft read and on publish. */
  narrative: NarrativeSource | null;
  /** The outbox a published report is mailed through (to the communication plan's status-report audience). */
  mail: MailService | null;
}

export const reportModule = defineModule({
  name: 'report',
  entities: [StatusReport, ReportLink],
  located: {
    statusReport: { name: 'Status report', sql: 'SELECT id, project_id FROM status_reports WHERE id = ANY($1::uuid[])' },
    reportLink: { name: 'Stakeholder link', sql: 'SELECT id, project_id FROM report_links WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, clock }, needs: ReportNeeds) => {
    const reports = new ReportService(ds, needs.planning, needs.narrative, () => clock.now(), needs.mail);
    return {
      services: { reports },
      resolvers: [
        [StatusReportResolver, new StatusReportResolver(reports)],
        [ProjectReportsResolver, new ProjectReportsResolver(reports)],
      ],
    };
  },
});
export type { ReportHeader } from './report-markdown.js';
export type { ReportFigures } from './report.types.js';
