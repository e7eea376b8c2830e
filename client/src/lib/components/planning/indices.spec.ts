import { describe, expect, it } from 'vitest';
import { evCards, formatCard, type EvFigures } from './indices.js';

const BAC = 20_000;

/** The figures as the server reports them: a ratio with a zero divisor is null. */
function figures(pv: number, ev: number, ac: number): EvFigures {
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const spi = ratio(ev, pv);
  const cpi = ratio(ev, ac);
  const eacCpi = cpi === null ? null : ratio(BAC, cpi);
  const eacCpiSpi = cpi === null || spi === null || cpi * spi === 0 ? null : ac + (BAC - ev) / (cpi * spi);
  return {
    bac: BAC,
    pv,
    ev,
    ac,
    sv: ev - pv,
    cv: ev - ac,
    spi,
    cpi,
    eacCpi,
    eacCpiSpi,
    etc: eacCpi === null ? null : eacCpi - ac,
    vac: eacCpi === null ? null : BAC - eacCpi,
    tcpi: ratio(BAC - ev, BAC - ac),
  };
}

const money = (n: number) => `€${Math.round(n)}`;

// PV, EV and AC each at zero and not: the text every card shows.
const cases: { pv: number; ev: number; ac: number; spi: string; spiNote: string; cpi: string; cpiNote: string; eac: string; etc: string; vac: string; tcpi: string; method: 'cpi' | 'budget-rate' }[] = [
  { pv: 0, ev: 0, ac: 0, spi: 'n/a', spiNote: 'SPI undefined: nothing planned yet', cpi: 'n/a', cpiNote: 'CPI undefined: no cost recorded yet', eac: '€20000', etc: '€20000', vac: '€0', tcpi: '1.00', method: 'budget-rate' },
  { pv: 14_160, ev: 0, ac: 0, spi: '0.00', spiNote: 'Behind schedule: no work earned yet', cpi: 'n/a', cpiNote: 'CPI undefined: no cost recorded yet', eac: '€20000', etc: '€20000', vac: '€0', tcpi: '1.00', method: 'budget-rate' },
  { pv: 0, ev: 4_000, ac: 0, spi: 'n/a', spiNote: 'SPI undefined: nothing planned yet', cpi: 'n/a', cpiNote: 'CPI undefined: work earned but no cost recorded', eac: '€16000', etc: '€16000', vac: '€4000', tcpi: '0.80', method: 'budget-rate' },
  { pv: 0, ev: 0, ac: 5_000, spi: 'n/a', spiNote: 'SPI undefined: nothing planned yet', cpi: '0.00', cpiNote: 'Over budget: cost recorded but no work earned', eac: '€25000', etc: '€20000', vac: '€-5000', tcpi: '1.33', method: 'budget-rate' },
  { pv: 8_000, ev: 4_000, ac: 0, spi: '0.50', spiNote: 'Behind schedule', cpi: 'n/a', cpiNote: 'CPI undefined: work earned but no cost recorded', eac: '€16000', etc: '€16000', vac: '€4000', tcpi: '0.80', method: 'budget-rate' },
  { pv: 8_000, ev: 0, ac: 5_000, spi: '0.00', spiNote: 'Behind schedule: no work earned yet', cpi: '0.00', cpiNote: 'Over budget: cost recorded but no work earned', eac: '€25000', etc: '€20000', vac: '€-5000', tcpi: '1.33', method: 'budget-rate' },
  { pv: 0, ev: 4_000, ac: 5_000, spi: 'n/a', spiNote: 'SPI undefined: nothing planned yet', cpi: '0.80', cpiNote: 'Over budget', eac: '€25000', etc: '€20000', vac: '€-5000', tcpi: '1.07', method: 'cpi' },
  { pv: 8_000, ev: 8_000, ac: 4_000, spi: '1.00', spiNote: 'On or ahead of schedule', cpi: '2.00', cpiNote: 'On or under budget', eac: '€10000', etc: '€6000', vac: '€10000', tcpi: '0.75', method: 'cpi' },
];

describe('evCards', () => {
  it.each(cases)('PV $pv, EV $ev, AC $ac', (c) => {
    const f = figures(c.pv, c.ev, c.ac);
    const cards = evCards(f);
    expect(formatCard(cards.bac, money)).toBe('€20000');
    expect(formatCard(cards.pv, money)).toBe(money(c.pv));
    expect(formatCard(cards.ev, money)).toBe(money(c.ev));
    expect(formatCard(cards.ac, money)).toBe(money(c.ac));
    expect(formatCard(cards.sv, money)).toBe(money(c.ev - c.pv));
    expect(formatCard(cards.cv, money)).toBe(money(c.ev - c.ac));
    expect(formatCard(cards.spi, money)).toBe(c.spi);
    expect(cards.spi.note).toBe(c.spiNote);
    expect(formatCard(cards.cpi, money)).toBe(c.cpi);
    expect(cards.cpi.note).toBe(c.cpiNote);
    expect(formatCard(cards.eac, money)).toBe(c.eac);
    expect(formatCard(cards.etc, money)).toBe(c.etc);
    expect(formatCard(cards.vac, money)).toBe(c.vac);
    expect(formatCard(cards.tcpi, money)).toBe(c.tcpi);
    expect(cards.eacMethod).toBe(c.method);
    // "Nothing planned" only when nothing is planned.
    expect(cards.spi.note.includes('nothing planned')).toBe(c.pv === 0);
    // An undefined figure always says why.
    for (const card of Object.values(cards)) {
      if (typeof card === 'object' && card.value === null) expect(card.note).toMatch(/undefined: /);
    }
  });

  it('reads SPI 0.00 as behind schedule, not as nothing planned', () => {
    const cards = evCards(figures(14_160, 0, 0));
    expect(cards.spi.health).toBe('bad');
    expect(cards.eac.note).toContain('CPI undefined: no cost recorded yet');
    expect(cards.eac.note).toContain('AC + (BAC − EV)');
  });

  it('explains TCPI when the budget is spent or absent', () => {
    expect(evCards(figures(8_000, 4_000, BAC)).tcpi.note).toBe('TCPI undefined: the whole budget is already spent');
    expect(evCards({ ...figures(0, 0, 0), bac: 0, tcpi: null }).tcpi.note).toBe('TCPI undefined: the baseline has no budget');
  });
});
