import { describe, expect, it } from 'vitest';
import { assessHealth, healthRuleProblems, healthRules, type HealthFacts } from './health.js';

const calm: HealthFacts = {
  spi: 1.01,
  cpi: 0.99,
  milestones: [{ name: 'Go-live', baselineFinish: '2027-03-10', forecastFinish: '2027-03-10' }],
  risks: [{ title: 'Vendor late', score: 6 }],
  issues: [{ title: 'Printer driver', severity: 'LOW', blocking: false, overdue: false }],
  budget: 100_000,
  approvedChangeCost: 0,
  pendingChanges: [],
};

const colour = (facts: Partial<HealthFacts>, area: string) => assessHealth({ ...calm, ...facts }).areas.find((a) => a.area === area)!;

describe('project health', () => {
  it('is green everywhere for a project on plan, each area saying why', () => {
    const h = assessHealth(calm);
    expect(h.overall).toBe('GREEN');
    for (const a of h.areas) expect(a.reasons.length).toBeGreaterThan(0);
    expect(colour({}, 'SCHEDULE').reasons).toContain('SPI 1.01 is at or above 0.95');
  });

  it('turns SPI and CPI amber below 0.95 and red below 0.85', () => {
    expect(colour({ spi: 0.9 }, 'SCHEDULE').colour).toBe('AMBER');
    expect(colour({ spi: 0.84 }, 'SCHEDULE')).toMatchObject({ colour: 'RED', reasons: ['SPI 0.84 is below 0.85'] });
    expect(colour({ cpi: 0.95 }, 'COST').colour).toBe('GREEN');
    expect(colour({ cpi: 0.94 }, 'COST').colour).toBe('AMBER');
    expect(assessHealth({ ...calm, cpi: 0.5 }).overall).toBe('RED');
  });

  it('flags a milestone forecast past its baseline, red beyond ten days', () => {
    const late = (forecastFinish: string) => colour({ milestones: [{ name: 'Go-live', baselineFinish: '2027-03-10', forecastFinish }] }, 'SCHEDULE');
    expect(late('2027-03-12')).toMatchObject({ colour: 'AMBER', reasons: ['Go-live is forecast 2 days after its baseline (2027-03-10)'] });
    expect(late('2027-03-21').colour).toBe('RED');
    expect(late('2027-03-01').colour).toBe('GREEN');
  });

  it('judges risks by score and issues by blocking and severity', () => {
    expect(colour({ risks: [{ title: 'Data loss', score: 16 }] }, 'RISKS').colour).toBe('RED');
    expect(colour({ risks: [{ title: 'Data loss', score: 9 }] }, 'RISKS').colour).toBe('AMBER');
    expect(colour({ issues: [{ title: 'No VPN', severity: 'LOW', blocking: true, overdue: true }] }, 'ISSUES').colour).toBe('RED');
    expect(colour({ issues: [{ title: 'No VPN', severity: 'HIGH', blocking: false, overdue: false }] }, 'ISSUES').colour).toBe('AMBER');
  });

  it('stays green with a reason when there is no baseline, never failing', () => {
    const h = assessHealth({ ...calm, spi: null, cpi: null, milestones: [], budget: null });
    expect(h.overall).toBe('GREEN');
    expect(h.areas[0]!.reasons).toEqual(['No baseline to measure the schedule against']);
  });

  it('measures scope growth against the budget and waiting change requests', () => {
    expect(colour({ approvedChangeCost: 6_000 }, 'SCOPE').colour).toBe('AMBER');
    expect(colour({ approvedChangeCost: 12_000 }, 'SCOPE').colour).toBe('RED');
    expect(colour({ pendingChanges: [{ title: 'CR-4', waitingDays: 20 }] }, 'SCOPE').colour).toBe('AMBER');
  });

  it('takes a project\'s own thresholds over the defaults and checks them', () => {
    const rules = healthRules({ spiAmber: 0.9 });
    expect(assessHealth({ ...calm, spi: 0.92 }, rules).areas[0]!.colour).toBe('GREEN');
    expect(healthRuleProblems(healthRules({ spiRed: 0.99 }))).toEqual([{ field: 'spiRed', message: 'SPI red must be below SPI amber' }]);
    expect(healthRuleProblems(healthRules({ riskRedScore: -1 }))[0]!.field).toBe('riskRedScore');
  });
});
