import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { assessHealth, healthRuleProblems, healthRules, worstColour, type HealthRules as Rules } from '@trellis/schema/health';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { FieldErrors, MAX_TEXT, MAX_TITLE } from '../../common/field-errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { lockVersioned } from '../../common/versioned.js';
import { ActivityAction, recordActivity, type Change } from '../activity/index.js';
import { OutboxKind, type MailService } from '../mail/index.js';
import type { PlanningServices } from '../planning/index.js';
import { newSecret, sha256 } from '../user/index.js';
import { reportMarkdown, type ReportHeader } from './report-markdown.js';
import { addDays, gatherReport, todayIso, type ReportPeriod } from './report-facts.js';
import { ReportLink, StatusReport, type StoredOverride } from './report.entity.js';
import { HealthAreaName, HealthColour, ReportStatus } from './report.enums.js';
import type { HealthOverrideInput, HealthRulesInput, ReportAreaHealth, ReportFigures, ReportSnapshot, ReportTrendPoint, StatusReportCreateInput, StatusReportUpdateInput } from './report.types.js';

export const REPORT_LINK_PREFIX = 'trl_report_';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const RULE_FIELDS = ['spiAmber', 'spiRed', 'cpiAmber', 'cpiRed', 'milestoneSlipAmberDays', 'milestoneSlipRedDays', 'scopeAmberPercent', 'scopeRedPercent', 'scopePendingAmberDays', 'riskAmberScore', 'riskRedScore'] as const;

export const reportLabel = (r: Pick<StatusReport, 'number' | 'title'>) => `#${r.number} ${r.title}`;

/** Reads the narrative of a draft from its live document (the collab module), when there is one. */
export interface NarrativeSource {
  text(m: EntityManager | DataSource, projectId: string, reportId: string): Promise<string | null>;
}

/** Checks overrides: a known area at most once, and a reason for each (`input.overrides[i].reason`). */
function checkOverrides(overrides: HealthOverrideInput[], errors: FieldErrors): StoredOverride[] {
  const seen = new Set<string>();
  return overrides.map((o, i) => {
    const reason = (o.reason ?? '').trim();
    if (!reason) errors.add(`input.overrides[${i}].reason`, `Say why ${o.area.toLowerCase()} is ${o.colour.toLowerCase()}: an override needs a reason`);
    else if (reason.length > 2000) errors.add(`input.overrides[${i}].reason`, 'The reason must be at most 2,000 characters');
    if (seen.has(o.area)) errors.add(`input.overrides[${i}].area`, `${o.area.toLowerCase()} is overridden twice`);
    seen.add(o.area);
    return { area: o.area, colour: o.colour, reason };
  });
}

function checkPeriod(start: string, end: string, errors: FieldErrors): void {
  if (!DAY.test(start)) errors.add('input.periodStart', 'The period starts on a date (YYYY-MM-DD)');
  if (!DAY.test(end)) errors.add('input.periodEnd', 'The period ends on a date (YYYY-MM-DD)');
  else if (end < start) errors.add('input.periodEnd', `The period ends (${end}) before it starts (${start})`);
  else if (Date.parse(end) - Date.parse(start) > 366 * 86_400_000) errors.add('input.periodEnd', 'A report covers at most a year');
}

/**
 * Status reports: drafts computed from the live plan, overrides with reasons, publishing that
 * freezes every figure and the narrative, the project's health rules, and stakeholder links.
 */
export class ReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly planning: PlanningServices,
    private readonly narrative: NarrativeSource | null = null,
    private readonly clock: () => Date = () => new Date(),
    private readonly mail: MailService | null = null,
  ) {}

  async list(actor: Actor, projectId: string): Promise<StatusReport[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds.getRepository(StatusReport).find({ where: { projectId }, order: { number: 'DESC' } });
  }

  async get(actor: Actor, id: string): Promise<StatusReport> {
    await authorizeEntity(actor, 'statusReport', id, Permission.PROJECT_READ);
    const r = await this.ds.getRepository(StatusReport).findOneBy({ id });
    if (!r) throw new NotFoundError('Status report');
    return r;
  }

  async byNumber(actor: Actor, projectId: string, number: number): Promise<StatusReport | null> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds.getRepository(StatusReport).findOneBy({ projectId, number });
  }

  /** The project's health rules over the defaults. */
  async rules(actor: Actor, projectId: string): Promise<Rules> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.rulesOf(this.ds, projectId);
  }

  private async rulesOf(m: EntityManager | DataSource, projectId: string): Promise<Rules> {
    const [row] = (await m.query(`SELECT health_rules FROM projects WHERE id = $1`, [projectId])) as { health_rules: Partial<Rules> | null }[];
    return healthRules(row?.health_rules);
  }

  /** Sets the project's thresholds (owners and managers); a field left out returns to its default. */
  async setRules(actor: Actor, projectId: string, input: HealthRulesInput): Promise<Rules> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    const given: Partial<Rules> = {};
    for (const f of RULE_FIELDS) if (input[f] !== undefined && input[f] !== null) given[f] = input[f];
    const rules = healthRules(given);
    const problems = healthRuleProblems(rules);
    if (problems.length) {
      const errors = new FieldErrors();
      for (const p of problems) errors.add(`input.${p.field}`, p.message);
      errors.throwIfAny();
    }
    await this.ds.transaction(async (m) => {
      const before = await this.rulesOf(m, projectId);
      await m.query(`UPDATE projects SET health_rules = $2 WHERE id = $1`, [projectId, Object.keys(given).length ? JSON.stringify(given) : null]);
      await recordActivity(m, projectId, grant.userId, [{ entityType: 'project', entityId: projectId, action: ActivityAction.UPDATED, field: 'healthRules', oldValue: before, newValue: rules }]);
      await publishInTransaction(m, { type: 'register', register: 'statusReport', projectId, action: 'UPDATED', ids: [] });
    });
    return rules;
  }

  /** What the report shows: frozen figures once published, else computed from the live plan now. */
  async figures(actor: Actor, report: StatusReport): Promise<ReportFigures> {
    if (report.status === ReportStatus.PUBLISHED && report.snapshot) return thaw(report.snapshot);
    await can(actor, report.projectId, Permission.PROJECT_READ);
    return this.compute(actor, report);
  }

  /** The narrative shown: frozen once published, else the live document's text (or the stored text). */
  async narrativeOf(report: StatusReport): Promise<string> {
    if (report.status === ReportStatus.PUBLISHED && report.snapshot) return report.snapshot.narrative;
    return (await this.narrative?.text(this.ds, report.projectId, report.id)) ?? report.narrative;
  }

  private async compute(actor: Actor, report: StatusReport): Promise<ReportFigures> {
    const now = this.clock();
    const period: ReportPeriod = { start: report.periodStart, end: report.periodEnd };
    const [sections, rules] = await Promise.all([gatherReport(this.ds, this.planning, actor, report.projectId, period, now), this.rulesOf(this.ds, report.projectId)]);
    const assessed = assessHealth(sections.facts, rules);
    const override = new Map(report.overrides.map((o) => [o.area, o]));
    const areas: ReportAreaHealth[] = assessed.areas.map((a) => {
      const o = override.get(a.area);
      return { area: a.area as HealthAreaName, computed: a.colour as HealthColour, colour: (o?.colour ?? a.colour) as HealthColour, reasons: a.reasons, overrideReason: o?.reason ?? null };
    });
    const computedOverall = worstColour(areas.map((a) => a.colour)) as HealthColour;
    const o = override.get(HealthAreaName.OVERALL);
    const worst = areas.filter((a) => a.colour === computedOverall && computedOverall !== HealthColour.GREEN);
    const overall: ReportAreaHealth = {
      area: HealthAreaName.OVERALL,
      computed: computedOverall,
      colour: (o?.colour ?? computedOverall) as HealthColour,
      reasons: worst.length ? worst.map((a) => `${a.area[0]}${a.area.slice(1).toLowerCase()} is ${a.colour.toLowerCase()}`) : ['Every area is green'],
      overrideReason: o?.reason ?? null,
    };
    const earlier: { number: number; period_end: string; snapshot: ReportSnapshot }[] = await this.ds.query(
      `SELECT number, period_end::text, snapshot FROM status_reports WHERE project_id = $1 AND status = 'PUBLISHED' AND number < $2 ORDER BY number`,
      [report.projectId, report.number],
    );
    const trend: ReportTrendPoint[] = [
      ...earlier.map((r) => ({ number: r.number, periodEnd: r.period_end, spi: r.snapshot.figures.earnedValue?.spi ?? null, cpi: r.snapshot.figures.earnedValue?.cpi ?? null })),
      { number: report.number, periodEnd: report.periodEnd, spi: sections.earnedValue?.spi ?? null, cpi: sections.earnedValue?.cpi ?? null },
    ];
    return {
      computedAt: now,
      currency: sections.currency,
      overall: overall.colour,
      health: [overall, ...areas],
      accomplishments: sections.accomplishments,
      planned: sections.planned,
      milestones: sections.milestones,
      earnedValue: sections.earnedValue,
      trend,
      curve: sections.curve,
      burndown: sections.burndown,
      risks: sections.risks,
      issues: sections.issues,
      changes: sections.changes,
    };
  }

  /** A new draft for the period (default: since the last report, up to today). Owners and managers. */
  async create(actor: Actor, input: StatusReportCreateInput): Promise<StatusReport> {
    const grant = await can(actor, input.projectId, Permission.PROJECT_UPDATE);
    const errors = new FieldErrors();
    errors.text(input.title, 'input.title', 'Title', { max: MAX_TITLE });
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('status-report-number:' || $1))`, [input.projectId]);
      const [last] = (await m.query(`SELECT number, period_end::text FROM status_reports WHERE project_id = $1 ORDER BY number DESC LIMIT 1`, [input.projectId])) as {
        number: number;
        period_end: string;
      }[];
      const [project] = (await m.query(`SELECT start_date::text, created_at FROM projects WHERE id = $1`, [input.projectId])) as { start_date: string | null; created_at: Date }[];
      const today = todayIso(this.clock());
      const end = input.periodEnd ?? today;
      const start = input.periodStart ?? (last ? addDays(last.period_end, 1) : (project?.start_date ?? todayIso(project!.created_at)));
      checkPeriod(start, end, errors);
      errors.throwIfAny();
      const number = (last?.number ?? 0) + 1;
      const repo = m.getRepository(StatusReport);
      const report = await repo.save(
        repo.create({
          projectId: input.projectId,
          number,
          title: input.title?.trim() || `Status report ${number}`,
          periodStart: start,
          periodEnd: end,
          status: ReportStatus.DRAFT,
          overrides: [],
          narrative: '',
          snapshot: null,
          overall: null,
          publishedAt: null,
          publishedById: null,
          createdById: grant.userId,
        }),
      );
      await this.record(m, report, 'CREATED', [{ entityType: 'status_report', entityId: report.id, action: ActivityAction.CREATED, newValue: { number, title: report.title, periodStart: start, periodEnd: end } }], grant.userId);
      return report;
    });
  }

  /** Changes a draft: title, period, overrides (each with a reason), narrative. A published report is frozen. */
  async update(actor: Actor, input: StatusReportUpdateInput): Promise<StatusReport> {
    const grant = await authorizeEntity(actor, 'statusReport', input.id, Permission.PROJECT_UPDATE, 'input.id');
    const errors = new FieldErrors();
    errors.text(input.title, 'input.title', 'Title', { required: input.title !== undefined && input.title !== null, max: MAX_TITLE });
    errors.text(input.narrative, 'input.narrative', 'Narrative', { max: MAX_TEXT });
    const overrides = input.overrides ? checkOverrides(input.overrides, errors) : null;
    return this.ds.transaction(async (m) => {
      const current = await lockVersioned(m, StatusReport, { id: input.id }, input.version, 'Status report');
      if (current.status === ReportStatus.PUBLISHED) throw new ConflictError(`${reportLabel(current)} is published and frozen; start a new report`);
      const start = input.periodStart ?? current.periodStart;
      const end = input.periodEnd ?? current.periodEnd;
      checkPeriod(start, end, errors);
      errors.throwIfAny();
      const after = {
        title: input.title?.trim() ?? current.title,
        periodStart: start,
        periodEnd: end,
        overrides: overrides ?? current.overrides,
        narrative: input.narrative ?? current.narrative,
      };
      const changes: Change[] = [];
      for (const f of ['title', 'periodStart', 'periodEnd', 'overrides', 'narrative'] as const) {
        if (JSON.stringify(after[f]) !== JSON.stringify(current[f])) {
          changes.push({ entityType: 'status_report', entityId: current.id, action: ActivityAction.UPDATED, field: f, oldValue: f === 'narrative' ? null : current[f], newValue: f === 'narrative' ? null : after[f] });
        }
      }
      if (!changes.length) return current;
      const saved = await m.getRepository(StatusReport).save(Object.assign(current, after, { version: current.version + 1 }));
      await this.record(m, saved, 'UPDATED', changes, grant.userId);
      return saved;
    });
  }

  /**
   * Publishes a draft: computes every figure one last time and freezes them with the narrative;
   * from then on the report reads back exactly as published. Emits `report_published` from the
   * transaction (delivery to the audience listens to it).
   */
  async publish(actor: Actor, id: string, version?: number | null): Promise<StatusReport> {
    const grant = await authorizeEntity(actor, 'statusReport', id, Permission.PROJECT_UPDATE, 'id');
    const draft = await this.ds.getRepository(StatusReport).findOneBy({ id });
    if (!draft) throw new NotFoundError('Status report', 'id');
    if (draft.status === ReportStatus.PUBLISHED) throw new ConflictError(`${reportLabel(draft)} is already published`);
    const figures = await this.compute(actor, draft);
    return this.ds.transaction(async (m) => {
      const current = await lockVersioned(m, StatusReport, { id }, version, 'Status report');
      if (current.status === ReportStatus.PUBLISHED) throw new ConflictError(`${reportLabel(current)} is already published`);
      if (JSON.stringify(current.overrides) !== JSON.stringify(draft.overrides) || current.periodStart !== draft.periodStart || current.periodEnd !== draft.periodEnd) {
        throw new ConflictError('The report changed while it was being published; try again', { currentVersion: current.version });
      }
      const narrative = (await this.narrative?.text(m, current.projectId, current.id)) ?? current.narrative;
      const snapshot: ReportSnapshot = { figures: { ...figures, computedAt: figures.computedAt.toISOString() }, narrative };
      const saved = await m.getRepository(StatusReport).save(
        Object.assign(current, { status: ReportStatus.PUBLISHED, snapshot, narrative, overall: figures.overall, publishedAt: this.clock(), publishedById: grant.userId, version: current.version + 1 }),
      );
      await this.record(m, saved, 'UPDATED', [{ entityType: 'status_report', entityId: id, action: ActivityAction.UPDATED, field: 'status', oldValue: ReportStatus.DRAFT, newValue: ReportStatus.PUBLISHED }], grant.userId);
      await publishInTransaction(m, { type: 'report_published', projectId: saved.projectId, reportId: saved.id });
      await this.mailPublished(m, saved, grant.userId);
      return saved;
    });
  }

  /**
   * Sends a published report to the people the communication plan says receive status reports
   * (the audiences of its STATUS_REPORT items), as Markdown, through the outbox in the publishing
   * transaction: a mail server that is down delays the mail, never the report. Opted-out
   * stakeholders are left out by the outbox; once per report (its source key).
   */
  private async mailPublished(m: EntityManager, report: StatusReport, publisherId: string | null): Promise<void> {
    if (!this.mail || !report.snapshot) return;
    const [audience] = (await m.query(
      `SELECT COALESCE(array_agg(DISTINCT s) FILTER (WHERE s IS NOT NULL), '{}') AS stakeholder_ids,
              COALESCE(array_agg(DISTINCT g) FILTER (WHERE g IS NOT NULL), '{}') AS group_ids
         FROM communication_items c
         LEFT JOIN LATERAL unnest(c.audience_stakeholder_ids) s ON true
         LEFT JOIN LATERAL unnest(c.audience_group_ids) g ON true
        WHERE c.project_id = $1 AND c.kind = 'STATUS_REPORT'`,
      [report.projectId],
    )) as { stakeholder_ids: string[]; group_ids: string[] }[];
    if (!audience || (!audience.stakeholder_ids.length && !audience.group_ids.length)) return;
    const [p] = (await m.query(`SELECT p.name, p.key, u.name AS published_by FROM projects p LEFT JOIN users u ON u.id = $2 WHERE p.id = $1`, [report.projectId, publisherId])) as {
      name: string;
      key: string;
      published_by: string | null;
    }[];
    const header: ReportHeader = {
      projectName: p!.name,
      projectKey: p!.key,
      number: report.number,
      title: report.title,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      status: report.status,
      publishedAt: report.publishedAt,
      publishedBy: p!.published_by,
    };
    const figures = thaw(report.snapshot);
    await this.mail.queue(m, {
      projectId: report.projectId,
      kind: OutboxKind.STATUS_REPORT,
      subject: `${p!.name}: ${report.title} (${figures.overall.toLowerCase()})`,
      text: reportMarkdown(header, figures, report.snapshot.narrative),
      audience: { stakeholderIds: audience.stakeholder_ids, groupIds: audience.group_ids },
      createdById: publisherId,
      sourceKey: `report:${report.id}`,
    });
  }

  /** Sets when a published report was published, not later than now (the demo's history; no GraphQL way in). */
  async backdatePublished(id: string, at: Date): Promise<void> {
    await this.ds.query(`UPDATE status_reports SET published_at = LEAST($2::timestamptz, published_at) WHERE id = $1 AND status = 'PUBLISHED'`, [id, at]);
  }

  /** Deletes a draft (a published report stays). */
  async remove(actor: Actor, id: string): Promise<StatusReport> {
    const grant = await authorizeEntity(actor, 'statusReport', id, Permission.PROJECT_UPDATE, 'id');
    return this.ds.transaction(async (m) => {
      const current = await lockVersioned(m, StatusReport, { id }, null, 'Status report');
      if (current.status === ReportStatus.PUBLISHED) throw new ConflictError(`${reportLabel(current)} is published and is kept`);
      await m.getRepository(StatusReport).delete({ id });
      await this.record(m, current, 'DELETED', [{ entityType: 'status_report', entityId: id, action: ActivityAction.DELETED, oldValue: { number: current.number, title: current.title } }], grant.userId);
      return current;
    });
  }

  // ---- stakeholder links ----

  async links(actor: Actor, projectId: string): Promise<ReportLink[]> {
    await can(actor, projectId, Permission.BOARD_TOKEN_MANAGE);
    return this.ds.getRepository(ReportLink).find({ where: { projectId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async createLink(actor: Actor, projectId: string, name: string): Promise<{ token: string; link: ReportLink }> {
    const grant = await can(actor, projectId, Permission.BOARD_TOKEN_MANAGE);
    const clean = name.trim();
    if (!clean || clean.length > 100) throw new BadUserInputError('Give the link a name (1-100 characters)', 'name');
    const token = newSecret(REPORT_LINK_PREFIX);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(ReportLink);
      const link = await repo.save(repo.create({ projectId, name: clean, tokenHash: sha256(token), prefix: token.slice(0, REPORT_LINK_PREFIX.length + 4), createdById: grant.userId, lastUsedAt: null, revokedAt: null }));
      await recordActivity(m, projectId, grant.userId, [{ entityType: 'report_link', entityId: link.id, action: ActivityAction.CREATED, newValue: { name: clean } }]);
      return { token, link };
    });
  }

  async revokeLink(actor: Actor, id: string): Promise<ReportLink> {
    const grant = await authorizeEntity(actor, 'reportLink', id, Permission.BOARD_TOKEN_MANAGE, 'id');
    return this.ds.transaction(async (m) => {
      const link = await m.getRepository(ReportLink).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!link) throw new NotFoundError('Stakeholder link', 'id');
      if (link.revokedAt) throw new ConflictError('This link is already revoked');
      link.revokedAt = this.clock();
      const saved = await m.getRepository(ReportLink).save(link);
      await recordActivity(m, link.projectId, grant.userId, [{ entityType: 'report_link', entityId: id, action: ActivityAction.DELETED, oldValue: { name: link.name } }]);
      return saved;
    });
  }

  /** The project a live link opens, or NOT_FOUND (unknown, malformed or revoked: all the same). */
  async projectOfLink(token: string): Promise<{ projectId: string; name: string; key: string }> {
    if (typeof token !== 'string' || !token.startsWith(REPORT_LINK_PREFIX) || token.length > 200) throw new NotFoundError('Stakeholder link');
    const rows: { project_id: string; name: string; key: string }[] = await this.ds.query(
      `WITH used AS (
         UPDATE report_links l SET last_used_at = now() FROM projects p
          WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND p.id = l.project_id AND p.archived_at IS NULL
          RETURNING l.project_id, p.name, p.key
       ) SELECT * FROM used`,
      [sha256(token)],
    );
    if (!rows[0]) throw new NotFoundError('Stakeholder link');
    return { projectId: rows[0].project_id, name: rows[0].name, key: rows[0].key };
  }

  /** What a stakeholder link shows: the published reports of its project only. */
  async stakeholderView(token: string): Promise<{ projectName: string; projectKey: string; latest: StatusReport | null; reports: StatusReport[] }> {
    const p = await this.projectOfLink(token);
    const reports = await this.ds.getRepository(StatusReport).find({ where: { projectId: p.projectId, status: ReportStatus.PUBLISHED }, order: { number: 'DESC' } });
    return { projectName: p.name, projectKey: p.key, latest: reports[0] ?? null, reports };
  }

  /** One published report through a link (its own project's only). */
  async publishedByLink(token: string, number: number): Promise<StatusReport> {
    const p = await this.projectOfLink(token);
    const r = await this.ds.getRepository(StatusReport).findOneBy({ projectId: p.projectId, number, status: ReportStatus.PUBLISHED });
    if (!r) throw new NotFoundError('Status report');
    return r;
  }

  /** What the Markdown and PDF exports need: header, figures (frozen or live) and narrative. */
  async exportOf(actor: Actor, id: string): Promise<{ header: ReportHeader; figures: ReportFigures; narrative: string }> {
    const report = await this.get(actor, id);
    return this.exportParts(actor, report);
  }

  /** The same through a stakeholder link: published reports of the link's project only. */
  async exportByLink(token: string, number: number): Promise<{ header: ReportHeader; figures: ReportFigures; narrative: string }> {
    const report = await this.publishedByLink(token, number);
    return this.exportParts(null, report);
  }

  private async exportParts(actor: Actor | null, report: StatusReport): Promise<{ header: ReportHeader; figures: ReportFigures; narrative: string }> {
    const [p] = (await this.ds.query(
      `SELECT p.name, p.key, u.name AS published_by FROM projects p LEFT JOIN users u ON u.id = $2 WHERE p.id = $1`,
      [report.projectId, report.publishedById],
    )) as { name: string; key: string; published_by: string | null }[];
    const figures = report.status === ReportStatus.PUBLISHED && report.snapshot ? thaw(report.snapshot) : await this.figures(actor!, report);
    const header: ReportHeader = {
      projectName: p!.name,
      projectKey: p!.key,
      number: report.number,
      title: report.title,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      status: report.status,
      publishedAt: report.publishedAt,
      publishedBy: p!.published_by,
    };
    return { header, figures, narrative: await this.narrativeOf(report) };
  }

  private async record(m: EntityManager, report: StatusReport, action: 'CREATED' | 'UPDATED' | 'DELETED', changes: Change[], actorId: string | null): Promise<void> {
    await recordActivity(m, report.projectId, actorId, changes.map((c) => ({ ...c, subject: c.subject ?? reportLabel(report) })));
    await publishInTransaction(m, { type: 'register', register: 'statusReport', projectId: report.projectId, action, ids: [report.id] });
  }
}

/** The frozen figures as GraphQL returns them. */
function thaw(s: ReportSnapshot): ReportFigures {
  return { ...s.figures, computedAt: new Date(s.figures.computedAt) };
}


