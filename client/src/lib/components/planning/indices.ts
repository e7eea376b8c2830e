/** Reading earned-value indices: SPI and CPI against 1.0, and the wording a status report uses. */
import { formatNumber } from '$lib/format';

export type Health = 'good' | 'watch' | 'bad' | 'none';

/**
 * 1.0 or better is on plan; down to 0.9 is worth watching; below that (0 included: nothing
 * earned against a plan or a cost) is in trouble. An index without a denominator (nothing
 * planned or spent yet) says nothing.
 */
export function indexHealth(value: number | null | undefined): Health {
  if (value == null || !Number.isFinite(value) || value < 0) return 'none';
  if (value >= 1) return 'good';
  if (value >= 0.9) return 'watch';
  return 'bad';
}

/** TCPI is the other way round: above 1.0 the remaining work must be done more cheaply than so far. */
export function tcpiHealth(value: number | null | undefined): Health {
  if (value == null || !Number.isFinite(value) || value <= 0) return 'none';
  if (value <= 1) return 'good';
  if (value <= 1.1) return 'watch';
  return 'bad';
}

/** An index to two decimals, 0.00 included; '—' only when it is undefined (no denominator). */
export function formatIndex(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : formatNumber(value, 2);
}

export function describeSpi(spi: number | null | undefined): string {
  const h = indexHealth(spi);
  if (h === 'none') return 'Nothing planned yet';
  return h === 'good' ? 'On or ahead of schedule' : 'Behind schedule';
}

export function describeCpi(cpi: number | null | undefined): string {
  const h = indexHealth(cpi);
  if (h === 'none') return 'No cost recorded yet';
  return h === 'good' ? 'On or under budget' : 'Over budget';
}

/** The project-level figures the earned-value cards read (as the server reports them). */
export interface EvFigures {
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eacCpi: number | null;
  eacCpiSpi: number | null;
  etc: number | null;
  vac: number | null;
  tcpi: number | null;
}

export type EvCardKey = 'bac' | 'pv' | 'ev' | 'ac' | 'sv' | 'cv' | 'spi' | 'cpi' | 'eac' | 'etc' | 'vac' | 'tcpi';

/** One card: its figure (null only when it is undefined, and then `note` says why), its reading and its colour. */
export interface EvCard {
  value: number | null;
  /** 'money' figures are formatted as currency, 'index' ones to two decimals. */
  kind: 'money' | 'index';
  note: string;
  health: Health;
}

/** How an estimate at completion was reached. */
export type EacMethod = 'cpi' | 'budget-rate';

/** Why CPI has no value, in words; null when it has one. */
function cpiUndefined(f: EvFigures): string | null {
  if (f.ac !== 0) return null;
  return f.ev === 0 ? 'CPI undefined: no cost recorded yet' : 'CPI undefined: work earned but no cost recorded';
}

/**
 * The earned-value cards for a set of figures. Indices keep their value when it is zero (SPI 0.00
 * is "behind schedule", not "nothing planned"). EAC is BAC / CPI while CPI is a positive number;
 * without one (no cost recorded, or cost but nothing earned) the remaining work is taken at the
 * budget rate, EAC = AC + (BAC − EV), and the card says so. ETC and VAC follow that EAC.
 */
export function evCards(f: EvFigures): Record<EvCardKey, EvCard> & { eacMethod: EacMethod } {
  const spiValue = f.pv === 0 ? null : (f.spi ?? f.ev / f.pv);
  const cpiValue = f.ac === 0 ? null : (f.cpi ?? f.ev / f.ac);
  const byCpi = cpiValue !== null && cpiValue > 0;
  const eacMethod: EacMethod = byCpi ? 'cpi' : 'budget-rate';
  const eac = byCpi ? (f.eacCpi ?? f.bac / cpiValue) : f.ac + (f.bac - f.ev);
  const etc = eac - f.ac;
  const vac = f.bac - eac;
  const tcpiValue = f.bac - f.ac === 0 ? null : (f.tcpi ?? (f.bac - f.ev) / (f.bac - f.ac));
  const eacWhy = byCpi
    ? 'BAC ÷ CPI: the remaining work at the cost efficiency so far'
    : `${cpiValue === null ? cpiUndefined(f) : 'CPI is 0: cost recorded but nothing earned yet'}; remaining work at budget rate: AC + (BAC − EV)`;
  const money = (value: number): Health => (value > 0 ? 'good' : value < 0 ? 'bad' : 'none');
  return {
    eacMethod,
    bac: { value: f.bac, kind: 'money', note: f.bac === 0 ? 'The baseline has no costed work' : 'The baseline’s total cost', health: 'none' },
    pv: { value: f.pv, kind: 'money', note: f.pv === 0 ? 'Nothing planned by the status date' : 'Work planned by the status date', health: 'none' },
    ev: { value: f.ev, kind: 'money', note: f.ev === 0 ? 'No work earned yet' : 'Budget of the work done', health: 'none' },
    ac: { value: f.ac, kind: 'money', note: f.ac === 0 ? 'No cost recorded yet' : 'Cost recorded by the status date', health: 'none' },
    sv: {
      value: f.sv,
      kind: 'money',
      note: f.sv > 0 ? 'Ahead of schedule' : f.sv < 0 ? 'Behind schedule' : f.pv === 0 ? 'Nothing planned or earned yet' : 'On schedule',
      health: money(f.sv),
    },
    cv: {
      value: f.cv,
      kind: 'money',
      note: f.cv > 0 ? 'Under budget' : f.cv < 0 ? 'Over budget' : f.ac === 0 ? 'No cost recorded or work earned yet' : 'On budget',
      health: money(f.cv),
    },
    spi: {
      value: spiValue,
      kind: 'index',
      note: spiValue === null ? 'SPI undefined: nothing planned yet' : spiValue === 0 ? 'Behind schedule: no work earned yet' : describeSpi(spiValue),
      health: spiValue === null ? 'none' : spiValue === 0 ? 'bad' : indexHealth(spiValue),
    },
    cpi: {
      value: cpiValue,
      kind: 'index',
      note: cpiValue === null ? cpiUndefined(f)! : cpiValue === 0 ? 'Over budget: cost recorded but no work earned' : describeCpi(cpiValue),
      health: cpiValue === null ? 'none' : cpiValue === 0 ? 'bad' : indexHealth(cpiValue),
    },
    eac: { value: eac, kind: 'money', note: eacWhy, health: 'none' },
    etc: { value: etc, kind: 'money', note: 'EAC − AC: still to spend', health: 'none' },
    vac: {
      value: vac,
      kind: 'money',
      note: vac > 0 ? 'Under budget at this pace' : vac < 0 ? 'Over budget at this pace' : 'On budget at this pace',
      health: vac >= 0 ? 'good' : 'bad',
    },
    tcpi: {
      value: tcpiValue,
      kind: 'index',
      note:
        tcpiValue === null
          ? f.bac === 0
            ? 'TCPI undefined: the baseline has no budget'
            : 'TCPI undefined: the whole budget is already spent'
          : tcpiValue < 0
            ? 'Budget already overrun: it cannot be met any more'
            : 'Efficiency needed from here to finish on budget',
      health: tcpiValue === null || tcpiValue < 0 ? (tcpiValue === null ? 'none' : 'bad') : tcpiValue === 0 ? 'good' : tcpiHealth(tcpiValue),
    },
  };
}

/** A card's figure as text; an undefined one reads "n/a" (its note says why). */
export function formatCard(card: EvCard, money: (n: number) => string): string {
  if (card.value === null || !Number.isFinite(card.value)) return 'n/a';
  return card.kind === 'money' ? money(card.value) : formatNumber(card.value, 2);
}
