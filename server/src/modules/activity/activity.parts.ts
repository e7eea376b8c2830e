import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { valueText, type Line, sentenceOf } from './activity.describe.js';

export enum ActivityPartKind {
  TEXT = 'TEXT',
  DATE = 'DATE',
  MONEY = 'MONEY',
  COUNT = 'COUNT',
}
registerEnumType(ActivityPartKind, {
  name: 'ActivityPartKind',
  description: 'What a piece of an activity line is: words, or a value the reader formats in their own locale',
  valuesConfig: { COUNT: { description: 'The number of rows of a burst, filled in by whoever folds them into one line' } },
});

@ObjectType({ description: 'A piece of an activity line: plain words or a typed value (a date, an amount of money, a count)' })
export class ActivityPart {
  @Field(() => ActivityPartKind) kind: ActivityPartKind;
  @Field(() => String, { description: 'The piece in plain English, for readers that do not format values themselves' }) text: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'DATE: the calendar day' }) date: string | null;
  @Field(() => Float, { nullable: true, description: 'MONEY: the amount' }) amount: number | null;
  @Field(() => String, { nullable: true, description: "MONEY: the ISO 4217 currency (the project's); none = a plain number" }) currency: string | null;
}

/** A described line as GraphQL parts. */
export function activityParts(line: Line): ActivityPart[] {
  return sentenceOf(line).map((p) => {
    const part = { kind: ActivityPartKind.TEXT, text: '', date: null, amount: null, currency: null } as ActivityPart;
    if (typeof p === 'string') return { ...part, text: p };
    const text = valueText(p);
    if ('date' in p) return { ...part, kind: ActivityPartKind.DATE, text, date: p.date };
    if ('money' in p) return { ...part, kind: ActivityPartKind.MONEY, text, amount: p.money, currency: p.currency };
    return { ...part, kind: ActivityPartKind.COUNT, text };
  });
}
