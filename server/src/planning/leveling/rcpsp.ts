import { compileProblem, type CompiledProblem, type RcpspProblem } from './problem.js';
import { SeededRandom } from './random.js';
import { ScheduleBuilder } from './schedule-builder.js';

export type { LinkType, RcpspProblem, RcpspSuccessor } from './problem.js';
export { RcpspInputError } from './problem.js';

export interface RcpspOptions {
  /** Budget of generated schedules (every SGS pass counts, justification passes included). Default 5,000. */
  maxSchedules?: number;
  /** Seed of the pseudo-random generator: the same problem and seed give the same answer. Default 1. */
  seed?: number;
  /** Stop after this many milliseconds even if schedules remain in the budget. */
  timeLimitMs?: number;
}

export interface RcpspSolution {
  /** Start period of every activity (fixed activities at their given start). */
  starts: number[];
  makespan: number;
  /** Schedules generated to find it. */
  schedules: number;
}

/** Schedules that one evaluation uses: the decode and the two justification passes. */
const SCHEDULES_PER_EVALUATION = 3;

/**
 * Minimises the makespan of a single-mode RCPSP with a genetic algorithm on activity lists
 * (Hartmann 1998): serial SGS decoding, double justification of every decoded schedule whose
 * result replaces the genotype (so lists are always in start order), two-point and peak
 * crossover, adjacent-swap mutation, and survival of the best distinct individuals. The
 * initial population comes from regret-based biased random sampling on latest finish times,
 * seeded with the plain latest-finish-time rule. It stops early at a lower bound.
 *
 * Lists always put predecessors first. With FF/SF links or leads longer than the predecessor
 * (negative start-to-start distances) an optimal schedule may need a successor to start
 * before its predecessor, which this search never tries: its schedules stay feasible, but may
 * then be longer than the optimum.
 */
export function solveRcpsp(problem: RcpspProblem, options: RcpspOptions = {}): RcpspSolution {
  const compiled = compileProblem(problem);
  const search = new GeneticSearch(compiled, options);
  return search.run();
}

interface Individual {
  /** Activity list; after justification, the movable activities in start order. */
  list: Int32Array;
  /** Start of every activity in the individual's schedule. */
  start: Int32Array;
  makespan: number;
  /** Cheap fingerprint of the list, to keep copies of one schedule out of the population. */
  hash: number;
}

class GeneticSearch {
  private readonly builder: ScheduleBuilder;
  private readonly random: SeededRandom;
  private readonly budget: number;
  private readonly deadline: number;
  private readonly size: number;
  private readonly taken: Uint8Array;
  /** Resource weight of each activity: its demands as shares of the capacities, summed. */
  private readonly weight: Float64Array;
  private readonly usage: Float64Array;
  private bestMakespan = Number.POSITIVE_INFINITY;
  private readonly bestStart: Int32Array;

  constructor(
    private readonly p: CompiledProblem,
    options: RcpspOptions,
  ) {
    this.builder = new ScheduleBuilder(p);
    this.random = new SeededRandom(options.seed ?? 1);
    this.budget = Math.max(1, Math.floor(options.maxSchedules ?? 5000));
    this.deadline = options.timeLimitMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeLimitMs;
    this.size = populationSize(this.budget);
    this.taken = new Uint8Array(p.activityCount);
    this.weight = resourceWeights(p);
    this.usage = new Float64Array(p.horizon + 1);
    this.bestStart = Int32Array.from(p.fixedStart);
  }

  run(): RcpspSolution {
    const p = this.p;
    if (p.movable.length > 0) {
      let population = this.initialPopulation();
      while (this.canEvaluate() && !this.optimal()) {
        population = this.nextGeneration(population);
      }
    } else {
      this.bestMakespan = p.fixedMakespan;
    }
    return {
      starts: Array.from(this.bestStart),
      makespan: this.bestMakespan,
      schedules: this.builder.generated,
    };
  }

  private canEvaluate(): boolean {
    return this.builder.generated < this.budget && Date.now() < this.deadline;
  }

  private optimal(): boolean {
    return this.bestMakespan <= this.p.lowerBound;
  }

  /** Decodes `list`, justifies the schedule when the budget allows, and rewrites `list` to match it. */
  private evaluate(list: Int32Array): Individual {
    const builder = this.builder;
    let makespan = builder.decode(list);
    if (builder.generated + 2 <= this.budget) {
      makespan = builder.justify(makespan);
      builder.listByStart(list);
    }
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStart.set(builder.start);
    }
    return { list, makespan, start: builder.start.slice(), hash: fingerprint(list) };
  }

  private initialPopulation(): Individual[] {
    const population: Individual[] = [this.evaluate(this.sampleList(Number.POSITIVE_INFINITY))];
    while (population.length < this.size && this.canEvaluate() && !this.optimal()) {
      population.push(this.evaluate(this.sampleList(1)));
    }
    return this.refill(survivors(population, this.size));
  }

  /**
   * Regret-based biased random sampling (Drexl 1991) on latest finish times: among the eligible
   * activities, the probability of picking i grows with (max LFT - LFT_i + 1)^bias. An infinite
   * bias degenerates into the deterministic LFT rule.
   */
  private sampleList(bias: number): Int32Array {
    const p = this.p;
    const m = p.movable.length;
    const list = new Int32Array(m);
    const remainingPredecessors = new Int32Array(p.activityCount);
    for (const i of p.movable) {
      for (let k = p.predStart[i]; k < p.predStart[i + 1]; k++) {
        if (!p.fixed[p.predSource[k]]) remainingPredecessors[i]++;
      }
    }
    const eligible: number[] = Array.from(p.movable).filter((i) => remainingPredecessors[i] === 0);
    const weights: number[] = [];
    for (let position = 0; position < m; position++) {
      const pick = bias === Number.POSITIVE_INFINITY ? this.mostUrgent(eligible) : this.biasedPick(eligible, bias, weights);
      const i = eligible[pick];
      eligible[pick] = eligible[eligible.length - 1];
      eligible.pop();
      list[position] = i;
      for (let k = p.succStart[i]; k < p.succStart[i + 1]; k++) {
        const j = p.succTarget[k];
        if (!p.fixed[j] && --remainingPredecessors[j] === 0) eligible.push(j);
      }
    }
    return list;
  }

  private mostUrgent(eligible: number[]): number {
    const { latestFinish, topoRank } = this.p;
    let best = 0;
    for (let e = 1; e < eligible.length; e++) {
      const a = eligible[e];
      const b = eligible[best];
      if (latestFinish[a] < latestFinish[b] || (latestFinish[a] === latestFinish[b] && topoRank[a] < topoRank[b])) best = e;
    }
    return best;
  }

  private biasedPick(eligible: number[], bias: number, weights: number[]): number {
    const latestFinish = this.p.latestFinish;
    let worst = Number.NEGATIVE_INFINITY;
    for (const i of eligible) worst = Math.max(worst, latestFinish[i]);
    let total = 0;
    weights.length = eligible.length;
    for (let e = 0; e < eligible.length; e++) {
      weights[e] = Math.pow(worst - latestFinish[eligible[e]] + 1, bias);
      total += weights[e];
    }
    let target = this.random.next() * total;
    for (let e = 0; e < eligible.length; e++) {
      target -= weights[e];
      if (target < 0) return e;
    }
    return eligible.length - 1;
  }

  private nextGeneration(population: Individual[]): Individual[] {
    const order = population.map((_, index) => index);
    shuffle(order, this.random);
    const children: Individual[] = [];
    for (let pair = 0; pair + 1 < order.length; pair += 2) {
      const mother = population[order[pair]];
      const father = population[order[pair + 1]];
      for (const [first, second] of [
        [mother, father],
        [father, mother],
      ]) {
        if (!this.canEvaluate() || this.optimal()) break;
        const child = this.crossover(first, second);
        this.mutate(child);
        children.push(this.evaluate(child));
      }
    }
    return this.refill(survivors(population.concat(children), this.size));
  }

  /**
   * Tops the population up with fresh samples when copies were weeded out. It also guarantees
   * progress: a population of one schedule would otherwise breed nothing.
   */
  private refill(population: Individual[]): Individual[] {
    while (population.length < Math.max(2, this.size / 2) && this.canEvaluate() && !this.optimal()) {
      population.push(this.evaluate(this.sampleList(1)));
    }
    return population;
  }

  private crossover(first: Individual, second: Individual): Int32Array {
    if (!this.p.hasNegativeDistance && this.random.next() < PEAK_CROSSOVER_SHARE) return this.peakCrossover(first, second);
    return this.twoPointCrossover(first.list, second.list);
  }

  /**
   * Peak crossover (after Valls, Ballestín & Quintanilla 2008): the child keeps the busiest
   * stretch of `first`'s schedule, the activities it starts in the time window where its
   * resources are most used, as one block in `first`'s order; the activities that `first`
   * starts before the window come before the block and those after it after the block, each
   * group in `second`'s order. Blocks follow start times, so precedence order is kept.
   */
  private peakCrossover(first: Individual, second: Individual): Int32Array {
    const p = this.p;
    const makespan = first.makespan;
    const usage = this.usage;
    usage.fill(0, 0, makespan + 1);
    for (const i of p.movable) {
      const start = first.start[i];
      usage[start] += this.weight[i];
      usage[start + p.duration[i]] -= this.weight[i];
    }
    for (let t = 1; t <= makespan; t++) usage[t] += usage[t - 1];
    const length = Math.max(1, Math.round(makespan * (0.15 + 0.35 * this.random.next())));
    let windowSum = 0;
    for (let t = 0; t < Math.min(length, makespan); t++) windowSum += usage[t];
    let bestSum = windowSum;
    let windowStart = 0;
    for (let t = length; t < makespan; t++) {
      windowSum += usage[t] - usage[t - length];
      if (windowSum > bestSum) {
        bestSum = windowSum;
        windowStart = t - length + 1;
      }
    }
    const windowEnd = windowStart + length;
    const m = first.list.length;
    const child = new Int32Array(m);
    let written = 0;
    for (let k = 0; k < m; k++) if (first.start[second.list[k]] < windowStart) child[written++] = second.list[k];
    for (let k = 0; k < m; k++) {
      const start = first.start[first.list[k]];
      if (start >= windowStart && start < windowEnd) child[written++] = first.list[k];
    }
    for (let k = 0; k < m; k++) if (first.start[second.list[k]] >= windowEnd) child[written++] = second.list[k];
    return child;
  }

  /** Child = first's positions [0, q1), then second's order up to q2 activities, then first's order. */
  private twoPointCrossover(first: Int32Array, second: Int32Array): Int32Array {
    const m = first.length;
    const child = new Int32Array(m);
    const taken = this.taken;
    taken.fill(0);
    let q1 = this.random.below(m + 1);
    let q2 = this.random.below(m + 1);
    if (q1 > q2) [q1, q2] = [q2, q1];
    let written = 0;
    for (; written < q1; written++) {
      child[written] = first[written];
      taken[first[written]] = 1;
    }
    for (let k = 0; written < q2; k++) {
      const i = second[k];
      if (!taken[i]) {
        child[written++] = i;
        taken[i] = 1;
      }
    }
    for (let k = 0; written < m; k++) {
      const i = first[k];
      if (!taken[i]) {
        child[written++] = i;
        taken[i] = 1;
      }
    }
    return child;
  }

  /** Swaps neighbours with a small probability when no precedence relation links them. */
  private mutate(list: Int32Array): void {
    const probability = MUTATION_RATE;
    for (let position = 0; position + 1 < list.length; position++) {
      if (this.random.next() >= probability) continue;
      const a = list[position];
      const b = list[position + 1];
      if (!this.related(a, b)) {
        list[position] = b;
        list[position + 1] = a;
      }
    }
  }

  private related(a: number, b: number): boolean {
    const p = this.p;
    for (let k = p.succStart[a]; k < p.succStart[a + 1]; k++) if (p.succTarget[k] === b) return true;
    return false;
  }
}

const MUTATION_RATE = 0.05;
/** Share of children bred by peak crossover; the rest by two-point crossover. */
const PEAK_CROSSOVER_SHARE = 0.5;

function resourceWeights(p: CompiledProblem): Float64Array {
  const weight = new Float64Array(p.activityCount);
  for (let i = 0; i < p.activityCount; i++) {
    for (let k = p.demandStart[i]; k < p.demandStart[i + 1]; k++) {
      const r = p.demandResource[k];
      const lasting = p.baseAvailability[r * p.horizon + p.horizon - 1];
      weight[i] += p.demandAmount[k] / Math.max(1, lasting);
    }
  }
  return weight;
}

function populationSize(budget: number): number {
  const evaluations = budget / SCHEDULES_PER_EVALUATION;
  return Math.max(4, Math.min(80, Math.round(evaluations / 40)) & ~1);
}

/** Best `size` individuals with distinct lists; among equal makespans the later (younger) ones win. */
function survivors(pool: Individual[], size: number): Individual[] {
  const ranked = pool.map((individual, index) => ({ individual, index }));
  ranked.sort((a, b) => a.individual.makespan - b.individual.makespan || b.index - a.index);
  const kept: Individual[] = [];
  const seen = new Set<number>();
  for (const { individual } of ranked) {
    if (seen.has(individual.hash)) continue;
    seen.add(individual.hash);
    kept.push(individual);
    if (kept.length === size) break;
  }
  return kept;
}

function fingerprint(list: Int32Array): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < list.length; index++) hash = Math.imul(hash ^ list[index], 0x01000193);
  return hash >>> 0;
}

function shuffle(values: number[], random: SeededRandom): void {
  for (let index = values.length - 1; index > 0; index--) {
    const other = random.below(index + 1);
    [values[index], values[other]] = [values[other], values[index]];
  }
}
