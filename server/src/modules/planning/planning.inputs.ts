import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import { ConstraintType, ImportFormat, ResourceType } from './planning.enums.js';

@InputType({ description: "Scheduling fields of a task; dates are local 'YYYY-MM-DDTHH:MM' (a bare date means its start of day). Omit a field to keep it, null to clear it." })
export class TaskScheduleUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int, { description: 'The version you read; a stale one fails with CONFLICT' }) version: number;
  @Field(() => ConstraintType, { nullable: true }) constraintType?: ConstraintType | null;
  @Field(() => String, { nullable: true }) constraintDate?: string | null;
  @Field(() => String, { nullable: true }) deadline?: string | null;
  @Field(() => String, { nullable: true }) actualStart?: string | null;
  @Field(() => String, { nullable: true }) actualFinish?: string | null;
  @Field(() => UUID, { nullable: true, description: 'A calendar of the project; null = the project calendar' }) calendarId?: string | null;
}

@InputType()
export class WorkingTimeInput {
  @Field(() => String, { description: "'HH:MM'" }) from: string;
  @Field(() => String, { description: "'HH:MM'; '24:00' for midnight" }) to: string;
}

@InputType()
export class WorkWeekDayInput {
  @Field(() => Int, { description: '0 = Sunday ... 6 = Saturday' }) day: number;
  @Field(() => [WorkingTimeInput], { description: 'Empty = non-working day' }) times: WorkingTimeInput[];
}

@InputType()
export class CalendarExceptionInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default: the same day as from' }) to?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false (a holiday)' }) working?: boolean | null;
  @Field(() => [WorkingTimeInput], { nullable: true, description: 'Working times on those days; default the usual ones' }) times?: WorkingTimeInput[] | null;
}

@InputType({ description: 'One exception added to a calendar' })
export class CalendarExceptionAddInput extends CalendarExceptionInput {
  @Field(() => UUID) calendarId: string;
}

@InputType()
export class CalendarCreateInput {
  @Field(() => UUID) projectId: string;
  @Field(() => String) name: string;
  @Field(() => UUID, { nullable: true, description: 'Inherit unspecified weekdays and the exceptions from this calendar' }) baseCalendarId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Hours in one day of duration; default 8' }) hoursPerDay?: number | null;
  @Field(() => [WorkWeekDayInput], { nullable: true, description: 'Weekdays left out follow the base calendar, or Mon-Fri 08:00-12:00, 13:00-17:00' })
  workWeek?: WorkWeekDayInput[] | null;
  @Field(() => [CalendarExceptionInput], { nullable: true }) exceptions?: CalendarExceptionInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Make it the project calendar' }) projectCalendar?: boolean | null;
}

@InputType()
export class CalendarUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => UUID, { nullable: true }) baseCalendarId?: string | null;
  @Field(() => Float, { nullable: true }) hoursPerDay?: number | null;
  @Field(() => [WorkWeekDayInput], { nullable: true, description: 'Replaces the whole week' }) workWeek?: WorkWeekDayInput[] | null;
  @Field(() => [CalendarExceptionInput], { nullable: true, description: 'Replaces every exception' }) exceptions?: CalendarExceptionInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true makes it the project calendar; false goes back to the standard one if it was' }) projectCalendar?: boolean | null;
}

@InputType()
export class PlanSettingsInput {
  @Field(() => UUID) projectId: string;
  @Field(() => UUID, { nullable: true, description: 'null = the standard calendar' }) calendarId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) statusDate?: string | null;
  @Field(() => String, { nullable: true, description: 'An IANA time zone such as "Europe/Berlin"; null = UTC' }) timeZone?: string | null;
}

@InputType()
export class CostRateInput {
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field(() => Float) standardRate: number;
  @Field(() => Float, { nullable: true }) overtimeRate?: number | null;
  @Field(() => Float, { nullable: true }) costPerUse?: number | null;
}

@InputType()
abstract class ResourceFields {
  @Field(() => Float, { nullable: true, description: 'WORK capacity, 1 = 100 %; default 1' }) maxUnits?: number | null;
  @Field(() => UUID, { nullable: true }) calendarId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Per hour (WORK) or per unit (MATERIAL)' }) standardRate?: number | null;
  @Field(() => Float, { nullable: true }) overtimeRate?: number | null;
  @Field(() => Float, { nullable: true }) costPerUse?: number | null;
  @Field(() => [CostRateInput], { nullable: true, description: 'Rate changes from a date on; replaces the whole table on update' }) rates?: CostRateInput[] | null;
}

@InputType()
export class ResourceCreateInput extends ResourceFields {
  @Field(() => UUID) projectId: string;
  @Field(() => String) name: string;
  @Field(() => ResourceType, { nullable: true, description: 'Default WORK' }) type?: ResourceType | null;
}

@InputType()
export class ResourceUpdateInput extends ResourceFields {
  @Field(() => UUID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ResourceType, { nullable: true }) type?: ResourceType | null;
  @Field(() => UUID, { nullable: true, description: 'Links the resource to this project member (a member has one resource); null unlinks it' }) userId?: string | null;
}

@InputType({ description: "A member's resource, made on demand" })
export class ResourceForMemberInput {
  @Field(() => UUID) projectId: string;
  @Field(() => UUID, { description: 'A member of the project' }) userId: string;
}

@InputType()
export class AssignmentCreateInput {
  @Field(() => UUID) taskId: string;
  @Field(() => UUID) resourceId: string;
  @Field(() => Float, { nullable: true, description: 'Default 1 (100 %)' }) units?: number | null;
}

@InputType()
export class AssignmentUpdateInput {
  @Field(() => UUID) id: string;
  @Field(() => Float) units: number;
}

@InputType()
export class CostEntryCreateInput {
  @Field(() => UUID) taskId: string;
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => Float, { nullable: true }) hours?: number | null;
  @Field(() => Float, { description: 'In the project currency' }) amount: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ProjectImportInput {
  @Field(() => UUID) projectId: string;
  @Field(() => ImportFormat) format: ImportFormat;
  @Field(() => String, { description: 'The file contents: MSPDI XML or a Trellis plan JSON document' }) content: string;
}
