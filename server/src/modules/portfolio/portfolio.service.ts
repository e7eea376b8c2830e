import type { DataSource } from 'typeorm';
import { assessHealth, healthRules, type HealthRules } from '@trellis/schema/health';
import type { Actor } from '../../common/actor.js';
import { requireUser } from '../../common/access.js';
import type { Methodology, ProjectStatus } from '../project/index.js';
import type { ScheduleForecast } from '../planning/index.js';
import { projectFigures, factsOf, type ProjectFigures } from './health-facts.js';
import { HealthColour, PortfolioSort, type HealthArea, type Portfolio, type PortfolioFilter, type PortfolioProject } from './portfolio.types.js';

const RANK: Record<HealthColour, number> = { GREEN: 0, AMBER: 1, RED: 2 };
const DAY = 86_400_000;
/** Projects whose figures are kept between requests (a few hundred bytes each). */
const CACHED_PROJECTS = 20_000;

export interface PortfolioOptions {
  /** Today's date, 'YYYY-MM-DD' (injectable for tests). */
  today?: () => string;
}

/** The computed schedules' forecasts of many projects (the planning module's ScheduleService.forecasts). */
export interface ForecastSource {
  forecasts(projectIds: readonly string[]): Promise<Map<string, ScheduleForecast>>;
}

interface Visible {
  id: string;
  change: string | null;
  key: string;
  name: string;
  status: ProjectStatus;
  methodology: Methodology;
  currency: string;
  /** The project's own health rules over the defaults (Settings of its status reports), read with the list. */
  health_rules: Partial<HealthRules> | null;
}

/** Every project a person can see with its headline figures and health, in a constant number of statements. */
export class PortfolioService {
  private readonly today: () => string;
  /** Figures by project, with the day and change number they were computed at. */
  private readonly cache = new Map<string, { key: string; figures: ProjectFigures }>();

  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ForecastSource,
    opts: PortfolioOptions = {},
  ) {
    this.today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  }

  async forViewer(actor: Actor, filter: PortfolioFilter | null | undefined, sort: PortfolioSort | null | undefined, descending: boolean | null | undefined): Promise<Portfolio> {
    // A person sees the projects they are a member of: the same rule as the project list.
    const userId = requireUser(actor);
    const today = this.today();
    const visible: Visible[] = await this.ds.query(
      `SELECT p.id, p.key, p.name, p.status, p.methodology, p.currency, p.health_rules, pc.change::text AS change
         FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = $1
         LEFT JOIN project_changes pc ON pc.project_id = p.id
        WHERE ($2::boolean OR p.archived_at IS NULL)`,
      [userId, !!filter?.includeArchived],
    );
    const ids = visible.map((p) => p.id);
    const [figures, managerRows] = await Promise.all([
      this.figures(visible, today),
      ids.length
        ? (this.ds.query(
            `SELECT pm.project_id, u.id, u.name FROM project_members pm JOIN users u ON u.id = pm.user_id
              WHERE pm.project_id = ANY($1::uuid[]) AND pm.role IN ('OWNER', 'MANAGER') ORDER BY u.name, u.id`,
            [ids],
          ) as Promise<{ project_id: string; id: string; name: string }[]>)
        : Promise.resolve([]),
    ]);
    const managersOf = new Map<string, { id: string; name: string }[]>();
    for (const r of managerRows) (managersOf.get(r.project_id) ?? managersOf.set(r.project_id, []).get(r.project_id)!).push({ id: r.id, name: r.name });
    const rows = visible.flatMap(({ change: _change, ...p }) => {
      const f = figures.get(p.id);
      return f ? [this.row(p, f, managersOf.get(p.id) ?? [])] : [];
    });
    const allManagers = new Map<string, string>();
    for (const r of managerRows) allManagers.set(r.id, r.name);
    const kept = rows.filter(
      (r) =>
        (!filter?.status?.length || filter.status.includes(r.status)) &&
        (!filter?.methodology?.length || filter.methodology.includes(r.methodology)) &&
        (!filter?.managerId || r.managers.some((m) => m.id === filter.managerId)) &&
        (!filter?.health?.length || filter.health.includes(r.health.overall)),
    );
    return {
      projects: sorted(kept, sort ?? PortfolioSort.NAME, !!descending),
      total: rows.length,
      managers: [...allManagers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  /**
   * Each project's figures, computed again only for the projects written to since they were last
   * computed (every write to a project takes its next change number, ADR 0004) or on a new day: in
   * the same few set-based statements for any number of them, and none when nothing changed.
   *
   * Forecasts (the project's finish, its milestones') are the computed schedule's, the dates the
   * Gantt shows: the schedule service records them with the plan's fingerprint whenever it computes
   * a schedule, and one more statement reads those of the projects written to, checked against
   * their plans' fingerprints. A project whose plan changed since its schedule was last computed
   * (a write nobody has looked at the Gantt of since) is scheduled here, one at a time: a wait of
   * its schedule's computation rather than a forecast older than its plan, one truth. The first
   * request after many plans changed pays for all of them (the bench measures it); a write that does
   * not touch the plan (a risk, an issue, a cost entry) does not make its record stale.
   */
  private async figures(visible: Visible[], today: string): Promise<Map<string, ProjectFigures>> {
    const out = new Map<string, ProjectFigures>();
    const stale: string[] = [];
    for (const p of visible) {
      const hit = this.cache.get(p.id);
      if (hit && hit.key === `${today}/${p.change}`) out.set(p.id, hit.figures);
      else stale.push(p.id);
    }
    if (!stale.length) return out;
    const fresh = await projectFigures(this.ds, stale, today, this.schedules.forecasts(stale));
    const changeOf = new Map(visible.map((p) => [p.id, p.change]));
    for (const [id, f] of fresh) {
      out.set(id, f);
      this.cache.delete(id);
      this.cache.set(id, { key: `${today}/${changeOf.get(id)}`, figures: f });
    }
    // The least recently computed go first when the cache is full.
    for (const id of this.cache.keys()) {
      if (this.cache.size <= CACHED_PROJECTS) break;
      this.cache.delete(id);
    }
    return out;
  }

  private row(p: Omit<Visible, 'change'>, f: ProjectFigures, managers: { id: string; name: string }[]): PortfolioProject {
    const { health_rules: rules, ...shown } = p;
    const health = assessHealth(factsOf(f), healthRules(rules));
    const next = f.milestones.filter((m) => !m.completed).sort((a, b) => (a.forecastFinish ?? '9999').localeCompare(b.forecastFinish ?? '9999'))[0];
    const top = f.risks[0];
    const variance =
      f.forecastFinish && f.baselineFinish ? Math.round((Date.parse(`${f.forecastFinish}T00:00:00Z`) - Date.parse(`${f.baselineFinish}T00:00:00Z`)) / DAY) : null;
    return {
      ...shown,
      managers,
      statusDate: f.statusDate,
      health: {
        overall: health.overall as HealthColour,
        areas: health.areas.map((a) => ({ area: a.area as HealthArea, colour: a.colour as HealthColour, reasons: a.reasons })),
      },
      percentComplete: f.percentComplete,
      hasBaseline: f.baselineId !== null,
      spi: f.spi,
      cpi: f.cpi,
      bac: f.bac,
      pv: f.pv,
      ev: f.ev,
      ac: f.ac,
      baselineFinish: f.baselineFinish,
      forecastFinish: f.forecastFinish,
      finishVarianceDays: variance,
      budget: f.budget,
      budgetBurnPercent: f.budget ? Math.round((f.ac / f.budget) * 1000) / 10 : null,
      topRisk: top ? { id: top.id, key: `${p.key}-R${top.number}`, title: top.title, score: top.score } : null,
      openIssues: f.issues.length,
      openBlockingIssues: f.issues.filter((i) => i.blocking).length,
      nextMilestone: next ? { id: next.id, key: `${p.key}-${next.number}`, name: next.name, baselineFinish: next.baselineFinish, forecastFinish: next.forecastFinish } : null,
    };
  }
}

type Key = number | string | null;
const keys: Record<PortfolioSort, (r: PortfolioProject) => Key> = {
  NAME: () => null,
  HEALTH: (r) => RANK[r.health.overall],
  PERCENT_COMPLETE: (r) => r.percentComplete,
  SPI: (r) => r.spi,
  CPI: (r) => r.cpi,
  FORECAST_FINISH: (r) => r.forecastFinish,
  FINISH_VARIANCE: (r) => r.finishVarianceDays,
  BUDGET_BURN: (r) => r.budgetBurnPercent,
  OPEN_ISSUES: (r) => r.openIssues,
  NEXT_MILESTONE: (r) => r.nextMilestone?.forecastFinish ?? null,
};

/** Ordered by `sort` (empty values last either way), then by name. */
function sorted(rows: PortfolioProject[], sort: PortfolioSort, descending: boolean): PortfolioProject[] {
  const key = keys[sort];
  const byName = (a: PortfolioProject, b: PortfolioProject) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
  return [...rows].sort((a, b) => {
    if (sort === PortfolioSort.NAME) return descending ? byName(b, a) : byName(a, b);
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (descending ? -c : c) || byName(a, b);
  });
}
